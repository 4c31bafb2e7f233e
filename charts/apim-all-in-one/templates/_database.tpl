{{/*
The evaluation database: one h2 server run from the product image itself
(the engine ships inside it, so no other image and no download), its tables created by
the product's own scripts for that engine. Every role shares it. Not for production.
*/}}

{{- define "apim-all-in-one.database.fullname" -}}
{{- /* 52 characters at most, as for the components' StatefulSets. */}}
{{- printf "%s-database" (include "apim-all-in-one.fullname" . | trunc 43 | trimSuffix "-") }}
{{- end }}

{{- define "apim-all-in-one.database.host" -}}
{{- printf "%s.%s.svc" (include "apim-all-in-one.database.fullname" .) .Release.Namespace }}
{{- end }}

{{/* The Secret with the database credentials: the user's, or the one the chart generates for the evaluation database. */}}
{{- define "apim-all-in-one.database.secretName" -}}
{{- /* The embedded databases open only with the credentials they were shipped with. */}}
{{- if eq .Values.database.type "evaluation" }}
{{- include "apim-all-in-one.database.fullname" . }}
{{- else }}
{{- .Values.database.existingSecret }}
{{- end }}
{{- end }}

{{/* "true" when a component connects to the product databases. Call with (dict "context" $ "component" "<key>"). */}}
{{- define "apim-all-in-one.component.usesDatabases" -}}
{{- if has .component (list "apim") }}true{{ end }}
{{- end }}

{{- define "apim-all-in-one.database.labels" -}}
{{ include "apim-all-in-one.labels" . }}
app.kubernetes.io/component: database
{{- end }}

{{- define "apim-all-in-one.database.selectorLabels" -}}
{{ include "apim-all-in-one.selectorLabels" . }}
app.kubernetes.io/component: database
{{- end }}


{{- define "apim-all-in-one.database.env" -}}
- name: DB_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ include "apim-all-in-one.database.secretName" . | quote }}
      key: username
- name: DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "apim-all-in-one.database.secretName" . | quote }}
      key: password
{{- end }}

{{/* The database only writes below /data and /tmp: its root filesystem stays read-only. */}}
{{- define "apim-all-in-one.database.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end }}
