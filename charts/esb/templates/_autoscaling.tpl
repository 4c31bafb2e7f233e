{{/*
The HorizontalPodAutoscaler of one component, on CPU and memory utilisation.
Call with (dict "context" $ "component" "<key>").
*/}}
{{- define "esb.component.hpa" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
{{- /* A component that runs at most one pod has no autoscaling values. */}}
{{- $autoscaling := $values.autoscaling | default dict }}
{{- if $autoscaling.enabled }}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "esb.component.fullname" . }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "esb.component.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: {{ $values.controller }}
    name: {{ include "esb.component.fullname" . }}
  minReplicas: {{ $autoscaling.minReplicas | int64 }}
  maxReplicas: {{ $autoscaling.maxReplicas | int64 }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $autoscaling.targetCPUUtilizationPercentage }}
    - type: Resource
      resource:
        name: memory
        target:
          type: Utilization
          averageUtilization: {{ $autoscaling.targetMemoryUtilizationPercentage }}
{{- end }}
{{- end }}
