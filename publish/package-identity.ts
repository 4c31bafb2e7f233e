import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readTarGz } from './tar.ts';

/** JSON with object keys sorted, so equal data always gives equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The digest of what a chart package contains, independent of how it was archived.
 * `helm package` stamps each tar entry with the current time, so two packages of the
 * same chart differ byte for byte; this digest does not. It covers every file's path
 * and bytes, except Chart.yaml, which helm re-serialises itself and which is digested
 * as its parsed data.
 */
export function packageContentDigest(tgzPath: string): string {
  return inspectPackage(tgzPath).contentDigest;
}

/** What a chart package is: its Chart.yaml's name and version, and its content digest. */
export interface PackageIdentity {
  readonly name: string;
  readonly version: string;
  readonly contentDigest: string;
}

export function inspectPackage(tgzPath: string): PackageIdentity {
  const entries = readTarGz(readFileSync(tgzPath), tgzPath);
  const chartYaml = entries.find((file) => /^[^/]+\/Chart\.yaml$/.test(file.path));
  if (!chartYaml) throw new Error(`${tgzPath}: no <chart>/Chart.yaml inside: not a helm chart package`);
  const meta: unknown = parse(chartYaml.data.toString('utf8'));
  const { name, version } = (meta ?? {}) as { name?: unknown; version?: unknown };
  if (typeof name !== 'string' || typeof version !== 'string') {
    throw new Error(`${tgzPath}: ${chartYaml.path}: expected string fields name and version`);
  }
  const files = entries
    .map((file) => {
      const isChartYaml = file.path.endsWith('/Chart.yaml');
      const bytes = isChartYaml ? Buffer.from(canonicalJson(parse(file.data.toString('utf8')))) : file.data;
      return { path: file.path, sha: createHash('sha256').update(bytes).digest('hex') };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.path}\0${file.sha}\n`);
  return { name, version, contentDigest: `sha256:${hash.digest('hex')}` };
}
