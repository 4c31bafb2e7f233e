import path from 'node:path';
import { UsageError } from '../cli/errors.ts';
import { listCharts } from '../generator/tools/charts.ts';
import { repoRoot, toolsBin } from '../generator/tools/paths.ts';
import { publishToRepo } from './chart-repo.ts';
import { releaseCheck } from './checks.ts';
import { pushToRegistry } from './oci.ts';
import { findPackages, packageCharts } from './package-charts.ts';
import { recordReleases } from './release-discipline.ts';
import { readReleaseKey } from './release-key.ts';
import { resolveSigningKey } from './signing.ts';

/** The actions of `wso2-charts package` and `wso2-charts publish …`; each returns the exit code. */

export type HelmName = 'helm3' | 'helm4';

const helmBin = (helm: HelmName): string => path.join(toolsBin, helm);

function chartDirs(names: readonly string[]): string[] {
  const charts = listCharts();
  if (names.length === 0) {
    if (charts.length === 0) throw new UsageError(`no charts under ${path.join(repoRoot, 'charts')}: run \`npm run generate\` first`);
    return charts.map((c) => c.dir);
  }
  return names.map((name) => {
    const chart = charts.find((c) => c.name === name);
    if (chart) return chart.dir;
    if (listCharts(path.dirname(path.resolve(name))).some((c) => c.dir === path.resolve(name))) return path.resolve(name);
    throw new UsageError(`chart "${name}" not found: expected a chart under charts/ (${charts.map((c) => c.name).join(', ') || 'none'}) or a chart directory`);
  });
}

export interface PackageOptions {
  readonly key?: string;
  readonly keyring?: string;
  readonly passphraseFile?: string;
  readonly out: string;
  readonly anyKey: boolean;
  readonly helm: HelmName;
}

export async function packageCommand(charts: readonly string[], options: PackageOptions): Promise<number> {
  const key = resolveSigningKey({ key: options.key, keyring: options.keyring, passphraseFile: options.passphraseFile });
  const releaseKey = options.anyKey ? undefined : readReleaseKey();
  const packages = await packageCharts(chartDirs(charts), {
    outDir: path.resolve(options.out),
    key,
    helmBin: helmBin(options.helm),
    ...(releaseKey ? { expectFingerprint: releaseKey.fingerprint } : {}),
  });
  for (const p of packages) console.log(`packaged ${p.name} ${p.version}: ${path.relative(process.cwd(), p.tgz)} (+ .prov, verified, key ${p.signerFingerprint}) ${p.contentDigest}`);
  return 0;
}

export interface RepoOptions {
  readonly repoDir: string;
  readonly from: string;
  readonly url?: string;
  readonly helm: HelmName;
}

export async function repoCommand(options: RepoOptions): Promise<number> {
  const outcomes = await publishToRepo(findPackages(path.resolve(options.from)), {
    repoDir: path.resolve(options.repoDir),
    helmBin: helmBin(options.helm),
    artifactHubRepoFile: path.join(repoRoot, 'releases', 'artifacthub-repo.yml'),
    ...(options.url ? { url: options.url } : {}),
  });
  for (const o of outcomes) console.log(`${o.action === 'add' ? 'added' : 'already published, unchanged'}: ${o.pkg.name} ${o.pkg.version}`);
  return 0;
}

export interface OciOptions {
  readonly registry: string;
  readonly plainHttp: boolean;
  readonly from: string;
  readonly helm: HelmName;
}

export async function ociCommand(options: OciOptions): Promise<number> {
  const outcomes = await pushToRegistry(findPackages(path.resolve(options.from)), {
    registry: options.registry,
    helmBin: helmBin(options.helm),
    plainHttp: options.plainHttp,
  });
  for (const o of outcomes) console.log(`${o.action === 'add' ? 'pushed' : 'already published, unchanged'}: ${o.reference}`);
  return 0;
}

export interface RecordOptions {
  readonly record: string;
  readonly helm: HelmName;
}

export async function recordCommand(charts: readonly string[], options: RecordOptions): Promise<number> {
  const outcomes = await recordReleases(chartDirs(charts), { recordFile: options.record, helmBin: helmBin(options.helm) });
  for (const o of outcomes) console.log(`${o.action}: ${o.chart} ${o.version}`);
  return 0;
}

export interface ReleaseCheckCommandOptions extends RecordOptions {
  readonly released: boolean;
}

export async function checkCommand(charts: readonly string[], options: ReleaseCheckCommandOptions): Promise<number> {
  const targets = chartDirs(charts).map((dir) => ({ name: path.basename(dir), dir, scenarios: [], requiredValues: [] }));
  const check = releaseCheck({ recordFile: options.record, helmBin: helmBin(options.helm), requireRecorded: options.released });
  const results = await check.run(targets);
  for (const r of results) {
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.check} ${r.target}`);
    for (const p of r.problems) console.log(`     ${p}`);
  }
  return results.every((r) => r.ok) ? 0 : 1;
}
