import type { ChartUnderTest } from '../tools/charts.ts';

/** The outcome of one check on one target (a chart, a scenario, a helm version…). */
export interface CheckResult {
  readonly check: string;
  /** What was checked, e.g. `apim/01-sidecars helm4 k8s-1.35`. */
  readonly target: string;
  readonly ok: boolean;
  /** Why it failed (empty when ok); each line names file and path where known. */
  readonly problems: readonly string[];
}

/** One stage of `npm run validate`. Checks never throw for a failed verdict. */
export interface Check {
  readonly name: string;
  run(charts: readonly ChartUnderTest[]): Promise<CheckResult[]>;
}
