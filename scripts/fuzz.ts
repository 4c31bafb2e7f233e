/**
 * `npm run fuzz -- [--runs N] [--seed S] [--chart NAME]… [--api-server N] [--save]`: schema-valid
 * values files for every chart, judged by helm 3 and 4 and the validator (test/fuzz/oracle.ts),
 * and with `--api-server N` every N-th accepted render by the cluster KUBECONFIG names
 * (server-side dry-run). Prints the verdicts per chart and each failure class shrunk; `--save`
 * keeps them as fixtures.
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
    'api-server': { type: 'string', default: '0' },
    save: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const apiServerEvery = Number(values['api-server']);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || !Number.isInteger(apiServerEvery) || apiServerEvery < 0) {
  console.error('--runs must be a positive integer, --seed an integer and --api-server a count (0: no API server)');
  process.exit(2);
}
const charts = listCharts().filter((c) => !values.chart || values.chart.includes(c.name));
let failures = 0;
for (const chart of charts) {
  const started = Date.now();
  const oracle = oracleFor(chartFuzzInput(chart), { apiServerEvery });
  const { tally, found } = await runCampaign(oracle, { runs, seed, stopAtFirst: false });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const verdicts = Object.entries(tally).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`${chart.name} (seed ${seed}, ${runs} cases, ${seconds}s): ${verdicts}; judged by the API server ${oracle.serverChecked()}`);
  for (const f of found) {
    failures++;
    console.log(`  ${f.failureClass}: changed ${f.valuesCase.mutations.map((m) => `${m.path.join('.')}=${JSON.stringify(m.value)}`).join(' ')} (from ${f.valuesCase.scenario})`);
    for (const line of f.message.split('\n').slice(0, 4)) console.log(`      ${line}`);
    if (values.save) console.log(`      kept as ${saveFixture(f)}`);
  }
}
process.exit(failures > 0 ? 1 : 0);
