import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inspectPackage } from './package-identity.ts';
import type { PackageIdentity } from './package-identity.ts';
import { mustRun } from './run.ts';

/**
 * The content digest a chart directory would have once packaged: it is packaged
 * (unsigned, so no key is needed) into a scratch directory, so `.helmignore` and
 * helm's own rewriting apply exactly as at release time.
 */
export async function chartContentDigest(chartDir: string, helmBin: string): Promise<PackageIdentity> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'wso2-digest-'));
  try {
    await mustRun(helmBin, ['package', chartDir, '--destination', scratch]);
    const file = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
    if (!file) throw new Error(`helm package ${chartDir} wrote no package`);
    return inspectPackage(path.join(scratch, file));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
