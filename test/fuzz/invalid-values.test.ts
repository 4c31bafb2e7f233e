/**
 * Issue 13, the other half: values files the schema forbids (misspelt keys at every depth,
 * wrong types, crossed bounds, values outside an enum) are refused by helm 3 and helm 4
 * before anything renders, with every mistake named by its path.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listCharts } from '../../generator/tools/charts.ts';
import { helmTemplate, pinnedHelms } from '../../generator/tools/helm.ts';
import { invalidValuesFiles, namesError } from './invalid-values.ts';
import { chartFuzzInput } from './values-cases.ts';

const helms = pinnedHelms();
const scratch = mkdtempSync(path.join(tmpdir(), 'wso2-invalid-values-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(listCharts().map((chart) => [chart.name, chart] as const))('%s refuses schema-invalid values', (name, chart) => {
  const files = invalidValuesFiles(chartFuzzInput(chart));

  it('plants every kind of mistake', () => {
    expect(files.map((f) => f.kind)).toEqual(expect.arrayContaining(['misspelt keys', 'wrong types', 'above the maximum', 'below the minimum', 'not in the enum']));
  });

  it.each(files.flatMap((file) => helms.map((helm) => [file.kind, file.errors.length, helm.name, file, helm] as const)))(
    '%s (%i of them): %s names each path',
    async (kind, _count, _helmName, file, helm) => {
      const valuesFile = path.join(scratch, `${name}-${kind.replaceAll(' ', '-')}-${helm.name}.json`);
      writeFileSync(valuesFile, JSON.stringify(file.values));
      const rendered = await helmTemplate(helm, chart.dir, { valuesFiles: [valuesFile] });
      expect(rendered.ok, 'helm rendered a schema-invalid file').toBe(false);
      expect(rendered.stderr).toMatch(/values don't meet the specifications of the schema/);
      const unnamed = file.errors.filter((error) => !namesError(rendered.stderr, error));
      expect(unnamed, rendered.stderr.slice(0, 4000)).toEqual([]);
    },
    120_000,
  );
});
