import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kubernetesSchemasCheck } from '../../generator/checks/kubernetes-schemas.ts';
import { listCharts } from '../../generator/tools/charts.ts';
import { manifestFixturesDir } from '../../bench/corpus.ts';

// The `npm run validate` stage: every chart × scenario × helm × oldest/newest Kubernetes.
describe('Kubernetes schema check', () => {
  it('fails a render that uses a removed API or a wrong type, naming resource, line and field', async () => {
    const charts = listCharts(path.join(manifestFixturesDir, 'charts'));
    expect(charts.map((chart) => chart.scenarios.map((s) => s.name))).toEqual([['default', '01-modern', '02-string-replicas']]);
    const results = await kubernetesSchemasCheck.run(charts);
    // 3 scenarios × 2 helms × 2 Kubernetes releases.
    expect(results).toHaveLength(12);
    const byScenario = (name: string) => results.filter((r) => r.target.startsWith(`legacy-api/${name} `));
    expect(byScenario('01-modern').every((r) => r.ok)).toBe(true);
    for (const result of byScenario('default')) {
      expect(result.ok).toBe(false);
      expect(result.problems).toEqual([
        expect.stringMatching(/^legacy-api\/default:\d+ Ingress test-web: could not find schema for Ingress: extensions\/v1beta1 Ingress was removed in Kubernetes 1\.22; use networking\.k8s\.io\/v1$/),
      ]);
    }
    for (const result of byScenario('02-string-replicas')) {
      expect(result.ok).toBe(false);
      expect(result.problems).toEqual([expect.stringMatching(/^legacy-api\/02-string-replicas:\d+ Deployment test-web at \/spec\/replicas: got string, want integer or null$/)]);
    }
  });

  it('passes every generated chart', async () => {
    const results = await kubernetesSchemasCheck.run(listCharts());
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });
});
