{{/*
A PodDisruptionBudget for a component that runs more than one pod, selecting
exactly that component's pods. Call with (dict "context" $ "component" "<key>").
*/}}
{{- define "apim-distributed.component.pdb" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
{{- $autoscaling := $values.autoscaling | default dict }}
{{- $minPods := $values.replicaCount }}
{{- if $autoscaling.enabled }}{{- $minPods = $autoscaling.minReplicas }}{{- end }}
{{- if and $values.podDisruptionBudget.create (gt (int $minPods) 1) }}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "apim-distributed.component.fullname" . }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "apim-distributed.component.labels" . | nindent 4 }}
spec:
  {{- $maxUnavailable := $values.podDisruptionBudget.maxUnavailable }}
  maxUnavailable: {{ if kindIs "string" $maxUnavailable }}{{ $maxUnavailable | quote }}{{ else }}{{ $maxUnavailable | int64 }}{{ end }}
  selector:
    matchLabels:
      {{- include "apim-distributed.component.selectorLabels" . | nindent 6 }}
{{- end }}
{{- end }}
