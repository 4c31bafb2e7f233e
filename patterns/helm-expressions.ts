/**
 * Helm expressions that pattern authors embed in product configuration files.
 * Config files are rendered with Helm's `tpl`, so these resolve per release and
 * no service name is ever hard-coded.
 */
export function componentHost(chart: string, component: string): string {
  return `{{ include "${chart}.component.host" (dict "context" $ "component" "${component}") }}`;
}

export const releaseNamespace = '{{ .Release.Namespace }}';
