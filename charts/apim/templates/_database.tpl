{{/*
The evaluation database: one h2 server run from the product image itself
(the engine ships inside it, so no other image and no download), its tables created by
the product's own scripts for that engine. Every role shares it. Not for production.
*/}}

{{- define "apim.database.fullname" -}}
{{- /* 52 characters at most, as for the components' StatefulSets. */}}
{{- printf "%s-database" (include "apim.fullname" . | trunc 43 | trimSuffix "-") }}
{{- end }}

{{- define "apim.database.host" -}}
{{- printf "%s.%s.svc" (include "apim.database.fullname" .) .Release.Namespace }}
{{- end }}

{{/* The Secret with the database credentials: the user's, or the one the chart generates for the evaluation database. */}}
{{- define "apim.database.secretName" -}}
{{- default (include "apim.database.fullname" .) .Values.database.existingSecret }}
{{- end }}

{{/* "true" when a component connects to the product databases. Call with (dict "context" $ "component" "<key>"). */}}
{{- define "apim.component.usesDatabases" -}}
{{- if has .component (list "store" "publisher" "keyManager" "trafficManager" "gatewayManager" "gatewayWorker") }}true{{ end }}
{{- end }}

{{- define "apim.database.labels" -}}
{{ include "apim.labels" . }}
app.kubernetes.io/component: database
{{- end }}

{{- define "apim.database.selectorLabels" -}}
{{ include "apim.selectorLabels" . }}
app.kubernetes.io/component: database
{{- end }}

{{/* The shell step that creates each database from the product's scripts, once (an existing database file is kept). */}}
{{- define "apim.database.createTables" -}}
{{- $home := .Values.productHome }}
set -e
{{- range $db := list "apim_db" "shared_db" }}
{{- $name := index $.Values.database.names $db }}
if [ ! -e "/data/{{ $name }}.mv.db" ]; then
  echo "creating {{ $name }} from the product's scripts"
{{- range $script := index (dict "apim_db" (list "dbscripts/apimgt/h2.sql") "shared_db" (list "dbscripts/h2.sql")) $db }}
  java -cp "{{ $home }}/repository/components/plugins/h2_1.4.199.wso2v1.jar" org.h2.tools.RunScript -url "jdbc:h2:/data/{{ $name }}" -user "$DB_USERNAME" -password "$DB_PASSWORD" -script "{{ $home }}/{{ $script }}"
{{- end }}
fi
{{- end }}
{{- end }}

{{- define "apim.database.env" -}}
- name: DB_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ include "apim.database.secretName" . | quote }}
      key: username
- name: DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "apim.database.secretName" . | quote }}
      key: password
{{- end }}

{{/* The database only writes below /data and /tmp: its root filesystem stays read-only. */}}
{{- define "apim.database.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end }}
