{{/*
Helpers for one component. Every one takes (dict "context" $ "component" "<key>"),
where <key> is the component's key in values.yaml (e.g. "gatewayWorker").
*/}}

{{/* The kebab-case component name used in resource names and labels. */}}
{{- define "esb.component.name" -}}
{{- kebabcase .component }}
{{- end }}

{{/* <fullname>-<component>, truncated so the component suffix always survives. */}}
{{- define "esb.component.fullname" -}}
{{- $suffix := include "esb.component.name" . }}
{{- $prefix := include "esb.fullname" .context | trunc (int (sub 62 (len $suffix))) | trimSuffix "-" }}
{{- printf "%s-%s" $prefix $suffix }}
{{- end }}

{{/* The in-cluster DNS name of the component's Service. */}}
{{- define "esb.component.host" -}}
{{- printf "%s.%s.svc" (include "esb.component.fullname" .) .context.Release.Namespace }}
{{- end }}

{{- define "esb.component.labels" -}}
{{ include "esb.labels" .context }}
app.kubernetes.io/component: {{ include "esb.component.name" . }}
{{- end }}

{{- define "esb.component.selectorLabels" -}}
{{ include "esb.selectorLabels" .context }}
app.kubernetes.io/component: {{ include "esb.component.name" . }}
{{- end }}

{{/* The component's image: its own non-empty fields over the chart-level image. */}}
{{- define "esb.component.image" -}}
{{- $values := index .context.Values .component }}
{{- $image := dict }}
{{- range $field := list "registry" "repository" "tag" "digest" }}
{{- $_ := set $image $field (default "" (default (index $.context.Values.image $field) (index $values.image $field))) }}
{{- end }}
{{- if and $values.image.tag (not $values.image.digest) }}
{{- $_ := set $image "digest" "" }}
{{- end }}
{{- include "esb.imageReference" (dict "image" $image "context" .context "where" .component) }}
{{- end }}

{{/* The URL `helm test` calls for the component: its liveness endpoint through the Service. */}}
{{- define "esb.component.healthCheck" -}}
{{- $values := index .context.Values .component }}
{{- with $values.livenessProbe }}
{{- with .httpGet }}
{{- $port := .port }}
{{- if kindIs "string" .port }}
{{- $port = (index $values.ports .port).containerPort }}
{{- end }}
{{- printf "%s://%s:%v%s" (lower (default "HTTP" .scheme)) (include "esb.component.host" $) $port .path }}
{{- end }}
{{- end }}
{{- end }}

{{/* The headless Service that gives cluster members and StatefulSet pods their DNS names. */}}
{{- define "esb.component.headlessName" -}}
{{- printf "%s-hl" (include "esb.component.fullname" . | trunc 60 | trimSuffix "-") }}
{{- end }}

{{/* Whether the component needs the headless Service: cluster members and StatefulSets. */}}
{{- define "esb.component.needsHeadless" -}}
{{- $values := index .context.Values .component }}
{{- if or $values.clustering.enabled (eq $values.controller "StatefulSet") }}true{{ end }}
{{- end }}
