/**
 * The Kubernetes releases whose API schemas the validator ships, newest patch of each
 * minor as listed by the Go module proxy (`go list -m -versions k8s.io/kubernetes`).
 * The patch is pinned so set-up is reproducible; API schemas do not change within a minor.
 */
export interface KubernetesRelease {
  /** `1.33`: what users name with `-kubernetes-version 1.33.x`. */
  readonly minor: string;
  /** The `k8s.io/kubernetes` module version whose `api/openapi-spec/swagger.json` is converted. */
  readonly module: string;
}

export const kubernetesReleases: readonly KubernetesRelease[] = [
  { minor: '1.30', module: 'v1.30.14' },
  { minor: '1.31', module: 'v1.31.14' },
  { minor: '1.32', module: 'v1.32.13' },
  { minor: '1.33', module: 'v1.33.13' },
  { minor: '1.34', module: 'v1.34.4' },
  { minor: '1.35', module: 'v1.35.4' },
];

export const oldestRelease: KubernetesRelease = kubernetesReleases[0]!;
export const newestRelease: KubernetesRelease = kubernetesReleases[kubernetesReleases.length - 1]!;

/** `1.33.0`, `v1.33.7`, `1.33` → the release of that minor, or undefined. */
export function releaseFor(version: string): KubernetesRelease | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
  if (!match) return undefined;
  const minor = `${Number(match[1])}.${Number(match[2])}`;
  return kubernetesReleases.find((release) => release.minor === minor);
}
