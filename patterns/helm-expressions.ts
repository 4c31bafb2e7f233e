/**
 * Helm expressions that pattern authors embed in product configuration files.
 * Config files are rendered with Helm's `tpl` (the root context is `$`), so these
 * resolve per release and no service name is ever hard-coded.
 */
const component = (chart: string, helper: string, name: string, extra = ''): string =>
  `{{ include "${chart}.component.${helper}" (dict "context" $ "component" "${name}"${extra}) }}`;

/** The in-cluster DNS name of a component's Service. */
export function componentHost(chart: string, name: string): string {
  return component(chart, 'host', name);
}

/** The host a component advertises: its Ingress or HTTPRoute host when it has one, else its Service. */
export function advertisedHost(chart: string, name: string): string {
  return component(chart, 'advertisedHost', name);
}

/** `scheme://host[:port]` of a component port as clients reach it (the external host on 443/80 when routed). */
export function componentUrl(chart: string, name: string, port: string): string {
  return component(chart, 'url', name, ` "port" "${port}"`);
}

/** The number of a component's named port. */
export function componentPort(chart: string, name: string, port: string): string {
  return component(chart, 'port', name, ` "port" "${port}"`);
}

/**
 * A Go-template block over each member address of a component (every pod of a
 * StatefulSet by its stable DNS name, else the Service): `body` sees the address as `$member`.
 */
export function eachMember(chart: string, name: string, body: string): string {
  return `{{- range $member := include "${chart}.component.memberHosts" (dict "context" $ "component" "${name}") | splitList " " }}\n${body}{{- end }}`;
}

/** A TOML array of `scheme://member:port` for every member of a component. */
export function memberUrls(chart: string, name: string, scheme: string, port: string): string {
  return `[{{ range $i, $member := include "${chart}.component.memberHosts" (dict "context" $ "component" "${name}") | splitList " " }}{{ if $i }}, {{ end }}"${scheme}://{{ $member }}:${componentPort(chart, name, port)}"{{ end }}]`;
}

/** Text kept only when a component routes an external host (Ingress or HTTPRoute). */
export function whenRouted(chart: string, name: string, text: string): string {
  return `{{- if include "${chart}.component.externalHost" (dict "context" $ "component" "${name}") }}\n${text}{{- end }}`;
}

/** Text kept only when a value equals the given string (e.g. an artifact sync mode). */
export function whenValue(path: string, equals: string, text: string): string {
  return `{{- if eq (toString $.Values.${path}) "${equals}" }}\n${text}{{- end }}`;
}

/** A chart-wide configuration fragment, e.g. `databases` or `keystores`. */
export function chartFragment(chart: string, fragment: string): string {
  return `{{ include "${chart}.config.${fragment}" $ }}`;
}

/** A configuration fragment about one component, e.g. its `clustering` section. */
export function componentFragment(chart: string, fragment: string, name: string): string {
  return `{{ include "${chart}.config.${fragment}" (dict "context" $ "component" "${name}") }}`;
}

/** `text` while a component is enabled, else `otherwise` (e.g. the key manager a role talks to). */
export function whenEnabled(name: string, text: string, otherwise = ''): string {
  return `{{- if $.Values.${name}.enabled }}\n${text}{{- else }}\n${otherwise}{{- end }}`;
}
