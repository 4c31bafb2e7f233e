/**
 * Helm expressions that pattern authors embed in product configuration files.
 * Config files are rendered with Helm's `tpl` (the root context is `$`), so these
 * resolve per release and no service name is ever hard-coded.
 */
export function componentHost(chart: string, component: string): string {
  return `{{ include "${chart}.component.host" (dict "context" $ "component" "${component}") }}`;
}

/** A chart-wide configuration fragment, e.g. `databases` or `keystores`. */
export function chartFragment(chart: string, fragment: string): string {
  return `{{ include "${chart}.config.${fragment}" $ }}`;
}

/** A configuration fragment about one component, e.g. its `clustering` section. */
export function componentFragment(chart: string, fragment: string, component: string): string {
  return `{{ include "${chart}.config.${fragment}" (dict "context" $ "component" "${component}") }}`;
}
