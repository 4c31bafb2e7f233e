// `ct install` of every chart and every scenario (its defaults and each ci/*-values.yaml)
// on the test cluster: helm install --wait, helm test, the upgrade from the chart's previous
// revision (`--upgrade`: the committed chart on main), uninstall. Each scenario runs in its
// own namespace labelled for the restricted Pod Security profile, several at once.
import { describe, expect, test } from 'vitest';
import { clusterCharts } from './charts.ts';
import { ctWorkspace, runCt } from './ct.ts';
import { createRestrictedNamespace, deleteNamespace } from './kube.ts';
import { applyPrerequisites, deletePrerequisites } from './prerequisites.ts';

const cases = clusterCharts().flatMap((chart) => chart.scenarios.map((scenario) => ({ chart, scenario })));

describe.concurrent('ct install', () => {
  test.each(cases)('$chart.name, scenario $scenario.name', async ({ chart, scenario }) => {
    const workspace = await ctWorkspace(chart.dir, scenario);
    const namespace = await createRestrictedNamespace(`ct-${chart.name}-${scenario.name}`.toLowerCase().replace(/[^a-z0-9-]/g, '-'));
    try {
      await applyPrerequisites(chart, scenario, namespace);
      const result = await runCt(
        [
          'install', '--config', 'ct.yaml', '--charts', workspace.chart, '--upgrade',
          // ct would create its own unlabelled namespace; this one enforces `restricted`.
          '--namespace', namespace, '--release-label', 'app.kubernetes.io/instance',
        ],
        { cwd: workspace.dir },
      );
      expect(result.ok, `${result.stdout}\n${result.stderr}`).toBe(true);
      expect(result.stdout).toContain('All charts installed successfully');
    } finally {
      workspace.dispose();
      await deleteNamespace(namespace);
      await deletePrerequisites(chart, scenario, namespace);
    }
  }, 900_000);
});
