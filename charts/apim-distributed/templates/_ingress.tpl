{{/*
An Ingress for one component: its Service on the well-known ports, with NGINX cookie
affinity when the component is sticky. Call with (dict "context" $ "component" "<key>").
*/}}
{{- define "apim-distributed.component.ingress" -}}
{{- $root := .context }}
{{- $ingress := (index $root.Values .component).ingress }}
{{- if $ingress.enabled }}
{{- $fullname := include "apim-distributed.component.fullname" . }}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ $fullname }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "apim-distributed.component.labels" . | nindent 4 }}
  annotations:
    nginx.ingress.kubernetes.io/backend-protocol: {{ $ingress.backendProtocol | quote }}
    {{- if $ingress.sticky }}
    nginx.ingress.kubernetes.io/affinity: "cookie"
    nginx.ingress.kubernetes.io/affinity-mode: "persistent"
    nginx.ingress.kubernetes.io/session-cookie-name: {{ printf "%s-route" (include "apim-distributed.component.name" .) | quote }}
    nginx.ingress.kubernetes.io/session-cookie-max-age: "10800"
    {{- end }}
    {{- with $ingress.annotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  {{- with $ingress.className }}
  ingressClassName: {{ . | quote }}
  {{- end }}
  {{- if $ingress.tls.enabled }}
  tls:
    - hosts:
        - {{ $ingress.host | quote }}
      secretName: {{ $ingress.tls.secretName | default (printf "%s-tls" $fullname) | quote }}
  {{- end }}
  rules:
    - host: {{ $ingress.host | quote }}
      http:
        paths:
          - path: {{ $ingress.path | quote }}
            pathType: {{ $ingress.pathType }}
            backend:
              service:
                name: {{ $fullname }}
                port:
                  name: {{ $ingress.port | quote }}
{{- end }}
{{- end }}

{{/*
A Gateway API HTTPRoute for one component, the alternative to Ingress.
Call with (dict "context" $ "component" "<key>").
*/}}
{{- define "apim-distributed.component.httpRoute" -}}
{{- $root := .context }}
{{- $values := index $root.Values .component }}
{{- $route := $values.httpRoute }}
{{- if $route.enabled }}
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: {{ include "apim-distributed.component.fullname" . }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "apim-distributed.component.labels" . | nindent 4 }}
spec:
  parentRefs:
    {{- toYaml $route.parentRefs | nindent 4 }}
  hostnames:
    {{- toYaml $route.hostnames | nindent 4 }}
  rules:
    - matches:
        - path:
            type: PathPrefix
            value: {{ $route.path | quote }}
      backendRefs:
        - name: {{ include "apim-distributed.component.fullname" . }}
          port: {{ (index $values.ports $route.port).containerPort }}
{{- end }}
{{- end }}
