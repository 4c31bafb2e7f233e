import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listCharts, type ChartUnderTest } from '../../generator/tools/charts.ts';
import { repoRoot } from '../../generator/tools/paths.ts';
import { ajvVerdict, checkerNames, helmVerdicts, namesPath, type Verdict } from './checkers.ts';

/**
 * The bad-values catalog: every file under test/fixtures/bad-values/<chart>/ is a values file
 * a user could write by mistake. Its header says which layer must catch it and the value
 * path(s) the messages must name:
 *   # caught-by: schema | validateValues
 *   # expect: store.ports.servlet-https.containerPort
 * A schema mistake must be rejected by ajv and by helm lint/template on helm 3 and helm 4,
 * each naming the path. A broken cross-field rule is beyond the schema (ajv accepts it) and
 * must be rejected by the chart's validateValues on both helms. `helm lint` judges values with
 * the defaults a user set to null still in place, so a fixture whose rule depends on a null
 * says `# lint-blind: <why>` and lint is tallied for it, not required.
 * Every good scenario must pass all five. */

interface BadValues {
  readonly chart: ChartUnderTest;
  readonly name: string;
  readonly file: string;
  readonly caughtBy: 'schema' | 'validateValues';
  readonly paths: readonly string[];
  readonly lintBlind: boolean;
}

const catalogDir = path.join(repoRoot, 'test', 'fixtures', 'bad-values');
const charts = listCharts();

function header(text: string, key: string): string[] {
  return [...text.matchAll(new RegExp(`^# ${key}: (.+)$`, 'gm'))].map((match) => match[1]!.trim());
}

function catalog(): BadValues[] {
  return charts.flatMap((chart) => {
    const dir = path.join(catalogDir, chart.name);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((file) => file.endsWith('.yaml'))
      .sort()
      .map((file) => {
        const text = readFileSync(path.join(dir, file), 'utf8');
        const [caughtBy] = header(text, 'caught-by');
        if (caughtBy !== 'schema' && caughtBy !== 'validateValues') throw new Error(`${file}: header "# caught-by: schema|validateValues" missing`);
        const paths = header(text, 'expect');
        if (paths.length === 0) throw new Error(`${file}: no "# expect: <value path>" header`);
        const lintBlind = header(text, 'lint-blind').length > 0;
        return { chart, name: `${chart.name}/${file.replace(/\.yaml$/, '')}`, file: path.join(dir, file), caughtBy, paths, lintBlind };
      });
  });
}

const cases = catalog();
const tally = new Map<string, { rejected: number; total: number }>(checkerNames.map((name) => [name, { rejected: 0, total: 0 }]));

function record(verdicts: readonly Verdict[]): void {
  for (const verdict of verdicts) {
    const entry = tally.get(verdict.checker)!;
    entry.total += 1;
    if (!verdict.ok) entry.rejected += 1;
  }
}

afterAll(() => {
  const lines = [...tally].map(([checker, { rejected, total }]) => `  ${checker.padEnd(15)} rejected ${rejected}/${total}`);
  console.log(`bad-values catalog: ${cases.length} files\n${lines.join('\n')}`);
});

describe('bad-values catalog', () => {
  it('holds at least 40 files over the charts, each chart covered', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const chart of charts) expect(cases.some((c) => c.chart === chart), `bad values for ${chart.name}`).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s is rejected, naming the path', async (_name, bad) => {
    const ajv = ajvVerdict(bad.chart, bad.file);
    const helms = await helmVerdicts(bad.chart, bad.file);
    record(bad.caughtBy === 'schema' ? [ajv, ...helms] : helms);
    if (bad.caughtBy === 'schema') {
      expect(ajv.ok, 'ajv accepted it').toBe(false);
      for (const expected of bad.paths) expect(namesPath(ajv.output, expected), `ajv names ${expected}:\n${ajv.output}`).toBe(true);
    } else {
      // The rule is beyond the schema: ajv accepts, validateValues must reject.
      expect(ajv.ok, `ajv:\n${ajv.output}`).toBe(true);
    }
    const required = bad.lintBlind ? helms.filter((verdict) => verdict.checker.endsWith('template')) : helms;
    for (const verdict of required) {
      expect(verdict.ok, `${verdict.checker} accepted it`).toBe(false);
      for (const expected of bad.paths) {
        expect(namesPath(verdict.output, expected), `${verdict.checker} names ${expected}:\n${verdict.output}`).toBe(true);
      }
      if (bad.caughtBy === 'validateValues') expect(verdict.output).toContain('VALUES VALIDATION');
    }
  });
});

describe.each(charts.map((chart) => [chart.name, chart] as const))('good scenarios of %s', (_name, chart) => {
  it.each(chart.scenarios.map((s) => [s.name, s] as const))('%s passes ajv, helm lint and helm template on both helms', async (_scenario, scenario) => {
    const verdicts = [ajvVerdict(chart, scenario.valuesFile), ...(await helmVerdicts(chart, scenario.valuesFile))];
    for (const verdict of verdicts) expect(verdict.ok, `${verdict.checker}:\n${verdict.output}`).toBe(true);
  });
});
