// What only a real API server proves: its own admission (PodSecurity `restricted`, schema
// and defaulting via server-side dry-run) accepts every rendered scenario; two releases of
// a chart live side by side in two namespaces; `helm upgrade` with a new image tag rolls
// every workload and `helm rollback` restores the previous revision.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ChartUnderTest } from '../../generator/tools/charts.ts';
import type { Helm } from '../../generator/tools/helm.ts';
import { helmTemplate, pinnedHelms } from '../../generator/tools/helm.ts';
import { clusterCharts } from './charts.ts';
import { helmOnCluster } from './helm-release.ts';
import { imageTagPaths } from './image-tags.ts';
import { createRestrictedNamespace, deleteNamespace, kubectl, kubectlJson } from './kube.ts';
import { expectOk } from './run.ts';

interface Container { readonly name: string; readonly image: string }
interface Workload {
  readonly kind: string;
  readonly metadata: { name: string; generation: number; annotations?: Record<string, string> };
  readonly spec: { replicas?: number; template: { spec: { containers: Container[]; initContainers?: Container[] } } };
  readonly status: { observedGeneration?: number; updatedReplicas?: number; replicas?: number; readyReplicas?: number };
}
interface List<T> { readonly items: readonly T[] }
interface Service { readonly metadata: { name: string }; readonly spec: { selector?: Record<string, string> } }
interface EndpointSlice {
  readonly endpoints?: readonly { targetRef?: { kind: string; name: string; namespace: string } }[];
}
interface Pod { readonly metadata: { name: string; labels?: Record<string, string> } }

const charts = clusterCharts();
const helms = pinnedHelms();
const helm4 = helms.find((h) => h.name === 'helm4');
const helm3 = helms.find((h) => h.name === 'helm3');
if (!helm3 || !helm4) throw new Error('pinned helm3 and helm4 are both required');

const releaseWorkloads = (namespace: string, release: string) =>
  kubectlJson<List<Workload>>([
    'get', 'deployments,statefulsets,daemonsets', '--namespace', namespace, '--selector', `app.kubernetes.io/instance=${release}`,
  ]);

const images = (workload: Workload) =>
  [...workload.spec.template.spec.containers, ...(workload.spec.template.spec.initContainers ?? [])].map((c) => c.image);

/** Values a chart cannot install without (default-install.test.ts proves it refuses): its first ci scenario's. */
const requiredValuesFile = (chart: ChartUnderTest): string[] => {
  const first = chart.scenarios.find((s) => s.valuesFile);
  return chart.requiredValues.length > 0 && first?.valuesFile ? ['--values', first.valuesFile] : [];
};

async function install(helm: Helm, release: string, chart: ChartUnderTest, namespace: string) {
  return expectOk(
    await helmOnCluster(helm, ['install', release, chart.dir, '--namespace', namespace, '--wait', '--timeout', '300s', ...requiredValuesFile(chart)]),
    `${helm.name} install ${release} in ${namespace}`,
  );
}

describe('server-side dry-run of every rendered scenario', () => {
  let namespace = '';
  beforeAll(async () => {
    namespace = await createRestrictedNamespace('dry-run');
  });
  afterAll(async () => {
    if (namespace) await deleteNamespace(namespace);
  });
  const cases = charts.flatMap((chart) => chart.scenarios.map((scenario) => ({ chart, scenario })));
  test.each(cases)('$chart.name, scenario $scenario.name', async ({ chart, scenario }) => {
    const rendered = expectOk(
      {
        ...(await helmTemplate(helm3, chart.dir, {
          releaseName: 'dry',
          namespace,
          valuesFiles: scenario.valuesFile ? [scenario.valuesFile] : [],
        })),
        code: 0,
      },
      `helm template ${chart.name} (${scenario.name})`,
    );
    const applied = await kubectl(['apply', '--dry-run=server', '--namespace', namespace, '-f', '-'], rendered.stdout);
    expect(applied.ok, applied.stderr).toBe(true);
    // PodSecurity `warn` speaks up on workloads whose pods `enforce` would reject.
    expect(applied.stderr).not.toMatch(/violate PodSecurity/);
  }, 120_000);
});

describe.each(charts)('chart $name on a real API server', (chart) => {
  test('two releases in two namespaces at once, each serving only its own pods', async () => {
    const namespaces = await Promise.all(['tenant-a', 'tenant-b'].map((p) => createRestrictedNamespace(`${chart.name}-${p}`)));
    try {
      await Promise.all(namespaces.map((ns) => install(helm4, chart.name, chart, ns)));
      for (const ns of namespaces) {
        expectOk(await helmOnCluster(helm4, ['test', chart.name, '--namespace', ns, '--timeout', '300s']), `helm test in ${ns}`);
        const services = await kubectlJson<List<Service>>(['get', 'services', '--namespace', ns]);
        const pods = await kubectlJson<List<Pod>>(['get', 'pods', '--namespace', ns]);
        const instanceOf = new Map(pods.items.map((p) => [p.metadata.name, p.metadata.labels?.['app.kubernetes.io/instance']]));
        for (const service of services.items.filter((s) => s.spec.selector)) {
          const slices = await kubectlJson<List<EndpointSlice>>([
            'get', 'endpointslices', '--namespace', ns, '--selector', `kubernetes.io/service-name=${service.metadata.name}`,
          ]);
          const targets = slices.items.flatMap((slice) => slice.endpoints ?? []).map((e) => e.targetRef);
          expect(targets.length, `${ns}/${service.metadata.name} has no endpoints`).toBeGreaterThan(0);
          for (const target of targets) {
            expect(target?.namespace).toBe(ns);
            expect(instanceOf.get(target?.name ?? ''), `${ns}/${service.metadata.name} -> ${target?.name}`).toBe(chart.name);
          }
        }
      }
    } finally {
      await Promise.all(namespaces.map(async (ns) => {
        await helmOnCluster(helm4, ['uninstall', chart.name, '--namespace', ns, '--wait']);
        await deleteNamespace(ns);
      }));
    }
  }, 900_000);

  test.each(helms)('a new image tag rolls every workload and rollback restores it ($name)', async (helm) => {
    const namespace = await createRestrictedNamespace(`${chart.name}-rolling`);
    const release = chart.name;
    try {
      await install(helm, release, chart, namespace);
      const before = (await releaseWorkloads(namespace, release)).items;
      expect(before.length, `${chart.name} has no workloads`).toBeGreaterThan(0);
      const imagesBefore = new Map(before.map((w) => [`${w.kind}/${w.metadata.name}`, images(w)]));

      const tag = 'rolling-update-test';
      const set = imageTagPaths(chart.dir).flatMap((p) => ['--set-string', `${p}=${tag}`]);
      expectOk(
        await helmOnCluster(helm, ['upgrade', release, chart.dir, '--namespace', namespace, '--wait', '--timeout', '300s', ...requiredValuesFile(chart), ...set]),
        'helm upgrade with a new image tag',
      );
      for (const workload of (await releaseWorkloads(namespace, release)).items) {
        const id = `${workload.kind}/${workload.metadata.name}`;
        for (const image of images(workload)) expect(image, id).toMatch(new RegExp(`:${tag}(@|$)`));
        expect(workload.status.observedGeneration, id).toBe(workload.metadata.generation);
        expect(workload.status.updatedReplicas ?? 0, id).toBe(workload.spec.replicas ?? 1);
        if (workload.kind === 'Deployment') {
          expect(workload.metadata.annotations?.['deployment.kubernetes.io/revision'], `${id} rolled out a new ReplicaSet`).toBe('2');
        }
      }

      expectOk(
        await helmOnCluster(helm, ['rollback', release, '1', '--namespace', namespace, '--wait', '--timeout', '300s']),
        'helm rollback to revision 1',
      );
      const after = (await releaseWorkloads(namespace, release)).items;
      expect(new Map(after.map((w) => [`${w.kind}/${w.metadata.name}`, images(w)]))).toEqual(imagesBefore);
      const history = JSON.parse(
        expectOk(await helmOnCluster(helm, ['history', release, '--namespace', namespace, '--output', 'json']), 'helm history').stdout,
      ) as { revision: number; status: string; description: string }[];
      expect(history.map((r) => r.revision)).toEqual([1, 2, 3]);
      expect(history.at(-1)?.status).toBe('deployed');
      expect(history.at(-1)?.description).toContain('Rollback to 1');
    } finally {
      await helmOnCluster(helm, ['uninstall', release, '--namespace', namespace, '--wait']);
      await deleteNamespace(namespace);
    }
  }, 900_000);
});
