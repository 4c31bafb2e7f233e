import { describe, expect, it } from 'vitest';
import { helmLint, helmTemplate } from '../../generator/tools/helm.ts';
import { listCharts } from '../../generator/tools/charts.ts';
import { fixedPassword, helms, ofKind, parseManifests } from '../support/render.ts';

const cases = helms.flatMap((helm) =>
  listCharts().flatMap((chart) => chart.scenarios.map((scenario) => ({ label: `${chart.name}/${scenario.name} ${helm.name}`, helm, chart, scenario }))),
);

describe.each(cases)('$label', ({ helm, chart, scenario }) => {
  const valuesFiles = scenario.valuesFile ? [scenario.valuesFile] : [];

  it('passes helm lint --strict', async () => {
    const result = await helmLint(helm, chart.dir, valuesFiles);
    expect(result.stderr + result.stdout).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
    expect(result.ok).toBe(true);
  });

  it('renders with helm template into named, namespaced objects', async () => {
    const result = await helmTemplate(helm, chart.dir, { valuesFiles, namespace: 'tenant-a' });
    expect(result.stderr).toBe('');
    const resources = parseManifests(result.stdout);
    expect(resources.length).toBeGreaterThan(0);
    for (const r of resources) {
      expect(r.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/);
      expect(r.metadata.namespace).toBe('tenant-a');
    }
  });
});

describe('the apim chart', () => {
  it.each(helms.map((h) => [h.name, h] as const))('%s: holds the five roles of API-M 3.2 and the evaluation database', async (_n, helm) => {
    const chart = listCharts().find((c) => c.name === 'apim');
    expect(chart).toBeDefined();
    const result = await helmTemplate(helm, chart!.dir, { set: fixedPassword, releaseName: 'prod' });
    const resources = parseManifests(result.stdout);
    // The gateway manager runs only for rsync and shared-volume artifact sync; the traffic manager is a StatefulSet, as WSO2 runs it.
    const components = ['store', 'publisher', 'key-manager', 'traffic-manager', 'gateway-worker', 'database'];
    const services = ofKind(resources, 'Service').filter((s) => s.spec.clusterIP !== 'None');
    for (const found of [[...ofKind(resources, 'Deployment'), ...ofKind(resources, 'StatefulSet')], services]) {
      expect(found.map((r) => r.metadata.labels?.['app.kubernetes.io/component']).sort()).toEqual([...components].sort());
      expect(found.map((r) => r.metadata.name).sort()).toEqual(components.map((c) => `prod-apim-${c}`).sort());
    }
  });
});
