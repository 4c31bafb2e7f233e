import semver from 'semver';

/**
 * Orders Kubernetes minors (`1.9` before `1.30`), compared as the versions `1.9.0` and
 * `1.30.0`. Kept out of schemas/releases.ts, whose content is part of the schema cache key
 * (schemas/schema-store.ts `converterHash`): ordering is not conversion.
 */
export function compareMinors(a: string, b: string): number {
  return semver.compare(asVersion(a), asVersion(b));
}

function asVersion(minor: string): semver.SemVer {
  const version = semver.coerce(minor);
  if (!version) throw new Error(`not a Kubernetes minor version: "${minor}"`);
  return version;
}
