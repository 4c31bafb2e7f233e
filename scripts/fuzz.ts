/**
 * `npm run fuzz -- [--runs N] [--seed S] [--chart NAME]… [--save]`: schema-valid values files
 * for every chart, judged by helm 3 and 4 and the validator (test/fuzz/oracle.ts). Prints
 * the verdicts per chart and each failure class shrunk; `--save` keeps them as fixtures.
 */
import { parseArgs } from 'node:util';
import { listCharts } from '../generator/tools/charts.ts';
import { runCampaign, saveFixture } from '../test/fuzz/campaign.ts';
import { oracleFor } from '../test/fuzz/oracle.ts';
import { chartFuzzInput } from '../test/fuzz/values-cases.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    chart: { type: 'string', multiple: true },
    save: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('--runs must be a positive integer and --seed an integer');
  process.exit(2);
}
const charts = listCharts().filter((c) => !values.chart || values.chart.includes(c.name));
let failures = 0;
for (const chart of charts) {
  const started = Date.now();
  const { tally, found } = await runCampaign(oracleFor(chartFuzzInput(chart)), { runs, seed, stopAtFirst: false });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`${chart.name} (seed ${seed}, ${runs} cases, ${seconds}s): ${Object.entries(tally).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const f of found) {
    failures++;
    console.log(`  ${f.failureClass}: changed ${f.valuesCase.mutations.map((m) => `${m.path.join('.')}=${JSON.stringify(m.value)}`).join(' ')} (from ${f.valuesCase.scenario})`);
    for (const line of f.message.split('\n').slice(0, 4)) console.log(`      ${line}`);
    if (values.save) console.log(`      kept as ${saveFixture(f)}`);
  }
}
process.exit(failures > 0 ? 1 : 0);
