import semver from 'semver';

/**
 * Chart versions as helm reads them: a full semantic version (`1.2.3`, `1.2.3-rc.1`,
 * `1.2.3+build`), not a range, not `v1.2.3`, no surrounding spaces. Parsing and ordering
 * are the `semver` package's; only the stricter spelling is checked here.
 */
export function isSemver(version: string): boolean {
  return /^\d/.test(version) && semver.parse(version)?.raw === version;
}

/** Negative, zero or positive as `a` is lower than, equal to or higher than `b` (semver precedence; build metadata ignored). */
export function compareSemver(a: string, b: string): number {
  for (const version of [a, b]) if (!isSemver(version)) throw new Error(`not a semantic version: "${version}"`);
  return semver.compare(a, b);
}
