{{/*
The evaluation database: one h2 server run from the product image itself
(the engine ships inside it, so no other image and no download), its tables created by
the product's own scripts for that engine. Every role shares it. Not for production.
*/}}

{{- define "apim-distributed.database.fullname" -}}
{{- /* 52 characters at most, as for the components' StatefulSets. */}}
{{- printf "%s-database" (include "apim-distributed.fullname" . | trunc 43 | trimSuffix "-") }}
{{- end }}

{{- define "apim-distributed.database.host" -}}
{{- printf "%s.%s.svc" (include "apim-distributed.database.fullname" .) .Release.Namespace }}
{{- end }}

{{/* The Secret with the database credentials: the user's, or the one the chart generates for the evaluation database. */}}
{{- define "apim-distributed.database.secretName" -}}
{{- /* The embedded databases open only with the credentials they were shipped with. */}}
{{- if eq .Values.database.type "evaluation" }}
{{- include "apim-distributed.database.fullname" . }}
{{- else }}
{{- .Values.database.existingSecret }}
{{- end }}
{{- end }}

{{/* "true" when a component connects to the product databases. Call with (dict "context" $ "component" "<key>"). */}}
{{- define "apim-distributed.component.usesDatabases" -}}
{{- if has .component (list "controlPlane" "keyManager") }}true{{ end }}
{{- end }}

{{- define "apim-distributed.database.labels" -}}
{{ include "apim-distributed.labels" . }}
app.kubernetes.io/component: database
{{- end }}

{{- define "apim-distributed.database.selectorLabels" -}}
{{ include "apim-distributed.selectorLabels" . }}
app.kubernetes.io/component: database
{{- end }}


{{- define "apim-distributed.database.env" -}}
- name: DB_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ include "apim-distributed.database.secretName" . | quote }}
      key: username
- name: DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "apim-distributed.database.secretName" . | quote }}
      key: password
{{- end }}

{{/* The database only writes below /data and /tmp: its root filesystem stays read-only. */}}
{{- define "apim-distributed.database.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end }}
