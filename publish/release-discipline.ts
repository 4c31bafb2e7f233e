import path from 'node:path';
import { checkArtifactHubAnnotations, parseChanges } from './artifacthub-annotations.ts';
import { readChartMeta } from './chart-meta.ts';
import { chartContentDigest } from './chart-digest.ts';
import { defaultReleaseKeyFile, readReleaseKey } from './release-key.ts';
import { readRecord, writeRecord, defaultRecordFile } from './release-record.ts';
import type { ReleaseRecord } from './release-record.ts';
import { compareSemver, isSemver } from './semver.ts';

export interface DisciplineOptions {
  readonly recordFile?: string;
  readonly helmBin: string;
  /** For a release: the chart's current version must already be recorded, and the release key configured. */
  readonly requireRecorded?: boolean;
  /** Default releases/signing-key.yaml. */
  readonly releaseKeyFile?: string;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Why a chart directory breaks release discipline (empty when it does not):
 * a recorded version whose content changed, a new version that is not above every
 * recorded one, or a new version whose `artifacthub.io/changes` is missing or is the
 * previous version's list unchanged.
 */
export async function releaseProblems(chartDir: string, record: ReleaseRecord, options: DisciplineOptions): Promise<string[]> {
  const recordFile = options.recordFile ?? defaultRecordFile;
  const chartFile = path.join(chartDir, 'Chart.yaml');
  const meta = readChartMeta(chartDir);
  if (!isSemver(meta.version)) return [`${chartFile}: .version: expected a semantic version, found "${meta.version}"`];
  const problems: string[] = [];
  const changes = parseChanges(chartFile, meta.annotations['artifacthub.io/changes'], problems);
  const released = record[meta.name] ?? {};
  const entry = released[meta.version];
  const { contentDigest } = await chartContentDigest(chartDir, options.helmBin);
  if (entry) {
    if (entry.contentDigest !== contentDigest) {
      problems.push(
        `${chartFile}: .version: ${meta.name} ${meta.version} was released with other content ` +
          `(${recordFile} records ${entry.contentDigest}, the chart now packages to ${contentDigest}): ` +
          `bump the chart's version and describe the change in artifacthub.io/changes`,
      );
    }
    return problems;
  }
  if (options.requireRecorded) {
    problems.push(`${chartFile}: .version: ${meta.name} ${meta.version} is not in ${recordFile}: run \`npm run release:record\` and commit it before releasing`);
  }
  const previous = Object.keys(released).sort(compareSemver).at(-1);
  if (previous !== undefined && compareSemver(meta.version, previous) <= 0) {
    problems.push(`${chartFile}: .version: ${meta.version} is not above the last released ${meta.name} ${previous} (${recordFile}): pick a higher version`);
  }
  if (changes.length === 0 && !problems.some((p) => p.includes('artifacthub.io/changes'))) {
    problems.push(`${chartFile}: .annotations["artifacthub.io/changes"]: a new version must list its changes ({kind, description})`);
  }
  const last = previous === undefined ? undefined : released[previous];
  if (last && changes.length > 0 && same(changes, last.changes)) {
    problems.push(
      `${chartFile}: .annotations["artifacthub.io/changes"]: still lists ${meta.name} ${previous}'s changes: describe what ${meta.version} changes`,
    );
  }
  return problems;
}

/** Artifact Hub annotations, then release discipline, for one chart. */
export async function publishingProblems(chartDir: string, record: ReleaseRecord, options: DisciplineOptions): Promise<string[]> {
  const chartFile = path.join(chartDir, 'Chart.yaml');
  const keyFile = options.releaseKeyFile ?? defaultReleaseKeyFile;
  const releaseKey = readReleaseKey(keyFile);
  const problems = checkArtifactHubAnnotations(chartFile, readChartMeta(chartDir), releaseKey);
  if (options.requireRecorded && !releaseKey) {
    problems.push(`${keyFile}: .fingerprint: a release needs the release signing key's fingerprint and public key url`);
  }
  return [...problems, ...(await releaseProblems(chartDir, record, options))];
}

export interface RecordOutcome {
  readonly chart: string;
  readonly version: string;
  readonly action: 'recorded' | 'unchanged';
}

/**
 * Records each chart's current version as released. Refuses (before writing) a chart
 * that breaks release discipline, so the record only ever grows with new versions.
 */
export async function recordReleases(chartDirs: readonly string[], options: DisciplineOptions): Promise<RecordOutcome[]> {
  const recordFile = options.recordFile ?? defaultRecordFile;
  const record = readRecord(recordFile);
  const problems: string[] = [];
  const outcomes: RecordOutcome[] = [];
  for (const dir of chartDirs) {
    const chartProblems = await publishingProblems(dir, record, { ...options, requireRecorded: false });
    if (chartProblems.length > 0) {
      problems.push(...chartProblems);
      continue;
    }
    const meta = readChartMeta(dir);
    if (record[meta.name]?.[meta.version]) {
      outcomes.push({ chart: meta.name, version: meta.version, action: 'unchanged' });
      continue;
    }
    const { contentDigest } = await chartContentDigest(dir, options.helmBin);
    const changes = parseChanges(path.join(dir, 'Chart.yaml'), meta.annotations['artifacthub.io/changes'], []);
    record[meta.name] = { ...record[meta.name], [meta.version]: { contentDigest, changes } };
    outcomes.push({ chart: meta.name, version: meta.version, action: 'recorded' });
  }
  if (problems.length > 0) throw new Error(`nothing recorded in ${recordFile}:\n${problems.join('\n')}`);
  if (outcomes.some((o) => o.action === 'recorded')) writeRecord(record, recordFile);
  return outcomes;
}
