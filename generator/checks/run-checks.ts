import { listCharts } from '../tools/charts.ts';
import type { CheckResult } from './check.ts';
import { checks } from './registry.ts';

/** Runs every registered check over the charts and prints a report; returns the exit code. */
export async function runChecks(onlyCharts: readonly string[] = []): Promise<number> {
  const charts = listCharts().filter((c) => onlyCharts.length === 0 || onlyCharts.includes(c.name));
  if (charts.length === 0) {
    console.error(onlyCharts.length ? `no chart named ${onlyCharts.join(', ')} under charts/` : 'no charts under charts/: run `npm run generate`');
    return 1;
  }
  let failed = 0;
  let passed = 0;
  for (const check of checks) {
    const started = Date.now();
    const results: CheckResult[] = await check.run(charts);
    const bad = results.filter((r) => !r.ok);
    failed += bad.length;
    passed += results.length - bad.length;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`${bad.length === 0 ? 'PASS' : 'FAIL'}  ${check.name}: ${results.length - bad.length}/${results.length} ok (${seconds}s)`);
    for (const result of bad) {
      console.log(`      ✗ ${result.target}`);
      for (const problem of result.problems) console.log(`          ${problem.replace(/\n/g, '\n          ')}`);
    }
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}
