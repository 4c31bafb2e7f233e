{{/*
Helpers for one component. Every one takes (dict "context" $ "component" "<key>"),
where <key> is the component's key in values.yaml (e.g. "gatewayWorker").
*/}}

{{/* The kebab-case component name used in resource names and labels. */}}
{{- define "esb.component.name" -}}
{{- kebabcase .component }}
{{- end }}

{{/*
<fullname>-<component>, truncated so the component suffix always survives. At most 52
characters: a StatefulSet's pods carry `controller-revision-hash: <name>-<10 characters>`,
a label value of at most 63, and with a longer name no pod is ever created.
*/}}
{{- define "esb.component.fullname" -}}
{{- $suffix := include "esb.component.name" . }}
{{- $prefix := include "esb.fullname" .context | trunc (int (sub 51 (len $suffix))) | trimSuffix "-" }}
{{- printf "%s-%s" $prefix $suffix }}
{{- end }}

{{/* The in-cluster DNS name of the component's Service. */}}
{{- define "esb.component.host" -}}
{{- printf "%s.%s.svc" (include "esb.component.fullname" .) .context.Release.Namespace }}
{{- end }}

{{- define "esb.component.labels" -}}
{{ include "esb.labels" .context }}
app.kubernetes.io/component: {{ include "esb.component.name" . | quote }}
{{- end }}

{{/* The pods' labels: the component's, with podLabels over commonLabels where both set a key (one key, never two). */}}
{{- define "esb.component.podLabels" -}}
{{ include "esb.chartLabels" .context }}
app.kubernetes.io/component: {{ include "esb.component.name" . | quote }}
{{- with merge (dict) ((index .context.Values .component).podLabels | default dict) (.context.Values.commonLabels | default dict) }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{- define "esb.component.selectorLabels" -}}
{{ include "esb.selectorLabels" .context }}
app.kubernetes.io/component: {{ include "esb.component.name" . | quote }}
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

{{/* The number of one of the component's named ports. Call with (dict "context" $ "component" "<key>" "port" "<name>"). */}}
{{- define "esb.component.port" -}}
{{- $port := index (index .context.Values .component).ports .port }}
{{- if not $port }}
{{- include "esb.failValues" (printf "%s.ports: the chart refers to port %q, which is not declared" .component .port) }}
{{- end }}
{{- $port.containerPort }}
{{- end }}

{{/* The external host a component is routed under (its Ingress host, else its first HTTPRoute host); empty when it has none. */}}
{{- define "esb.component.externalHost" -}}
{{- $values := index .context.Values .component }}
{{- if and $values.enabled $values.ingress.enabled }}
{{- $values.ingress.host }}
{{- else if and $values.enabled $values.httpRoute.enabled }}
{{- first $values.httpRoute.hostnames | default "" }}
{{- end }}
{{- end }}

{{/* The host the product advertises in redirects and URLs: the external host when routed, else the Service. */}}
{{- define "esb.component.advertisedHost" -}}
{{- include "esb.component.externalHost" . | default (include "esb.component.host" .) }}
{{- end }}

{{/*
scheme://host[:port] of one component port as clients reach it: through the Ingress or
HTTPRoute on the well-known port when routed, else the Service and the port itself.
Call with (dict "context" $ "component" "<key>" "port" "<name>").
*/}}
{{- define "esb.component.url" -}}
{{- $values := index .context.Values .component }}
{{- $port := index $values.ports .port }}
{{- $scheme := ternary "https" "http" (eq $port.appProtocol "https") }}
{{- with include "esb.component.externalHost" . }}
{{- printf "%s://%s" $scheme . }}
{{- else }}
{{- printf "%s://%s:%v" $scheme (include "esb.component.host" .) $port.containerPort }}
{{- end }}
{{- end }}

{{/*
The addresses of a component's members, space-separated: every pod of a StatefulSet by its
stable DNS name (products that publish to each member, e.g. to every traffic manager), else
the Service.
*/}}
{{- define "esb.component.memberHosts" -}}
{{- $values := index .context.Values .component }}
{{- if and (eq $values.controller "StatefulSet") (not ($values.autoscaling | default dict).enabled) (gt (int $values.replicaCount) 0) }}
{{- $hosts := list }}
{{- range $i := until (int $values.replicaCount) }}
{{- $hosts = append $hosts (printf "%s-%d.%s.%s.svc" (include "esb.component.fullname" $) $i (include "esb.component.headlessName" $) $.context.Release.Namespace) }}
{{- end }}
{{- join " " $hosts }}
{{- else }}
{{- include "esb.component.host" . }}
{{- end }}
{{- end }}

{{/*
The check `helm test` runs for the component: its readiness endpoint through the Service,
as YAML: `url` for an HTTP check, `host` and `port` for a TCP check; empty for exec probes.
*/}}
{{- define "esb.component.healthCheck" -}}
{{- $values := index .context.Values .component }}
{{- with $values.readinessProbe }}
{{- $handler := .httpGet | default .tcpSocket }}
{{- if $handler }}
{{- $port := $handler.port }}
{{- if kindIs "string" $port }}
{{- $port = include "esb.component.port" (dict "context" $.context "component" $.component "port" $port) }}
{{- end }}
{{- if .httpGet }}
{{- dict "url" (printf "%s://%s:%v%s" (lower (default "HTTP" .httpGet.scheme)) (include "esb.component.host" $) $port .httpGet.path) | toYaml }}
{{- else }}
{{- dict "host" (include "esb.component.host" $) "port" (toString $port) | toYaml }}
{{- end }}
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
