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

/** How a stage is run: whether to stop early, and where to report how far it got. */
export interface CheckContext {
  /** Stop taking new work after the first failed result (`validate --fail-fast`). */
  readonly failFast: boolean;
  /** Called as results come in, with how many of how many are done. */
  readonly progress: (done: number, total: number) => void;
}

export const defaultContext: CheckContext = { failFast: false, progress: () => {} };

/** One stage of `npm run validate`. Checks never throw for a failed verdict. */
export interface Check {
  readonly name: string;
  run(charts: readonly ChartUnderTest[], context?: CheckContext): Promise<CheckResult[]>;
}

/**
 * Runs one step per job, `concurrency` at a time (helm and the validator are processes and
 * CPU-bound: two by default), reporting progress; under fail-fast no job starts after a
 * failure. Results are sorted by target, so a report does not depend on scheduling.
 */
export async function runJobs<Job>(
  jobs: readonly Job[],
  step: (job: Job) => Promise<CheckResult>,
  context: CheckContext = defaultContext,
  concurrency = 2,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const queue = [...jobs];
  let failed = false;
  const worker = async (): Promise<void> => {
    for (let job = queue.shift(); job !== undefined && !(context.failFast && failed); job = queue.shift()) {
      const result = await step(job);
      results.push(result);
      if (!result.ok) failed = true;
      context.progress(results.length, jobs.length);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results.sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
}
