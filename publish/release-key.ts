import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../generator/tools/paths.ts';

/** The project's release signing key, as Artifact Hub's `signKey` names it. */
export interface ReleaseKey {
  readonly fingerprint: string;
  readonly url: string;
}

export const defaultReleaseKeyFile = path.join(repoRoot, 'releases', 'signing-key.yaml');

/** The configured release key, or undefined while the project has none (both fields null). */
export function readReleaseKey(file: string = defaultReleaseKeyFile): ReleaseKey | undefined {
  if (!existsSync(file)) return undefined;
  const data = (parse(readFileSync(file, 'utf8')) ?? {}) as { fingerprint?: unknown; url?: unknown };
  if (data.fingerprint === null && data.url === null) return undefined;
  const { fingerprint, url } = data;
  if (typeof fingerprint !== 'string' || !/^[0-9A-F]{40}$/.test(fingerprint)) {
    throw new Error(`${file}: .fingerprint: expected the key's 40 upper-case hex digit fingerprint, found ${JSON.stringify(fingerprint)}`);
  }
  if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url)) {
    throw new Error(`${file}: .url: expected the http(s) URL of the public key, found ${JSON.stringify(url)}`);
  }
  return { fingerprint, url };
}
