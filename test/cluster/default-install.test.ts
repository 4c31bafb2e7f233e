// What a user gets from `helm install <release> <chart>` and nothing else, on a real API
// server in a restricted namespace: a chart that can work without input is admitted and
// scheduled whole (every role of its product contract, the evaluation database and its
// table-creating init step), and `helm test` checks each role on the contract's endpoint;
// a chart that cannot is refused at install with one message naming every value to set.
// The test cluster's nodes are simulated: this proves wiring, not the product.
import { describe, expect, test } from 'vitest';
import { kebabCase } from '../../generator/model/names.ts';
import { listCharts } from '../../generator/tools/charts.ts';
import { pinnedHelms } from '../../generator/tools/helm.ts';
import { apim320 } from '../../products/wso2am-3.2.0.ts';
import apimPattern from '../../patterns/apim/pattern.ts';
import { helmOnCluster } from './helm-release.ts';
import { createRestrictedNamespace, deleteNamespace, kubectlJson } from './kube.ts';
import { expectOk } from './run.ts';

interface Container { readonly name: string; readonly image: string; readonly args?: string[] }
interface Pod {
  readonly metadata: { name: string; labels?: Record<string, string> };
  readonly spec: { nodeName?: string; initContainers?: Container[]; containers: Container[] };
  readonly status: { phase: string };
}
interface List<T> { readonly items: readonly T[] }

const helm = pinnedHelms().find((h) => h.name === 'helm4')!;
const charts = listCharts();
const component = 'app.kubernetes.io/component';

describe('apim: helm install with no values', () => {
  const chart = charts.find((c) => c.name === 'apim')!;

  test('every role and the shared evaluation database are admitted, scheduled and checked by helm test', async () => {
    const namespace = await createRestrictedNamespace('apim-default');
    try {
      expectOk(await helmOnCluster(helm, ['install', 'apim', chart.dir, '--namespace', namespace, '--wait', '--timeout', '300s']), 'helm install apim');
      const pods = (await kubectlJson<List<Pod>>(['get', 'pods', '--namespace', namespace])).items;
      const running = (name: string): Pod[] => pods.filter((p) => p.metadata.labels?.[component] === name && p.status.phase === 'Running' && p.spec.nodeName);

      // Every role of API-M 3.2 runs in some enabled component.
      const enabled = apimPattern.components.filter((c) => c.enabled !== false);
      expect(new Set(enabled.map((c) => c.role))).toEqual(new Set(Object.keys(apim320.roles)));
      for (const c of enabled) {
        expect(running(kebabCase(c.name)).length, `${c.name} has a scheduled, running pod`).toBeGreaterThan(0);
      }

      // The database pod ran its init step: the product's own scripts for the evaluation engine, at their path in the image.
      const [database] = running('database');
      expect(database, 'the evaluation database is scheduled').toBeDefined();
      const createTables = database!.spec.initContainers?.find((c) => c.name === 'create-tables');
      const scripts = Object.values(apim320.databases!.scripts.value[apim320.databases!.evaluation.value.engine]!).flat();
      for (const script of scripts) expect(createTables?.args?.join(' ')).toContain(`${apim320.home.value}/${script}`);
      expect(createTables?.image).toBe(database!.spec.containers[0]!.image);

      expectOk(await helmOnCluster(helm, ['test', 'apim', '--namespace', namespace, '--timeout', '300s']), 'helm test apim');
    } finally {
      await helmOnCluster(helm, ['uninstall', 'apim', '--namespace', namespace, '--wait']);
      await deleteNamespace(namespace);
    }
  }, 600_000);
});

describe.each(charts.filter((c) => c.requiredValues.length > 0))('$name: helm install with no values', (chart) => {
  test('is refused before anything is created, in one message naming every value to set', async () => {
    const namespace = await createRestrictedNamespace(`${chart.name}-default`);
    try {
      const result = await helmOnCluster(helm, ['install', chart.name, chart.dir, '--namespace', namespace]);
      expect(result.ok).toBe(false);
      expect(result.stderr.match(/VALUES VALIDATION/g)).toHaveLength(1);
      for (const value of chart.requiredValues) expect(result.stderr).toContain(`${value}:`);
      // No release record (not even a failed one) and no object was left behind.
      const history = await helmOnCluster(helm, ['history', chart.name, '--namespace', namespace]);
      expect(history.ok, history.stdout).toBe(false);
      expect(history.stderr).toContain('not found');
      const left = await kubectlJson<List<unknown>>(['get', 'all,configmaps,secrets,serviceaccounts', '--namespace', namespace, '--selector', `app.kubernetes.io/instance=${chart.name}`]);
      expect(left.items).toEqual([]);
    } finally {
      await deleteNamespace(namespace);
    }
  }, 120_000);
});
