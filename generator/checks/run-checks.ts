import type { ChartUnderTest } from '../tools/charts.ts';
import type { Check, CheckResult } from './check.ts';
import { checks as registeredChecks } from './registry.ts';

/** One stage of a validation run, as the reporters see it. */
export interface StageReport {
  readonly name: string;
  /** `not-run`: an earlier stage failed under --fail-fast. */
  readonly status: 'passed' | 'failed' | 'not-run';
  readonly seconds: number;
  readonly results: readonly CheckResult[];
}

/** Everything a validation run found: the data behind the text, JSON and JUnit reports. */
export interface ValidationReport {
  readonly charts: readonly string[];
  readonly failFast: boolean;
  readonly stages: readonly StageReport[];
  readonly passed: number;
  readonly failed: number;
  readonly ok: boolean;
  readonly seconds: number;
}

/** Told about the run as it goes; text and progress reporters print from here. */
export interface RunListener {
  stageStarted?(name: string, index: number, count: number): void;
  stageProgress?(name: string, done: number, total: number): void;
  stageFinished?(stage: StageReport, index: number, count: number): void;
}

export interface RunOptions {
  readonly failFast?: boolean;
  readonly listener?: RunListener;
  /** The stages to run; by default those of generator/checks/registry.ts. */
  readonly checks?: readonly Check[];
}

const seconds = (since: number): number => Math.round((performance.now() - since) / 100) / 10;

/**
 * Runs the stages in order over the charts and collects every result. With fail-fast, the
 * first failing check stops its stage from starting new work and the stages after it are
 * reported as not run. Never throws for a verdict.
 */
export async function runValidation(charts: readonly ChartUnderTest[], options: RunOptions = {}): Promise<ValidationReport> {
  const started = performance.now();
  const checks = options.checks ?? registeredChecks;
  const failFast = options.failFast ?? false;
  const listener = options.listener ?? {};
  const stages: StageReport[] = [];
  let stopped = false;
  for (const [index, check] of checks.entries()) {
    if (stopped) {
      stages.push({ name: check.name, status: 'not-run', seconds: 0, results: [] });
      continue;
    }
    listener.stageStarted?.(check.name, index, checks.length);
    const stageStarted = performance.now();
    const results = await check.run(charts, {
      failFast,
      progress: (done, total) => listener.stageProgress?.(check.name, done, total),
    });
    const ok = results.every((r) => r.ok);
    const stage: StageReport = { name: check.name, status: ok ? 'passed' : 'failed', seconds: seconds(stageStarted), results };
    stages.push(stage);
    listener.stageFinished?.(stage, index, checks.length);
    if (!ok && failFast) stopped = true;
  }
  const all = stages.flatMap((s) => s.results);
  const failed = all.filter((r) => !r.ok).length;
  return {
    charts: charts.map((c) => c.name),
    failFast,
    stages,
    passed: all.length - failed,
    failed,
    ok: failed === 0 && stages.every((s) => s.status !== 'not-run'),
    seconds: seconds(started),
  };
}
