import type { Helm } from '../../generator/tools/helm.ts';
import { runHelm } from '../../generator/tools/helm.ts';
import { clusterKubeconfig } from './kubeconfig.ts';
import type { RunResult } from './run.ts';

/** helm against the test cluster (`--kubeconfig`), as a result with an exit code. */
export async function helmOnCluster(helm: Helm, args: readonly string[]): Promise<RunResult> {
  const result = await runHelm(helm, [...args, '--kubeconfig', clusterKubeconfig()]);
  return { ...result, code: result.ok ? 0 : 1 };
}

/** Release history as helm reports it. */
export interface HelmRevision {
  readonly revision: number;
  readonly status: string;
  readonly description: string;
}
