import { existsSync } from 'node:fs';

/**
 * The test cluster's kubeconfig. `bash scripts/test.sh` starts the cluster and exports
 * KUBECONFIG; by hand: `eval "export $(scripts/cluster up | tail -n 1)"`. Any test that needs
 * a Kubernetes API calls this and fails loudly when there is none.
 */
export function clusterKubeconfig(): string {
  const file = process.env.KUBECONFIG;
  if (!file) {
    throw new Error(
      'KUBECONFIG is not set: these tests need the test cluster. Run `bash scripts/test.sh`, ' +
        'or `scripts/cluster up` and export the KUBECONFIG it prints.',
    );
  }
  if (!existsSync(file)) {
    throw new Error(`KUBECONFIG=${file} does not exist: start the cluster with \`scripts/cluster up\``);
  }
  return file;
}
