/**
 * Issue 13: schema-valid values files must not break a chart. Every failure the values fuzzer
 * (`npm run fuzz`, test/fuzz/) has found and kept is replayed, judged by helm 3 and 4, strict
 * YAML and the strict validator. (The seeded campaign itself joins the suite once it finds
 * no failure: see issue 13.)
 */
import { describe, expect, it } from 'vitest';
import { listCharts } from '../../generator/tools/charts.ts';
import { loadFixtures } from './campaign.ts';
import { oracleFor } from './oracle.ts';
import { chartFuzzInput } from './values-cases.ts';

describe.each(listCharts().filter((chart) => loadFixtures(chart.name).length > 0).map((chart) => [chart.name, chart] as const))('%s values fuzz', (_name, chart) => {
  const oracle = oracleFor(chartFuzzInput(chart));

  it.each(loadFixtures(chart.name).map((f) => [f.file.replace(/.*\/fixtures\//, ''), f.valuesCase] as const))(
    'kept failure %s no longer breaks it',
    async (_file, valuesCase) => {
      const verdict = await oracle.judge(valuesCase);
      expect(verdict.kind === 'failure' ? `${verdict.failureClass}: ${verdict.message}` : 'no failure').toBe('no failure');
    },
    120_000,
  );
});
