// The test cluster itself: real API server and controllers, simulated nodes whose pods
// behave as the chart tests need (Deployments become Ready, test pods run to completion).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pinnedHelms } from '../../generator/tools/helm.ts';
import { repoRoot } from '../../generator/tools/paths.ts';
import { probeChart } from './charts.ts';
import { helmOnCluster } from './helm-release.ts';
import { createRestrictedNamespace, deleteNamespace, kubectl, kubectlJson } from './kube.ts';
import { expectOk } from './run.ts';

interface Condition { readonly type: string; readonly status: string }
interface NodeList {
  readonly items: readonly { metadata: { name: string; annotations?: Record<string, string> }; status: { conditions: Condition[] } }[];
}

function pinnedKubeVersion(): string {
  const lib = readFileSync(path.join(repoRoot, 'scripts', 'cluster.d', 'lib.sh'), 'utf8');
  const version = /^KUBE_VERSION=(\S+)/m.exec(lib)?.[1];
  if (!version) throw new Error('scripts/cluster.d/lib.sh: no KUBE_VERSION= line');
  return version;
}

describe('the test cluster', () => {
  let namespace = '';
  beforeAll(async () => {
    namespace = await createRestrictedNamespace('cluster');
  });
  afterAll(async () => {
    if (namespace) await deleteNamespace(namespace);
  });

  test('the API server is the Kubernetes version the project builds', async () => {
    const version = JSON.parse(expectOk(await kubectl(['get', '--raw', '/version']), 'GET /version').stdout) as {
      gitVersion: string;
    };
    expect(version.gitVersion).toBe(`v${pinnedKubeVersion()}`);
  });

  test('every node is a simulated (kwok) node and Ready', async () => {
    const nodes = await kubectlJson<NodeList>(['get', 'nodes']);
    expect(nodes.items.length).toBeGreaterThan(0);
    for (const node of nodes.items) {
      expect(node.metadata.annotations?.['kwok.x-k8s.io/node'], node.metadata.name).toBe('fake');
      expect(node.status.conditions.find((c) => c.type === 'Ready')?.status, node.metadata.name).toBe('True');
    }
  });

  test('PodSecurity admission rejects a privileged pod in a restricted namespace', async () => {
    const pod = (name: string, privileged: boolean) =>
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name, namespace },
        spec: {
          securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: 'c',
              image: 'registry.example.invalid/c:1',
              securityContext: privileged
                ? { privileged: true }
                : { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
            },
          ],
        },
      });
    const rejected = await kubectl(['create', '-f', '-'], pod('privileged', true));
    expect(rejected.ok).toBe(false);
    expect(rejected.stderr).toContain('violates PodSecurity "restricted:latest"');
    expectOk(await kubectl(['create', '-f', '-'], pod('compliant', false)), 'creating a compliant pod');
    expectOk(
      await kubectl(['wait', '--for=condition=Ready', 'pod/compliant', '--namespace', namespace, '--timeout=60s']),
      'waiting for the compliant pod',
    );
  });

  test('helm test passes when the test pod exits 0 and fails when it fails', async () => {
    const [helm] = pinnedHelms();
    if (!helm) throw new Error('no pinned helm');
    const chart = probeChart();
    const common = ['--namespace', namespace];
    expectOk(await helmOnCluster(helm, ['install', 'probe', chart.dir, ...common, '--wait', '--timeout', '120s']), 'helm install');
    expectOk(await helmOnCluster(helm, ['test', 'probe', ...common, '--timeout', '60s']), 'helm test');
    expectOk(
      await helmOnCluster(helm, [
        'upgrade', 'probe', chart.dir, ...common, '--wait', '--timeout', '120s',
        '--set-string', 'tests.podAnnotations.kwok\\.wso2-charts\\.test/exit=fail',
      ]),
      'helm upgrade',
    );
    const failed = await helmOnCluster(helm, ['test', 'probe', ...common, '--timeout', '60s']);
    expect(failed.ok).toBe(false);
    expect(failed.stderr).toMatch(/failed|Failed/);
  });

  test('a PersistentVolumeClaim is provisioned and bound', async () => {
    const claim = JSON.stringify({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data', namespace },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
    });
    expectOk(await kubectl(['create', '-f', '-'], claim), 'creating a PVC');
    expectOk(
      await kubectl(['wait', '--for=jsonpath={.status.phase}=Bound', 'pvc/data', '--namespace', namespace, '--timeout=60s']),
      'waiting for the PVC to bind',
    );
  });

  test('a LoadBalancer Service gets an address', async () => {
    const service = JSON.stringify({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'edge', namespace },
      spec: { type: 'LoadBalancer', selector: { app: 'edge' }, ports: [{ port: 443 }] },
    });
    expectOk(await kubectl(['create', '-f', '-'], service), 'creating a LoadBalancer Service');
    expectOk(
      await kubectl(['wait', '--for=jsonpath={.status.loadBalancer.ingress[0].ip}', 'service/edge', '--namespace', namespace, '--timeout=60s']),
      'waiting for a load balancer address',
    );
  });
});
