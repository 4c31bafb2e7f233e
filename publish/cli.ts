import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { listCharts } from '../generator/tools/charts.ts';
import { repoRoot, toolsBin } from '../generator/tools/paths.ts';
import { publishToRepo } from './chart-repo.ts';
import { releaseCheck } from './checks.ts';
import { pushToRegistry } from './oci.ts';
import { findPackages, packageCharts } from './package-charts.ts';
import { recordReleases } from './release-discipline.ts';
import { readReleaseKey } from './release-key.ts';
import { defaultRecordFile } from './release-record.ts';
import { resolveSigningKey, signingEnv } from './signing.ts';

const usage = `Usage: wso2-charts <command> [options] [chart...]

Commands (charts default to every chart under charts/):
  package   Package and sign charts into dist/ (helm package --sign, then helm verify)
              --key NAME              GnuPG user id of the signing key   (env ${signingEnv.key})
              --keyring FILE          legacy secret keyring               (env ${signingEnv.keyring}; default ~/.gnupg/secring.gpg)
              --passphrase-file FILE  the key's passphrase, if it has one (env ${signingEnv.passphraseFile})
              --out DIR               default dist
              --any-key               allow a key other than releases/signing-key.yaml's (private builds)
  repo      Add the packages in dist/ to a classic chart repository directory
              --repo-dir DIR          required; served as the repository (e.g. a gh-pages checkout)
              --from DIR              default dist
              --url URL               absolute base URL for the packages (default: relative URLs)
  oci       Push the packages in dist/ (with their provenance) to an OCI registry
              --registry oci://HOST[:PORT]/NAMESPACE   required
              --plain-http            for a local registry without TLS
              --from DIR              default dist
  record    Record each chart's current version and content digest in releases/charts.yaml
  check     Check Artifact Hub annotations and version bumps (as \`npm run validate\` does)
              --released              also require every current version to be recorded

Common: --helm helm3|helm4 (default helm3), --record FILE (default releases/charts.yaml)`;

function chartDirs(names: readonly string[]): string[] {
  const charts = listCharts();
  if (names.length === 0) {
    if (charts.length === 0) throw new Error(`no charts under ${path.join(repoRoot, 'charts')}: run \`npm run generate\` first`);
    return charts.map((c) => c.dir);
  }
  return names.map((name) => {
    const chart = charts.find((c) => c.name === name);
    if (chart) return chart.dir;
    if (listCharts(path.dirname(path.resolve(name))).some((c) => c.dir === path.resolve(name))) return path.resolve(name);
    throw new Error(`chart "${name}" not found: expected a chart under charts/ (${charts.map((c) => c.name).join(', ') || 'none'}) or a chart directory`);
  });
}

/** Runs one publishing command; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      key: { type: 'string' },
      keyring: { type: 'string' },
      'passphrase-file': { type: 'string' },
      out: { type: 'string', default: 'dist' },
      from: { type: 'string', default: 'dist' },
      'repo-dir': { type: 'string' },
      url: { type: 'string' },
      registry: { type: 'string' },
      'plain-http': { type: 'boolean', default: false },
      helm: { type: 'string', default: 'helm3' },
      record: { type: 'string', default: defaultRecordFile },
      released: { type: 'boolean', default: false },
      'any-key': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || command === undefined || command === 'help') {
    console.log(usage);
    return command === undefined ? 2 : 0;
  }
  if (values.helm !== 'helm3' && values.helm !== 'helm4') throw new Error(`--helm ${values.helm}: expected helm3 or helm4`);
  const helmBin = path.join(toolsBin, values.helm);
  const artifactHubRepoFile = path.join(repoRoot, 'releases', 'artifacthub-repo.yml');

  switch (command) {
    case 'package': {
      const key = resolveSigningKey({ key: values.key, keyring: values.keyring, passphraseFile: values['passphrase-file'] });
      const releaseKey = values['any-key'] ? undefined : readReleaseKey();
      const packages = await packageCharts(chartDirs(positionals), {
        outDir: path.resolve(values.out),
        key,
        helmBin,
        ...(releaseKey ? { expectFingerprint: releaseKey.fingerprint } : {}),
      });
      for (const p of packages) console.log(`packaged ${p.name} ${p.version}: ${path.relative(process.cwd(), p.tgz)} (+ .prov, verified, key ${p.signerFingerprint}) ${p.contentDigest}`);
      return 0;
    }
    case 'repo': {
      if (!values['repo-dir']) throw new Error('repo: --repo-dir DIR is required');
      const outcomes = await publishToRepo(findPackages(path.resolve(values.from)), {
        repoDir: path.resolve(values['repo-dir']),
        helmBin,
        artifactHubRepoFile,
        ...(values.url ? { url: values.url } : {}),
      });
      for (const o of outcomes) console.log(`${o.action === 'add' ? 'added' : 'already published, unchanged'}: ${o.pkg.name} ${o.pkg.version}`);
      return 0;
    }
    case 'oci': {
      if (!values.registry) throw new Error('oci: --registry oci://HOST[:PORT]/NAMESPACE is required');
      const outcomes = await pushToRegistry(findPackages(path.resolve(values.from)), {
        registry: values.registry,
        helmBin,
        plainHttp: values['plain-http'],
      });
      for (const o of outcomes) console.log(`${o.action === 'add' ? 'pushed' : 'already published, unchanged'}: ${o.reference}`);
      return 0;
    }
    case 'record': {
      const outcomes = await recordReleases(chartDirs(positionals), { recordFile: values.record, helmBin });
      for (const o of outcomes) console.log(`${o.action}: ${o.chart} ${o.version}`);
      return 0;
    }
    case 'check': {
      const charts = chartDirs(positionals).map((dir) => ({ name: path.basename(dir), dir, scenarios: [], requiredValues: [] }));
      const check = releaseCheck({ recordFile: values.record, helmBin, requireRecorded: values.released });
      const results = await check.run(charts);
      for (const r of results) {
        console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.check} ${r.target}`);
        for (const p of r.problems) console.log(`     ${p}`);
      }
      return results.every((r) => r.ok) ? 0 : 1;
    }
    default:
      console.error(`unknown command "${command}"\n\n${usage}`);
      return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
