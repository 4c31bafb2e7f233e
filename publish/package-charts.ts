import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readChartMeta, packageFileName } from './chart-meta.ts';
import { inspectPackage } from './package-identity.ts';
import { mustRun } from './run.ts';
import { signArgs } from './signing.ts';
import type { SigningKey } from './signing.ts';

/** A packaged, signed chart: `<name>-<version>.tgz` with its `.prov` beside it. */
export interface ChartPackage {
  readonly name: string;
  readonly version: string;
  readonly tgz: string;
  readonly prov: string;
  /** See packageContentDigest: equal for equal chart content, whatever the archive's timestamps. */
  readonly contentDigest: string;
}

/** A package just made here, with the fingerprint `helm verify` reported for its signature. */
export interface SignedPackage extends ChartPackage {
  readonly signerFingerprint: string;
}

export interface PackageOptions {
  readonly outDir: string;
  readonly key: SigningKey;
  /** The helm binary that packages and verifies. */
  readonly helmBin: string;
  /** When set, a signature by any other key fails (the release key that charts name in signKey). */
  readonly expectFingerprint?: string;
}

/** Packages and signs one chart directory, then checks the signature with `helm verify`. */
export async function packageChart(chartDir: string, options: PackageOptions): Promise<SignedPackage> {
  const meta = readChartMeta(chartDir);
  mkdirSync(options.outDir, { recursive: true });
  await mustRun(options.helmBin, ['package', chartDir, '--destination', options.outDir, ...signArgs(options.key)]);
  const tgz = path.join(options.outDir, packageFileName(meta));
  const prov = `${tgz}.prov`;
  if (!existsSync(tgz) || !existsSync(prov)) {
    throw new Error(`helm package ${chartDir} did not write ${tgz} and ${prov}`);
  }
  // A secret keyring also carries the public key, so it verifies too.
  const verified = await mustRun(options.helmBin, ['verify', tgz, '--keyring', options.key.keyring]);
  const signerFingerprint = /Using Key With Fingerprint: ([0-9A-F]{40})/.exec(verified)?.[1];
  if (!signerFingerprint) throw new Error(`helm verify ${tgz} named no signing key fingerprint:\n${verified}`);
  if (options.expectFingerprint && signerFingerprint !== options.expectFingerprint) {
    throw new Error(
      `${tgz} is signed by key ${signerFingerprint}, but the charts name the release key ${options.expectFingerprint} ` +
        `(releases/signing-key.yaml) in artifacthub.io/signKey: sign with that key, or pass --any-key for a private build`,
    );
  }
  const identity = inspectPackage(tgz);
  if (identity.name !== meta.name || identity.version !== meta.version) {
    throw new Error(`${tgz} holds ${identity.name} ${identity.version}, expected ${meta.name} ${meta.version}`);
  }
  return { ...identity, tgz, prov, signerFingerprint };
}

/** Packages every chart directory in turn (helm signs one at a time). */
export async function packageCharts(chartDirs: readonly string[], options: PackageOptions): Promise<SignedPackage[]> {
  const packages: SignedPackage[] = [];
  for (const dir of chartDirs) packages.push(await packageChart(dir, options));
  return packages;
}

/** The signed packages already in a directory (e.g. `dist/`), sorted by file name. */
export function findPackages(dir: string): ChartPackage[] {
  if (!existsSync(dir)) throw new Error(`${dir} not found: run \`npm run package\` first`);
  const tgzs = readdirSync(dir).filter((f) => f.endsWith('.tgz')).sort();
  if (tgzs.length === 0) throw new Error(`${dir} holds no .tgz chart packages: run \`npm run package\` first`);
  return tgzs.map((file) => {
    const tgz = path.join(dir, file);
    const prov = `${tgz}.prov`;
    if (!existsSync(prov)) throw new Error(`${tgz} has no provenance file ${prov}: package with --sign`);
    return { ...inspectPackage(tgz), tgz, prov };
  });
}
