{{/*
Helpers for one component. Every one takes (dict "context" $ "component" "<key>"),
where <key> is the component's key in values.yaml (e.g. "gatewayWorker").
*/}}

{{/* The kebab-case component name used in resource names and labels. */}}
{{- define "apim.component.name" -}}
{{- kebabcase .component }}
{{- end }}

{{/* <fullname>-<component>, truncated so the component suffix always survives. */}}
{{- define "apim.component.fullname" -}}
{{- $suffix := include "apim.component.name" . }}
{{- $prefix := include "apim.fullname" .context | trunc (int (sub 62 (len $suffix))) | trimSuffix "-" }}
{{- printf "%s-%s" $prefix $suffix }}
{{- end }}

{{/* The in-cluster DNS name of the component's Service. */}}
{{- define "apim.component.host" -}}
{{- printf "%s.%s.svc" (include "apim.component.fullname" .) .context.Release.Namespace }}
{{- end }}

{{- define "apim.component.labels" -}}
{{ include "apim.labels" .context }}
app.kubernetes.io/component: {{ include "apim.component.name" . }}
{{- end }}

{{- define "apim.component.selectorLabels" -}}
{{ include "apim.selectorLabels" .context }}
app.kubernetes.io/component: {{ include "apim.component.name" . }}
{{- end }}

{{/* The component's image: its own non-empty fields over the chart-level image. */}}
{{- define "apim.component.image" -}}
{{- $values := index .context.Values .component }}
{{- $image := dict }}
{{- range $field := list "registry" "repository" "tag" "digest" }}
{{- $_ := set $image $field (default "" (default (index $.context.Values.image $field) (index $values.image $field))) }}
{{- end }}
{{- if and $values.image.tag (not $values.image.digest) }}
{{- $_ := set $image "digest" "" }}
{{- end }}
{{- include "apim.imageReference" (dict "image" $image "context" .context "where" .component) }}
{{- end }}

{{/* The URL `helm test` calls for the component: its liveness endpoint through the Service. */}}
{{- define "apim.component.healthCheck" -}}
{{- $values := index .context.Values .component }}
{{- with $values.livenessProbe }}
{{- with .httpGet }}
{{- $port := .port }}
{{- if kindIs "string" .port }}
{{- $port = (index $values.ports .port).containerPort }}
{{- end }}
{{- printf "%s://%s:%v%s" (lower (default "HTTP" .scheme)) (include "apim.component.host" $) $port .path }}
{{- end }}
{{- end }}
{{- end }}

{{/* The headless Service that gives cluster members and StatefulSet pods their DNS names. */}}
{{- define "apim.component.headlessName" -}}
{{- printf "%s-hl" (include "apim.component.fullname" . | trunc 60 | trimSuffix "-") }}
{{- end }}

{{/* Whether the component needs the headless Service: cluster members and StatefulSets. */}}
{{- define "apim.component.needsHeadless" -}}
{{- $values := index .context.Values .component }}
{{- if or $values.clustering.enabled (eq $values.controller "StatefulSet") }}true{{ end }}
{{- end }}
