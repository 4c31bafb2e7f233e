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
{{- define "apim.config.clustering" -}}
{{- $root := .context }}
{{- if (index $root.Values .component).clustering.enabled }}
[clustering]
membership_scheme = "kubernetes"
domain = "{{ include "apim.component.fullname" . }}.domain"
local_member_port = "{{ $root.Values.clusterDiscovery.hazelcastPort }}"
properties.membershipSchemeClassName = "org.wso2.carbon.membership.scheme.kubernetes.KubernetesMembershipScheme"
properties.KUBERNETES_NAMESPACE = "{{ $root.Release.Namespace }}"
properties.KUBERNETES_SERVICES = "{{ include "apim.component.headlessName" . }}"
properties.USE_DNS = {{ $root.Values.clusterDiscovery.useDNS }}
{{- end }}
{{- end }}

{{/* Keystores from the keystores Secret, with their password from the environment. */}}
{{- define "apim.config.keystores" -}}
{{- with .Values.keystores.existingSecret }}
[keystore.primary]
file_name = "wso2carbon.jks"
type = "JKS"
alias = "wso2carbon"
password = "$env{KEYSTORE_PASSWORD}"
key_password = "$env{KEYSTORE_PASSWORD}"

[truststore]
file_name = "client-truststore.jks"
type = "JKS"
password = "$env{KEYSTORE_PASSWORD}"
{{- end }}
{{- end }}

{{/* One [database.<key>] section per product database when the database is external. */}}
{{- define "apim.config.databases" -}}
{{- $db := .Values.database }}
{{- if ne $db.type "embedded" }}
{{- range $key, $name := $db.names }}
[database.{{ $key }}]
type = "{{ ternary "postgre" $db.type (eq $db.type "postgresql") }}"
url = "{{ include "apim.database.jdbcUrl" (dict "context" $ "name" $name) }}"
username = "$env{DB_USERNAME}"
password = "$env{DB_PASSWORD}"
{{ end }}
{{- end }}
{{- end }}

{{/* The JDBC URL of one database. Call with (dict "context" $ "name" "<database name>"). */}}
{{- define "apim.database.jdbcUrl" -}}
{{- $db := .context.Values.database }}
{{- $port := $db.port | default (index (dict "mysql" 3306 "postgresql" 5432 "mssql" 1433 "oracle" 1521) $db.type) }}
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
