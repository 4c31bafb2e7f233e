{{/*
The Service of one component: every named port, selected by the component's labels.
Call with (dict "context" $ "component" "<key>").
*/}}
{{- define "apim-distributed.component.service" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
{{- $service := $values.service }}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "apim-distributed.component.fullname" . }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "apim-distributed.component.labels" . | nindent 4 }}
  {{- with $service.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  type: {{ $service.type }}
  {{- if eq $service.sessionAffinity "ClientIP" }}
  sessionAffinity: ClientIP
  sessionAffinityConfig:
    clientIP:
      timeoutSeconds: {{ $service.sessionAffinityTimeoutSeconds }}
  {{- end }}
  ports:
    {{- range $portName, $port := $values.ports }}
    - name: {{ $portName | quote }}
      port: {{ $port.containerPort }}
      targetPort: {{ $portName | quote }}
      protocol: {{ $port.protocol | quote }}
      {{- with $port.appProtocol }}
      appProtocol: {{ . | quote }}
      {{- end }}
      {{- if and (ne $service.type "ClusterIP") $port.nodePort }}
      nodePort: {{ $port.nodePort }}
      {{- end }}
    {{- end }}
    {{- if and (eq (include "apim-distributed.component.artifactRole" .) "source") (eq $root.Values.artifactSync.mode "rsync") }}
    - name: rsync
      port: {{ $root.Values.artifactSync.rsync.port }}
      targetPort: rsync
      protocol: TCP
    {{- end }}
  selector:
    {{- include "apim-distributed.component.selectorLabels" . | nindent 4 }}
{{- end }}

{{/*
The headless Service of a clustered or StatefulSet component. It lists pods before they
are ready, so Hazelcast members find each other while starting.
*/}}
{{- define "apim-distributed.component.headlessService" -}}
{{- if include "apim-distributed.component.needsHeadless" . }}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "apim-distributed.component.headlessName" . }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "apim-distributed.component.labels" . | nindent 4 }}
spec:
  clusterIP: None
  publishNotReadyAddresses: true
  ports:
    {{- if $values.clustering.enabled }}
    - name: hazelcast
      port: {{ $root.Values.clusterDiscovery.hazelcastPort }}
      targetPort: hazelcast
      protocol: TCP
    {{- end }}
    {{- range $portName, $port := $values.ports }}
    - name: {{ $portName | quote }}
      port: {{ $port.containerPort }}
      targetPort: {{ $portName | quote }}
      protocol: {{ $port.protocol | quote }}
    {{- end }}
  selector:
    {{- include "apim-distributed.component.selectorLabels" . | nindent 4 }}
{{- end }}
{{- end }}
