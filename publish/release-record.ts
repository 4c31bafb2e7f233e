import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { repoRoot } from '../generator/tools/paths.ts';
import type { Change } from './artifacthub-annotations.ts';
import { compareSemver, isSemver } from './semver.ts';

/** What was released as one chart version. */
export interface ReleasedVersion {
  /** packageContentDigest of the released package. */
  readonly contentDigest: string;
  /** Its `artifacthub.io/changes`, so the next version can be told to describe its own. */
  readonly changes: readonly Change[];
}

/** chart name → version → what was released. */
export type ReleaseRecord = Record<string, Record<string, ReleasedVersion>>;

export const defaultRecordFile = path.join(repoRoot, 'releases', 'charts.yaml');

const header = `# Every released chart version and the digest of its packaged content (see
# publish/README.md). Written by \`npm run release:record\`; read by the version-bump
# check of \`npm run validate\`. Never edit a recorded entry: bump the chart instead.
`;

/** Reads the record; an absent file is an empty record. Fails naming the bad entry. */
export function readRecord(file: string = defaultRecordFile): ReleaseRecord {
  if (!existsSync(file)) return {};
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: expected a mapping of chart name to versions`);
  const record: ReleaseRecord = {};
  for (const [chart, versions] of Object.entries(data as Record<string, unknown>)) {
    if (versions === null || typeof versions !== 'object' || Array.isArray(versions)) {
      throw new Error(`${file}: .${chart}: expected a mapping of version to {contentDigest, changes}`);
    }
    const entries: Record<string, ReleasedVersion> = {};
    for (const [version, entry] of Object.entries(versions as Record<string, unknown>)) {
      const at = `${file}: .${chart}["${version}"]`;
      if (!isSemver(version)) throw new Error(`${at}: expected a semantic version as the key`);
      const e = (entry ?? {}) as { contentDigest?: unknown; changes?: unknown };
      if (typeof e.contentDigest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(e.contentDigest)) {
        throw new Error(`${at}.contentDigest: expected sha256:<64 hex digits>`);
      }
      if (!Array.isArray(e.changes)) throw new Error(`${at}.changes: expected a list`);
      entries[version] = { contentDigest: e.contentDigest, changes: e.changes as Change[] };
    }
    record[chart] = entries;
  }
  return record;
}

/** Writes the record with charts and versions sorted, atomically. */
export function writeRecord(record: ReleaseRecord, file: string = defaultRecordFile): void {
  const sorted: ReleaseRecord = {};
  for (const chart of Object.keys(record).sort()) {
    const versions = record[chart] ?? {};
    sorted[chart] = Object.fromEntries(Object.keys(versions).sort(compareSemver).map((v) => [v, versions[v] as ReleasedVersion]));
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  writeFileSync(partial, header + stringify(sorted, { lineWidth: 0 }));
  renameSync(partial, file);
}
