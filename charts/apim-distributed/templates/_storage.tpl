{{/*
The PersistentVolumeClaims of one component's persistent volumes (never a StorageClass
or PersistentVolume: those are the cluster's). Call with (dict "context" $ "component" "<key>").
*/}}
{{- define "apim-distributed.component.claims" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
{{- range $volumeName, $volume := $values.volumes }}
{{- $persistence := $volume.persistence }}
{{- if and $persistence.enabled (not $persistence.existingClaim) }}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: {{ printf "%s-%s" (include "apim-distributed.component.fullname" $) $volumeName }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "apim-distributed.component.labels" $ | nindent 4 }}
spec:
  accessModes:
    {{- toYaml $persistence.accessModes | nindent 4 }}
  {{- with $persistence.storageClass }}
  storageClassName: {{ . | quote }}
  {{- end }}
  resources:
    requests:
      storage: {{ $persistence.size | quote }}
{{- end }}
{{- end }}
{{- end }}
