{{/*
The Deployment of one component. Call with (dict "context" $ "component" "<key>").
*/}}
{{- define "apim.component.deployment" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
{{- $name := include "apim.component.name" . }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "apim.component.fullname" . }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "apim.component.labels" . | nindent 4 }}
spec:
  {{- if not $values.autoscaling.enabled }}
  {{- /* With an HPA the replica count is the autoscaler's: setting it here would reset the scale on every upgrade. */}}
  replicas: {{ $values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: {{ $values.revisionHistoryLimit }}
  strategy:
    {{- toYaml $values.updateStrategy | nindent 4 }}
  selector:
    matchLabels:
      {{- include "apim.component.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "apim.component.labels" . | nindent 8 }}
        {{- with $values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      annotations:
        {{- /* A change of configuration or credentials rolls the pods. */}}
        checksum/config: {{ include "apim.component.configmap" . | sha256sum }}
        {{- with $values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "apim.serviceAccountName" $root | quote }}
      automountServiceAccountToken: false
      {{- with include "apim.imagePullSecrets" $root }}
      imagePullSecrets:
        {{- . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- toYaml $values.podSecurityContext | nindent 8 }}
      terminationGracePeriodSeconds: {{ $values.terminationGracePeriodSeconds }}
      {{- with $values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $values.topologySpreadConstraints }}
      topologySpreadConstraints:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ $name | quote }}
          image: {{ include "apim.component.image" . | quote }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy | quote }}
          {{- $args := $values.extraArgs }}
          {{- if $values.profile }}
          {{- $args = prepend $args (printf "-Dprofile=%s" $values.profile) }}
          {{- end }}
          {{- with $args }}
          args:
            {{- range . }}
            - {{ . | quote }}
            {{- end }}
          {{- end }}
          env:
            - name: NODE_IP
              valueFrom:
                fieldRef:
                  fieldPath: status.podIP
            - name: ADMIN_USERNAME
              valueFrom:
                secretKeyRef:
                  name: {{ include "apim.adminSecretName" $root | quote }}
                  key: username
            - name: ADMIN_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ include "apim.adminSecretName" $root | quote }}
                  key: password
            {{- with $values.extraEnvVars }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          ports:
            {{- range $portName, $port := $values.ports }}
            - name: {{ $portName | quote }}
              containerPort: {{ $port.containerPort }}
              protocol: {{ $port.protocol | quote }}
            {{- end }}
          {{- range $probe := list "startupProbe" "livenessProbe" "readinessProbe" }}
          {{- with index $values $probe }}
          {{ $probe }}:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          {{- end }}
          resources:
            {{- toYaml $values.resources | nindent 12 }}
          securityContext:
            {{- toYaml $values.containerSecurityContext | nindent 12 }}
          volumeMounts:
            {{- range $key, $file := $values.configFiles }}
            - name: config
              mountPath: {{ printf "%s/%s" $root.Values.productHome $file.path | quote }}
              subPath: {{ $key | quote }}
              readOnly: true
            {{- end }}
            {{- with $values.extraVolumeMounts }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
      volumes:
        - name: config
          configMap:
            name: {{ include "apim.component.fullname" . }}
        {{- with $values.extraVolumes }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
{{- end }}
