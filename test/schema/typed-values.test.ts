import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chartValuesValidator, mergeValues, scenarioValues } from '../../generator/checks/values-schema.ts';
import { listCharts } from '../../generator/tools/charts.ts';
import { helmTemplate, pinnedHelms } from '../../generator/tools/helm.ts';
import type { ApimValues } from '../../generator/values-types/index.ts';

/**
 * The generated values types in use: overrides written against `ApimValues` are accepted by the
 * schema and rendered by both helms as typed; a misspelt key is a compile error
 * (`npm run typecheck`) and, at run time, a schema error.
 */

const apim = listCharts().find((chart) => chart.name === 'apim');

const overrides: ApimValues = {
  gatewayWorker: {
    autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 6, targetCPUUtilizationPercentage: 60 },
    resources: { requests: { cpu: '500m', memory: '2Gi' }, limits: { memory: '3Gi' } },
    tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'gateway', effect: 'NoSchedule' }],
    extraEnvVars: [{ name: 'JAVA_OPTS', value: '-Xms1g' }],
  },
};

const misspelt: ApimValues = {
  gatewayWorker: {
    // @ts-expect-error: `replicas` is not a key of the component; the type is closed like the schema.
    replicas: 3,
  },
};

type Manifest = { kind?: string; metadata?: { name?: string }; spec?: Record<string, unknown> };

describe.runIf(apim)('ApimValues', () => {
  const chart = apim!;
  const dir = mkdtempSync(path.join(tmpdir(), 'typed-values-'));
  const file = path.join(dir, 'overrides.yaml');
  writeFileSync(file, stringify(overrides));

  it('typed overrides pass the schema', () => {
    const validate = chartValuesValidator(chart.dir);
    expect(validate(scenarioValues(chart, file)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('a misspelt key the type rejects is rejected by the schema too', () => {
    const validate = chartValuesValidator(chart.dir);
    expect(validate(mergeValues(scenarioValues(chart, undefined), misspelt))).toBe(false);
    expect(validate.errors?.some((error) => error.params['additionalProperty'] === 'replicas')).toBe(true);
  });

  it.each(pinnedHelms().map((helm) => [helm.name, helm] as const))('typed overrides render as typed on %s', async (_name, helm) => {
    const result = await helmTemplate(helm, chart.dir, { valuesFiles: [file] });
    expect(result.ok, result.stderr).toBe(true);
    const manifests = parseAllDocuments(result.stdout).map((doc) => doc.toJS() as Manifest | null).filter((m): m is Manifest => m !== null);
    const hpa = manifests.find((m) => m.kind === 'HorizontalPodAutoscaler' && m.metadata?.name?.includes('gateway-worker'));
    expect(hpa?.spec).toMatchObject({ minReplicas: overrides.gatewayWorker?.autoscaling?.minReplicas, maxReplicas: overrides.gatewayWorker?.autoscaling?.maxReplicas });
    const workload = manifests.find((m) => ['Deployment', 'StatefulSet'].includes(m.kind ?? '') && m.metadata?.name?.includes('gateway-worker'));
    const pod = (workload?.spec?.['template'] as { spec?: { tolerations?: unknown; containers?: { resources?: unknown; env?: { name: string }[] }[] } }).spec;
    expect(pod?.tolerations).toEqual(overrides.gatewayWorker?.tolerations);
    // helm merges maps, so the default CPU limit stays beside the typed memory limit.
    expect(pod?.containers?.[0]?.resources).toMatchObject(overrides.gatewayWorker?.resources ?? {});
    expect(pod?.containers?.[0]?.env?.map((e) => e.name)).toContain('JAVA_OPTS');
  });
});
