import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { toolsBin } from '../../generator/tools/paths.ts';
import { clusterKubeconfig } from './kubeconfig.ts';
import { expectOk, run, type RunResult } from './run.ts';

/** The kubectl built with the control plane (linked by `scripts/cluster build`). */
export const kubectlBin = path.join(toolsBin, 'kubectl');

export function kubectl(args: readonly string[], input?: string): Promise<RunResult> {
  return run(kubectlBin, ['--kubeconfig', clusterKubeconfig(), ...args], { input });
}

export async function kubectlJson<T>(args: readonly string[]): Promise<T> {
  const result = expectOk(await kubectl([...args, '-o', 'json']), `kubectl ${args.join(' ')}`);
  return JSON.parse(result.stdout) as T;
}

/** The labels that make the API server's PodSecurity admission enforce `restricted`. */
export const restrictedLabels: Readonly<Record<string, string>> = {
  'pod-security.kubernetes.io/enforce': 'restricted',
  'pod-security.kubernetes.io/enforce-version': 'latest',
  'pod-security.kubernetes.io/warn': 'restricted',
  'pod-security.kubernetes.io/audit': 'restricted',
};

/** A unique DNS-label name: `<prefix>-<6 hex>`, trimmed to 63 characters. */
export function uniqueName(prefix: string): string {
  return `${prefix.slice(0, 55).replace(/-+$/, '')}-${randomBytes(3).toString('hex')}`;
}

/**
 * Creates a namespace labelled for the `restricted` Pod Security profile and waits for
 * its default ServiceAccount (pods cannot be created before the controller makes it).
 */
export async function createRestrictedNamespace(prefix: string): Promise<string> {
  const name = uniqueName(prefix);
  const manifest = JSON.stringify({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, labels: { ...restrictedLabels, 'wso2-charts.test/owner': 'vitest' } },
  });
  expectOk(await kubectl(['create', '-f', '-'], manifest), `creating namespace ${name}`);
  for (let attempt = 0; ; attempt++) {
    if ((await kubectl(['get', 'serviceaccount', 'default', '--namespace', name])).ok) return name;
    if (attempt > 120) throw new Error(`namespace ${name}: the default ServiceAccount never appeared`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Deletes a namespace without waiting: the simulated pods go at once anyway. */
export async function deleteNamespace(name: string): Promise<void> {
  expectOk(await kubectl(['delete', 'namespace', name, '--wait=false', '--ignore-not-found']), `deleting ${name}`);
}
