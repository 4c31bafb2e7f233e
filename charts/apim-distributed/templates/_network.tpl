{{/*
A NetworkPolicy for one component: its pods accept traffic from the pods of this
release, from the allowed namespaces, and (unless isolated) from anywhere on its ports.
Call with (dict "context" $ "component" "<key>").
*/}}
{{- define "apim-distributed.component.networkPolicy" -}}
{{- $root := .context }}
{{- $policy := $root.Values.networkPolicy }}
{{- if $policy.enabled }}
{{- $values := index $root.Values .component }}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "apim-distributed.component.fullname" . }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "apim-distributed.component.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "apim-distributed.component.selectorLabels" . | nindent 6 }}
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              {{- include "apim-distributed.selectorLabels" $root | nindent 14 }}
        {{- with $policy.ingressNamespaceSelector }}
        - namespaceSelector:
            matchLabels:
              {{- toYaml . | nindent 14 }}
        {{- end }}
    {{- if $policy.allowExternal }}
    - ports:
        {{- range $portName, $port := $values.ports }}
        - port: {{ $portName | quote }}
          protocol: {{ $port.protocol | quote }}
        {{- end }}
    {{- end }}
{{- end }}
{{- end }}

{{/*
A Prometheus Operator ServiceMonitor for one component, only when the cluster serves
that API (so the chart installs on clusters without the operator).
*/}}
{{- define "apim-distributed.component.serviceMonitor" -}}
{{- $root := .context }}
{{- $metrics := $root.Values.metrics }}
{{- if and $metrics.enabled $metrics.serviceMonitor.enabled ($root.Capabilities.APIVersions.Has "monitoring.coreos.com/v1/ServiceMonitor") }}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "apim-distributed.component.fullname" . }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "apim-distributed.component.labels" . | nindent 4 }}
spec:
  selector:
    matchLabels:
      {{- include "apim-distributed.component.selectorLabels" . | nindent 6 }}
  endpoints:
    - port: metrics
      path: {{ $metrics.path | quote }}
      interval: {{ $metrics.serviceMonitor.interval | quote }}
{{- end }}
{{- end }}
