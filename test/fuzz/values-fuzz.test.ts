/**
 * Issue 13: schema-valid values files must not break a chart. Per chart, a seeded campaign of
 * values files generated from the chart's own schema and ci scenarios is judged by helm 3 and 4,
 * strict YAML and the strict validator, and a sample of the accepted renders by the test
 * cluster's API server (server-side dry-run). Every failure the fuzzer has ever found and kept
 * (`npm run fuzz -- --save`) is replayed too.
 */
import { describe, expect, it } from 'vitest';
import { listCharts } from '../../generator/tools/charts.ts';
import { loadFixtures, runCampaign } from './campaign.ts';
import { oracleFor } from './oracle.ts';
import { chartFuzzInput } from './values-cases.ts';

/** Fixed, so a failure in CI replays on any machine: `npm run fuzz -- --seed 20261203 --runs 200 --chart <name>`. */
const seed = 20261203;
const runsPerChart = 200;
const apiServerEvery = 10;

describe.each(listCharts().map((chart) => [chart.name, chart] as const))('%s values fuzz', (_name, chart) => {
  it(`${runsPerChart} schema-valid values files (seed ${seed}) render to manifests the validator and the API server accept, or are refused with one message`, async () => {
    const oracle = oracleFor(chartFuzzInput(chart), { apiServerEvery });
    const { tally, found } = await runCampaign(oracle, { runs: runsPerChart, seed, stopAtFirst: true });
    console.log(`${chart.name} values fuzz (seed ${seed}): ${JSON.stringify(tally)}, ${oracle.serverChecked()} judged by the API server`);
    const failure = found[0];
    expect(failure ? `${failure.failureClass}: ${failure.message}\nvalues: ${JSON.stringify(failure.valuesCase.values)}` : 'no failure').toBe('no failure');
    // A campaign the charts mostly refuse would prove little about what they render.
    expect(tally.accepted + tally['caught-by-validator'] + tally['api-server-only'], JSON.stringify(tally)).toBeGreaterThanOrEqual(runsPerChart / 4);
    expect(oracle.serverChecked(), 'renders judged by the API server').toBeGreaterThanOrEqual(3);
  }, 900_000);

  const input = chartFuzzInput(chart);
  const kept = loadFixtures(chart.name, input.points);
  // Each kept file goes to the API server too once it renders.
  const replay = oracleFor(input, { apiServerEvery: 1 });
  if (kept.length > 0) it.each(kept.map((f) => [f.file.replace(/.*\/fixtures\//, ''), f.valuesCase] as const))(
    'kept failure %s no longer breaks it',
    async (_file, valuesCase) => {
      const verdict = await replay.judge(valuesCase);
      expect(verdict.kind === 'failure' ? `${verdict.failureClass}: ${verdict.message}` : 'no failure').toBe('no failure');
    },
    120_000,
  );
});
