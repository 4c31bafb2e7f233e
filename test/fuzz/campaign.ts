import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { toYamlText } from '../../generator/emit/yaml-text.ts';
import { repoRoot } from '../../generator/tools/paths.ts';
import type { FailureClass, Oracle, Verdict } from './oracle.ts';
import { valuesCaseArbitrary, type MutationPoint, type ValuesCase } from './values-cases.ts';

export type Tally = Record<Verdict['kind'], number>;

export function emptyTally(): Tally {
  return { 'schema-invalid': 0, accepted: 0, 'rejected-by-chart': 0, 'caught-by-validator': 0, 'api-server-only': 0, failure: 0 };
}

export interface Found {
  readonly failureClass: FailureClass;
  readonly message: string;
  /** Shrunk by fast-check to the smallest values file that still fails the same way. */
  readonly valuesCase: ValuesCase;
}

export interface CampaignResult {
  readonly tally: Tally;
  readonly found: readonly Found[];
}

/**
 * Runs `runs` seeded cases against the oracle. With `stopAtFirst` (the test suite) it is
 * fast-check's assert loop; otherwise every case runs, and each failure class found is then
 * shrunk once from the same seed.
 */
export async function runCampaign(oracle: Oracle, options: { runs: number; seed: number; stopAtFirst: boolean }): Promise<CampaignResult> {
  const arbitrary = valuesCaseArbitrary(oracle.input);
  const tally = emptyTally();
  const classes = new Map<FailureClass, string>();
  const judgeCounted = async (c: ValuesCase): Promise<Verdict> => {
    const verdict = await oracle.judge(c);
    tally[verdict.kind]++;
    if (verdict.kind === 'failure' && !classes.has(verdict.failureClass)) classes.set(verdict.failureClass, verdict.message);
    return verdict;
  };
  if (options.stopAtFirst) {
    const found = await shrinkFirst(oracle, arbitrary, options, judgeCounted, () => true);
    return { tally, found: found ? [found] : [] };
  }
  for (const c of fc.sample(arbitrary, { seed: options.seed, numRuns: options.runs })) await judgeCounted(c);
  const found: Found[] = [];
  for (const failureClass of classes.keys()) {
    const shrunk = await shrinkFirst(oracle, arbitrary, options, (c) => oracle.judge(c), (v) => v === failureClass);
    if (shrunk) found.push(shrunk);
  }
  return { tally, found };
}

async function shrinkFirst(
  oracle: Oracle,
  arbitrary: fc.Arbitrary<ValuesCase>,
  options: { runs: number; seed: number },
  judge: (c: ValuesCase) => Promise<Verdict>,
  matches: (failureClass: FailureClass) => boolean,
): Promise<Found | undefined> {
  let last: Found | undefined;
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (c) => {
      const verdict = await judge(c);
      if (verdict.kind !== 'failure' || !matches(verdict.failureClass)) return true;
      last = { failureClass: verdict.failureClass, message: verdict.message, valuesCase: c };
      return false;
    }),
    { seed: options.seed, numRuns: options.runs, endOnFailure: false },
  );
  if (!details.failed || !details.counterexample) return undefined;
  // fast-check's last failing run is the shrunk counterexample; its verdict was recorded then.
  const [counterexample] = details.counterexample;
  if (last && last.valuesCase !== counterexample) {
    const verdict = await oracle.judge(counterexample);
    if (verdict.kind === 'failure') last = { failureClass: verdict.failureClass, message: verdict.message, valuesCase: counterexample };
  }
  return last;
}

/** Where found failures are kept, one folder per chart; the suite replays every file. */
export function fixtureDir(chart: string): string {
  return path.join(repoRoot, 'test', 'fixtures', 'fuzz', chart);
}

export function saveFixture(found: Found): string {
  const dir = fixtureDir(found.valuesCase.chart);
  mkdirSync(dir, { recursive: true });
  const body = toYamlText(found.valuesCase.values);
  const id = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const file = path.join(dir, `${found.failureClass}-${id}.yaml`);
  const header = [
    `# Found by the values fuzzer (${found.failureClass}), shrunk; replayed by test/fuzz/values-fuzz.test.ts.`,
    `# Starts from the ${found.valuesCase.scenario} scenario; changed: ${found.valuesCase.mutations.map((m) => m.path.join('.')).join(', ')}`,
    ...found.message.split('\n').slice(0, 6).map((line) => `#   ${line}`.trimEnd()),
  ];
  writeFileSync(file, `${header.join('\n')}\n${body}`);
  return file;
}

/**
 * The kept failures of a chart, as values cases: the whole file is the user's values, and its
 * header names the scenario it started from and the values the fuzzer changed, so a fault can
 * still be told apart as the chart's or a Kubernetes-shaped value's (see the oracle).
 */
export function loadFixtures(chart: string, points: readonly MutationPoint[] = []): { file: string; valuesCase: ValuesCase }[] {
  const dir = fixtureDir(chart);
  if (!existsSync(dir)) return [];
  const pointAt = new Map(points.map((p) => [p.path.join('.'), p.path]));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const text = readFileSync(file, 'utf8');
      const values = (parse(text) ?? {}) as Record<string, unknown>;
      const origin = /^# Starts from the (\S+) scenario; changed: (.*)$/m.exec(text);
      const changed = (origin?.[2] ?? '').split(', ').map((p) => pointAt.get(p));
      // Without every changed value placed, the file stands for itself: any fault is the chart's.
      if (!origin?.[1] || changed.some((p) => p === undefined)) return { file, valuesCase: { chart, scenario: 'fixture', mutations: [], values } };
      const mutations = changed.map((p) => ({ path: p ?? [], value: valueAt(values, p ?? []) }));
      return { file, valuesCase: { chart, scenario: origin[1], mutations, values } };
    });
}

function valueAt(values: unknown, at: readonly string[]): unknown {
  return at.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), values);
}
