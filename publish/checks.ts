import path from 'node:path';
import type { Check, CheckResult } from '../generator/checks/check.ts';
import type { ChartUnderTest } from '../generator/tools/charts.ts';
import { toolsBin } from '../generator/tools/paths.ts';
import { publishingProblems } from './release-discipline.ts';
import { defaultRecordFile, readRecord } from './release-record.ts';

export interface ReleaseCheckOptions {
  readonly recordFile?: string;
  readonly helmBin?: string;
  readonly requireRecorded?: boolean;
  readonly releaseKeyFile?: string;
}

/**
 * `npm run validate` stage: each chart carries valid Artifact Hub annotations and its
 * version was bumped if its packaged content differs from the released version's.
 */
export function releaseCheck(options: ReleaseCheckOptions = {}): Check {
  const recordFile = options.recordFile ?? defaultRecordFile;
  const helmBin = options.helmBin ?? path.join(toolsBin, 'helm3');
  return {
    name: 'release-discipline',
    async run(charts: readonly ChartUnderTest[]): Promise<CheckResult[]> {
      let record;
      try {
        record = readRecord(recordFile);
      } catch (error) {
        return [{ check: 'release-discipline', target: recordFile, ok: false, problems: [(error as Error).message] }];
      }
      const results: CheckResult[] = [];
      for (const chart of charts) {
        let problems: string[];
        try {
          problems = await publishingProblems(chart.dir, record, {
            recordFile,
            helmBin,
            requireRecorded: options.requireRecorded ?? false,
            ...(options.releaseKeyFile ? { releaseKeyFile: options.releaseKeyFile } : {}),
          });
        } catch (error) {
          problems = [(error as Error).message];
        }
        results.push({ check: 'release-discipline', target: chart.name, ok: problems.length === 0, problems });
      }
      return results;
    },
  };
}

/** What generator/checks/registry.ts registers. */
export const releaseDisciplineCheck: Check = releaseCheck();
