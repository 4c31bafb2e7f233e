import { kubectl } from '../cluster/kube.ts';

/** The namespace the oracle renders into; it exists on every cluster. */
export const renderNamespace = 'default';

/**
 * The test cluster's API server as the judge of a render: a server-side dry-run applies
 * admission, validation and defaulting without storing anything. Returns the refusal, or
 * undefined when every object is accepted.
 */
export async function apiServerRefusal(manifests: string): Promise<string | undefined> {
  const applied = await kubectl(['apply', '--dry-run=server', '--namespace', renderNamespace, '-f', '-'], manifests);
  return applied.ok ? undefined : applied.stderr.trim();
}
