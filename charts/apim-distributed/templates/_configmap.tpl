{{/*
The product configuration files of one component. Each file is rendered with `tpl`,
so it can name other components through the chart helpers instead of hard-coding.
Call with (dict "context" $ "component" "<key>").
*/}}
{{- define "apim-distributed.component.configmap" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
{{- $data := dict }}
{{- range $key, $file := $values.configFiles }}
{{- /* Fragments that render empty leave blank lines behind: keep at most one. */}}
{{- $_ := set $data $key (regexReplaceAll "\n{3,}" (tpl $file.content $root) "\n\n" | trimSuffix "\n" | printf "%s\n") }}
{{- end }}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "apim-distributed.component.fullname" . }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "apim-distributed.component.labels" . | nindent 4 }}
{{- with $data }}
data:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}
