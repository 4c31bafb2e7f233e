{{/*
The controller of one component: a Deployment, or a StatefulSet when the component
needs a stable identity. Call with (dict "context" $ "component" "<key>").
*/}}
{{- define "esb.component.workload" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
{{- $name := include "esb.component.name" . }}
{{- $statefulSet := eq $values.controller "StatefulSet" }}
apiVersion: apps/v1
kind: {{ $values.controller }}
metadata:
  name: {{ include "esb.component.fullname" . }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "esb.component.labels" . | nindent 4 }}
spec:
  {{- if not ($values.autoscaling | default dict).enabled }}
  {{- /* With an HPA the replica count is the autoscaler's: setting it here would reset the scale on every upgrade. */}}
  replicas: {{ $values.replicaCount | int64 }}
  {{- end }}
  revisionHistoryLimit: {{ $values.revisionHistoryLimit | int64 }}
  {{- if $statefulSet }}
  serviceName: {{ include "esb.component.headlessName" . }}
  podManagementPolicy: Parallel
  updateStrategy:
    type: RollingUpdate
  {{- else }}
  {{- /* A strategy set to null or {} leaves the Deployment's default (RollingUpdate). */}}
  {{- with $values.updateStrategy }}
  strategy:
    {{- with .type }}
    type: {{ . }}
    {{- end }}
    {{- /* Recreate takes no rollingUpdate block; the API server would reject one. */}}
    {{- if ne (.type | default "RollingUpdate") "Recreate" }}
    {{- with .rollingUpdate }}
    rollingUpdate:
      {{- toYaml . | nindent 6 }}
    {{- end }}
    {{- end }}
  {{- end }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "esb.component.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "esb.component.podLabels" . | nindent 8 }}
      annotations:
        {{- /* A change of configuration rolls the pods. */}}
        checksum/config: {{ include "esb.component.configmap" . | sha256sum }}
        {{- if $root.Values.metrics.enabled }}
        prometheus.io/scrape: "true"
        prometheus.io/port: {{ $root.Values.metrics.port | quote }}
        prometheus.io/path: {{ $root.Values.metrics.path | quote }}
        {{- end }}
        {{- with $values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "esb.serviceAccountName" $root | quote }}
      {{- /* Only cluster members call the Kubernetes API (membership scheme); no other pod gets a token. */}}
      automountServiceAccountToken: {{ and $values.clustering.enabled (not $root.Values.clusterDiscovery.useDNS) }}
      {{- with include "esb.imagePullSecrets" $root }}
      imagePullSecrets:
        {{- . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- toYaml $values.podSecurityContext | nindent 8 }}
      terminationGracePeriodSeconds: {{ $values.terminationGracePeriodSeconds | int64 }}
      {{- with $values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with include "esb.component.affinity" . | trim }}
      affinity:
        {{- . | nindent 8 }}
      {{- end }}
      {{- with $values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $values.topologySpreadConstraints }}
      topologySpreadConstraints:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with include "esb.component.initContainers" . }}
      initContainers:
        {{- . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ $name | quote }}
          image: {{ include "esb.component.image" . | quote }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy | quote }}
          env:
            {{- include "esb.component.env" . | nindent 12 }}
          ports:
            {{- range $portName, $port := $values.ports }}
            - name: {{ $portName | quote }}
              containerPort: {{ $port.containerPort }}
              protocol: {{ $port.protocol | quote }}
            {{- end }}
            {{- if $values.clustering.enabled }}
            - name: hazelcast
              containerPort: {{ $root.Values.clusterDiscovery.hazelcastPort }}
              protocol: TCP
            {{- end }}
            {{- if $root.Values.metrics.enabled }}
            - name: metrics
              containerPort: {{ $root.Values.metrics.port }}
              protocol: TCP
            {{- end }}
          {{- range $probe := list "startupProbe" "livenessProbe" "readinessProbe" }}
          {{- with index $values $probe }}
          {{ $probe }}:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          {{- end }}
          {{- with $values.lifecycle }}
          lifecycle:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          resources:
            {{- toYaml $values.resources | nindent 12 }}
          securityContext:
            {{- toYaml $values.containerSecurityContext | nindent 12 }}
          volumeMounts:
            {{- include "esb.component.volumeMounts" . | nindent 12 }}
        {{- include "esb.component.artifactSyncSidecar" . | nindent 8 }}
        {{- with $values.sidecars }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      volumes:
        {{- include "esb.component.volumes" . | nindent 8 }}
{{- end }}

{{/* Environment of the product container: pod address, credentials from Secrets, extras. */}}
{{- define "esb.component.env" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
- name: NODE_IP
  valueFrom:
    fieldRef:
      fieldPath: status.podIP
- name: POD_NAMESPACE
  valueFrom:
    fieldRef:
      fieldPath: metadata.namespace
- name: ADMIN_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ include "esb.adminSecretName" $root | quote }}
      key: username
- name: ADMIN_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "esb.adminSecretName" $root | quote }}
      key: password
{{- with $values.extraArgs }}
{{- /* The image's entrypoint ignores container arguments and reads them from here. */}}
- name: STARTUP_ARGS
  value: {{ join " " . | quote }}
{{- end }}
{{- if $root.Values.keystores.existingSecret }}
- name: KEYSTORE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $root.Values.keystores.existingSecret | quote }}
      key: password
{{- end }}
{{- if $values.clustering.enabled }}
{{- /* The Carbon 4 membership scheme reads its settings from the environment when axis2.xml leaves them out. */}}
- name: KUBERNETES_NAMESPACE
  value: {{ $root.Release.Namespace | quote }}
- name: KUBERNETES_SERVICES
  {{- /* One cluster of every clustered component (Carbon 4 worker/manager sub-domains), as WSO2's images are provisioned. */}}
  value: {{ include "esb.clusterServices" $root | quote }}
- name: KUBERNETES_MASTER_SKIP_SSL_VERIFICATION
  value: "true"
{{- end }}
{{- with $values.extraEnvVars }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* Where each volume of the product container is mounted. */}}
{{- define "esb.component.volumeMounts" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
{{- $home := include "esb.component.productHome" . }}
{{- range $key, $file := $values.configFiles }}
- name: config
  {{- /* The image's entrypoint copies this folder over the product home after applying the profile. */}}
  mountPath: {{ printf "/mnt/wso2-artifacts/%s" $file.path | quote }}
  subPath: {{ $key | quote }}
  readOnly: true
{{- end }}
{{- range $volumeName, $volume := $values.volumes }}
- name: {{ $volumeName | quote }}
  mountPath: {{ include "esb.productPath" (dict "context" $root "component" $.component "path" $volume.path) | quote }}
{{- end }}
{{- if $root.Values.keystores.existingSecret }}
{{- range $file := $root.Values.keystores.files }}
- name: keystores
  mountPath: {{ printf "/mnt/wso2-artifacts/repository/resources/security/%s" $file | quote }}
  subPath: {{ $file | quote }}
  readOnly: true
{{- end }}
{{- end }}
{{- if include "esb.component.artifactVolume" . }}
- name: artifacts
  mountPath: {{ include "esb.productPath" (dict "context" $root "component" .component "path" "") | quote }}
{{- end }}
{{- with $values.extraVolumeMounts }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* The pod's volumes. */}}
{{- define "esb.component.volumes" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
- name: config
  configMap:
    name: {{ include "esb.component.fullname" . }}
{{- range $volumeName, $volume := $values.volumes }}
- name: {{ $volumeName | quote }}
  {{- if $volume.persistence.enabled }}
  persistentVolumeClaim:
    claimName: {{ $volume.persistence.existingClaim | default (printf "%s-%s" (include "esb.component.fullname" $) $volumeName) | quote }}
  {{- else }}
  emptyDir: {}
  {{- end }}
{{- end }}
{{- if $root.Values.keystores.existingSecret }}
- name: keystores
  secret:
    secretName: {{ $root.Values.keystores.existingSecret | quote }}
{{- end }}
{{- include "esb.component.artifactVolumes" . }}
{{- with $values.extraVolumes }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* Init containers: the JDBC driver copied from its image, artifact seeding, then the user's. */}}
{{- define "esb.component.initContainers" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
{{- include "esb.component.artifactSeed" . }}
{{- with $values.initContainers }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
An init container that copies one jar from its image into an emptyDir of the same name
(JDBC drivers, the membership scheme): nothing is downloaded at run time.
Call with (dict "component" <component dict> "name" "<volume>" "jar" <values with image, jarPath> "where" "<values path>").
*/}}
{{- define "esb.component.jarCopy" -}}
{{- $root := .component.context }}
{{- $values := index $root.Values .component.component }}
- name: {{ .name }}
  image: {{ include "esb.imageReference" (dict "image" .jar.image "context" $root "where" .where) | quote }}
  imagePullPolicy: IfNotPresent
  command: ["cp", {{ .jar.jarPath | quote }}, {{ printf "/%s/" .name | quote }}]
  resources:
    {{- toYaml $values.resources | nindent 4 }}
  securityContext:
    {{- toYaml $values.containerSecurityContext | nindent 4 }}
  volumeMounts:
    - name: {{ .name }}
      mountPath: {{ printf "/%s" .name | quote }}
{{- end }}

{{/* The anti-affinity preset, unless explicit affinity rules are given. */}}
{{- define "esb.component.affinity" -}}
{{- $values := index .context.Values .component }}
{{- if $values.affinity }}
{{- toYaml $values.affinity }}
{{- else if ne $values.podAntiAffinityPreset "none" }}
{{- $term := dict "topologyKey" "kubernetes.io/hostname" "labelSelector" (dict "matchLabels" (include "esb.component.selectorLabels" . | fromYaml)) }}
podAntiAffinity:
{{- if eq $values.podAntiAffinityPreset "hard" }}
  requiredDuringSchedulingIgnoredDuringExecution:
    {{- toYaml (list $term) | nindent 4 }}
{{- else }}
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        {{- toYaml $term | nindent 8 }}
{{- end }}
{{- end }}
{{- end }}
