/** One group/version/kind the schemas know. */
export interface KindEntry {
  /** kubeconform's file name without `.json`: `deployment-apps-v1`, `service-v1`. */
  readonly key: string;
  readonly apiVersion: string;
  readonly kind: string;
  /** The upstream definition name, e.g. `io.k8s.api.apps.v1.Deployment`. */
  readonly definition: string;
}

/**
 * kubeconform's `{{ .ResourceKind }}{{ .KindSuffix }}`: the lower-cased kind, the first label
 * of the group and the version (`networking.k8s.io/v1` Ingress → `ingress-networking-v1`).
 * Using the same key keeps lookups, and so verdicts, identical to kubeconform's.
 */
export function kindKey(apiVersion: string, kind: string): string {
  const [groupOrVersion = '', version] = apiVersion.split('/');
  const firstLabel = groupOrVersion.split('.')[0] ?? '';
  let suffix = `-${firstLabel.toLowerCase()}`;
  if (version !== undefined) suffix += `-${version.toLowerCase()}`;
  return `${kind.toLowerCase()}${suffix}`;
}
