import { knownDisagreement, knownDisagreements, type KnownDisagreement } from './disagreements.ts';
import { kubectlValidateRelease, runKubectlValidate } from './kubectl-validate.ts';
import { podSecurityVersions, runPodSecurity } from './pod-security.ts';
import type { CaseVerdict } from './types.ts';

export { locateTestcases, type TestcasesLocation } from './testcases-dir.ts';
export { knownDisagreements, type KnownDisagreement } from './disagreements.ts';
export type { CaseVerdict, Mode, Source } from './types.ts';

export interface ConformanceRow {
  readonly source: CaseVerdict['source'];
  readonly mode: CaseVerdict['mode'];
  /** What our verdicts were measured with. */
  readonly against: string;
  readonly agreed: number;
  readonly total: number;
}

export interface ConformanceReport {
  readonly rows: readonly ConformanceRow[];
  readonly verdicts: readonly CaseVerdict[];
  /** Disagreements not in the committed list. */
  readonly unexpected: readonly CaseVerdict[];
  /** Listed disagreements that agree now (the list is stale). */
  readonly stale: readonly KnownDisagreement[];
}

/** Runs every source of the public test cases in every mode and compares with the list of known disagreements. */
export function conformanceReport(testcasesDir: string): ConformanceReport {
  const groups: { against: string; verdicts: CaseVerdict[] }[] = [
    ...(['drop-in', 'strict-api'] as const).map((mode) => ({ against: `validator -strict${mode === 'strict-api' ? ' -strict-api' : ''}, Kubernetes ${kubectlValidateRelease}, crds/ loaded`, verdicts: runKubectlValidate(testcasesDir, mode) })),
    ...podSecurityVersions.map((version) => ({ against: `podSecurityRestricted(pod, '${version}')`, verdicts: runPodSecurity(testcasesDir, version) })),
  ];
  const verdicts = groups.flatMap((group) => group.verdicts);
  const rows = groups.map(({ against, verdicts: group }) => ({
    source: group[0]!.source,
    mode: group[0]!.mode,
    against,
    agreed: group.filter((verdict) => verdict.expected === verdict.ours).length,
    total: group.length,
  }));
  const unexpected = verdicts.filter((verdict) => verdict.expected !== verdict.ours && !knownDisagreement(verdict));
  const stale = knownDisagreements.filter((known) => {
    const verdict = verdicts.find((candidate) => candidate.source === known.source && candidate.mode === known.mode && candidate.id === known.id);
    return !verdict || verdict.expected === verdict.ours;
  });
  return { rows, verdicts, unexpected, stale };
}

/** The report as `npm run conformance` prints it: the agreement table, then every disagreement with its reason. */
export function formatReport(report: ConformanceReport): string {
  const lines = ['source                         mode         agreement  measured with', ...report.rows.map((row) => `${row.source.padEnd(30)} ${row.mode.padEnd(12)} ${`${row.agreed}/${row.total}`.padEnd(10)} ${row.against}`), ''];
  for (const verdict of report.verdicts.filter((candidate) => candidate.expected !== candidate.ours)) {
    const known = knownDisagreement(verdict);
    lines.push(`${known ? 'known' : 'NEW  '} ${verdict.source} ${verdict.mode} ${verdict.id}: API server ${verdict.expected}s, we ${verdict.ours}: ${known?.reason ?? verdict.detail ?? verdict.reason}`);
  }
  for (const known of report.stale) lines.push(`STALE ${known.source} ${known.mode} ${known.id}: listed as a disagreement but agrees now; strike it from validator/conformance/disagreements.ts`);
  return lines.join('\n');
}
