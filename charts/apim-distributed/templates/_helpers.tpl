{{/*
Chart-wide names and labels, as `helm create` defines them.
*/}}

{{/* The chart name, or nameOverride. */}}
{{- define "apim-distributed.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The release-derived prefix of every resource name. Truncated to 63 characters
because some Kubernetes name fields are limited to that (DNS-1123 labels).
*/}}
{{- define "apim-distributed.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* Chart name and version, for the helm.sh/chart label. */}}
{{- define "apim-distributed.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The labels the chart sets on every resource, values quoted (a name such as `no` is a
string, not YAML's boolean). The schema keeps users from setting these keys themselves.
*/}}
{{- define "apim-distributed.chartLabels" -}}
helm.sh/chart: {{ include "apim-distributed.chart" . | quote }}
{{ include "apim-distributed.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service | quote }}
app.kubernetes.io/part-of: {{ include "apim-distributed.name" . | quote }}
{{- end }}

{{/* Labels on every resource: the chart's own and commonLabels. */}}
{{- define "apim-distributed.labels" -}}
{{ include "apim-distributed.chartLabels" . }}
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* Selector labels: name and instance only, so selectors never change on upgrade. */}}
{{- define "apim-distributed.selectorLabels" -}}
app.kubernetes.io/name: {{ include "apim-distributed.name" . | quote }}
app.kubernetes.io/instance: {{ .Release.Name | quote }}
{{- end }}

{{/* The ServiceAccount the pods run as. */}}
{{- define "apim-distributed.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "apim-distributed.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* Pull secrets from global and chart values, without duplicates, as a YAML list (empty when none). */}}
{{- define "apim-distributed.imagePullSecrets" -}}
{{- with concat (.Values.global.imagePullSecrets | default list) (.Values.imagePullSecrets | default list) | uniq }}
{{- toYaml . }}
{{- end }}
{{- end }}

{{/* Stops the render with the chart's values message, in the format of validateValues. */}}
{{- define "apim-distributed.failValues" -}}
{{- fail (printf "\n\nVALUES VALIDATION:\n  %s" .) }}
{{- end }}

{{/*
An image reference from a values image block: registry/repository:tag, or
registry/repository@digest when a digest is given. Call with
(dict "image" $image "context" $ "where" "<values path>"). Fails rather than render an empty reference.
*/}}
{{- define "apim-distributed.imageReference" -}}
{{- $registry := default "" (default .image.registry .context.Values.global.imageRegistry) }}
{{- if not .image.repository }}
{{- include "apim-distributed.failValues" (printf "%s: image.repository is empty; set the repository of the image to run" .where) }}
{{- end }}
{{- $name := ternary (printf "%s/%s" $registry .image.repository) .image.repository (ne $registry "") }}
{{- if .image.digest }}
{{- printf "%s@%s" $name .image.digest }}
{{- else if .image.tag }}
{{- printf "%s:%s" $name (toString .image.tag) }}
{{- else }}
{{- include "apim-distributed.failValues" (printf "%s: neither image.tag nor image.digest is set" .where) }}
{{- end }}
{{- end }}

{{/* The Secret holding the super-admin credentials. */}}
{{- define "apim-distributed.adminSecretName" -}}
{{- default (printf "%s-admin" (include "apim-distributed.fullname" .)) .Values.adminCredentials.existingSecret }}
{{- end }}

{{/* The component keys of this chart, in order. */}}
{{- define "apim-distributed.componentKeys" -}}
controlPlane universalGateway trafficManager keyManager
{{- end }}

{{/*
Renders a per-component template for every enabled component, as separate YAML
documents. Call with (dict "context" $ "template" "<named template>"); a template
that renders nothing for a component (e.g. an HPA that is off) adds no document.
*/}}
{{- define "apim-distributed.eachComponent" -}}
{{- range $component := include "apim-distributed.componentKeys" $.context | splitList " " }}
{{- if (index $.context.Values $component).enabled }}
{{- $document := include $.template (dict "context" $.context "component" $component) | trim }}
{{- if $document }}
---
{{ $document }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Where a component's image installs the product: its own productHome (a role image with a
distribution of its own), else the chart's. Call with (dict "context" $ "component" "<key>").
*/}}
{{- define "apim-distributed.component.productHome" -}}
{{- (index .context.Values .component).productHome | default .context.Values.productHome }}
{{- end }}

{{/*
A path inside the product: relative paths are below the product home (the component's, when
given). Call with (dict "context" $ "path" "<path>" ["component" "<key>"]).
*/}}
{{- define "apim-distributed.productPath" -}}
{{- $home := .context.Values.productHome }}
{{- if .component }}{{ $home = include "apim-distributed.component.productHome" . }}{{ end }}
{{- if hasPrefix "/" .path }}{{ .path }}{{ else }}{{ printf "%s/%s" $home .path }}{{ end }}
{{- end }}

{{/*
A secret value with no default: the given value, else the one already stored in the
release's Secret (so upgrades keep it), else a new random one. Call with
(dict "context" $ "secret" "<Secret name>" "key" "<key>" "value" "<given value>").
*/}}
{{- define "apim-distributed.generatedSecret" -}}
{{- if .value }}
{{- .value }}
{{- else }}
{{- $existing := lookup "v1" "Secret" .context.Release.Namespace .secret }}
{{- if and $existing $existing.data (hasKey $existing.data .key) }}
{{- index $existing.data .key | b64dec }}
{{- else }}
{{- randAlphaNum 32 }}
{{- end }}
{{- end }}
{{- end }}

{{/* The headless Services of every enabled, clustered component, comma-separated: one cluster of them all. */}}
{{- define "apim-distributed.clusterServices" -}}
{{- $services := list }}
{{- range $component := include "apim-distributed.componentKeys" . | splitList " " }}
{{- $values := index $.Values $component }}
{{- if and $values.enabled $values.clustering.enabled }}
{{- $services = append $services (include "apim-distributed.component.headlessName" (dict "context" $ "component" $component)) }}
{{- end }}
{{- end }}
{{- join "," $services }}
{{- end }}

{{/* The Secret with the product's symmetric encryption key. */}}
{{- define "apim-distributed.encryptionKey.secretName" -}}
{{- default (printf "%s-encryption" (include "apim-distributed.fullname" .)) .Values.encryptionKey.existingSecret }}
{{- end }}
