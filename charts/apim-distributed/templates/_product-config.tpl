{{/*
Fragments of the product configuration that depend on other values, for config files
to include (they are rendered with tpl). Credentials are never written here: the
product reads them from environment variables fed by Secrets.
*/}}

{{/*
The [clustering] section: Hazelcast with the Carbon Kubernetes membership scheme,
finding the members through the component's headless Service.
Call with (dict "context" $ "component" "<key>").
*/}}
{{- define "apim-distributed.config.clustering" -}}
{{- $root := .context }}
{{- if (index $root.Values .component).clustering.enabled }}
[clustering]
membership_scheme = "kubernetes"
domain = "{{ include "apim-distributed.component.fullname" . }}.domain"
local_member_port = "{{ $root.Values.clusterDiscovery.hazelcastPort }}"
properties.membershipSchemeClassName = "org.wso2.carbon.membership.scheme.kubernetes.KubernetesMembershipScheme"
properties.KUBERNETES_NAMESPACE = "{{ $root.Release.Namespace }}"
properties.KUBERNETES_SERVICES = "{{ include "apim-distributed.component.headlessName" . }}"
properties.USE_DNS = {{ $root.Values.clusterDiscovery.useDNS }}
{{- end }}
{{- end }}

{{/* Keystores from the keystores Secret, with their password from the environment; the file names, types and aliases are values. */}}
{{- define "apim-distributed.config.keystores" -}}
{{- $ks := .Values.keystores }}
{{- with $ks.existingSecret }}
{{- range $store := list "primary" "tls" "internal" }}
{{- $s := index $ks $store }}
{{- if or (eq $store "primary") $s.fileName }}
[keystore.{{ $store }}]
file_name = {{ $s.fileName | quote }}
type = {{ $s.type | quote }}
alias = {{ $s.alias | quote }}
password = "$env{KEYSTORE_PASSWORD}"
key_password = "$env{KEYSTORE_PASSWORD}"
{{ end }}
{{- end }}
[truststore]
file_name = {{ $ks.truststore.fileName | quote }}
type = {{ $ks.truststore.type | quote }}
password = "$env{KEYSTORE_PASSWORD}"
{{- end }}
{{- end }}

{{/* The symmetric encryption key, the same on every node, from the chart's Secret. */}}
{{- define "apim-distributed.config.encryption" -}}
[encryption]
key = "$env{ENCRYPTION_KEY}"
{{- end }}

{{/*
One [database.<key>] section per product database, all on the one database every role
shares: the evaluation server of this release, or the external one.
*/}}
{{- define "apim-distributed.config.databases" -}}
{{- $db := .Values.database }}
{{- $engine := ternary "h2" $db.type (eq $db.type "evaluation") }}
{{- range $key, $name := $db.names }}
[database.{{ $key }}]
type = {{ index (dict "h2" "h2" "mysql" "mysql" "postgresql" "postgre" "mssql" "mssql" "oracle" "oracle") $engine | quote }}
url = {{ include "apim-distributed.database.jdbcUrl" (dict "context" $ "name" $name) | quote }}
username = "$env{DB_USERNAME}"
password = "$env{DB_PASSWORD}"
driver = {{ index (dict "h2" "org.h2.Driver" "mysql" "com.mysql.cj.jdbc.Driver" "postgresql" "org.postgresql.Driver" "mssql" "com.microsoft.sqlserver.jdbc.SQLServerDriver" "oracle" "oracle.jdbc.OracleDriver") $engine | quote }}
{{ end }}
{{- end }}

{{/* The JDBC URL of one database. Call with (dict "context" $ "name" "<database name>"). */}}
{{- define "apim-distributed.database.jdbcUrl" -}}
{{- $db := .context.Values.database }}
{{- if eq $db.type "evaluation" }}
{{- replace "{name}" .name "jdbc:h2:./repository/database/{name};DB_CLOSE_ON_EXIT=FALSE" }}
{{- else }}
{{- $port := $db.port | default (index (dict "h2" "9092" "mysql" "3306" "postgresql" "5432" "mssql" "1433" "oracle" "1521") $db.type) }}
{{- if eq $db.type "mysql" }}
{{- printf "jdbc:mysql://%s:%v/%s?useSSL=true" $db.host $port .name }}
{{- else if eq $db.type "postgresql" }}
{{- printf "jdbc:postgresql://%s:%v/%s" $db.host $port .name }}
{{- else if eq $db.type "mssql" }}
{{- printf "jdbc:sqlserver://%s:%v;databaseName=%s;encrypt=true" $db.host $port .name }}
{{- else }}
{{- printf "jdbc:oracle:thin:@//%s:%v/%s" $db.host $port .name }}
{{- end }}
{{- end }}
{{- end }}
