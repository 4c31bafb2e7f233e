import { parseArgs } from 'node:util';
import path from 'node:path';
import { InputError } from './pattern/issues.ts';
import { buildCharts, defaultPatternFiles } from './pipeline.ts';
import { chartsDir } from './tools/paths.ts';
import { findDrift } from './write/drift.ts';
import { writeChartsAtomically } from './write/atomic-write.ts';
import { runChecks } from './checks/run-checks.ts';
import { staleTypeFiles, writeTypeFiles } from './emit/typescript-types.ts';

const usage = `Usage: wso2-charts <command> [options]

Commands:
  generate [--check] [--out DIR] [PATTERN...]   generate charts/ from patterns/ (--check: fail on drift)
  validate [--chart NAME]                        run every chart check and print a report
  validate-manifests [kubeconform flags] FILE…   validate Kubernetes manifests (kubeconform-compatible)
  package [options]                              package and sign charts into dist/
  publish repo|oci|record|check [options]        publish packaged charts to a chart repository or OCI registry
`;

async function generate(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { check: { type: 'boolean', default: false }, out: { type: 'string' } },
  });
  const outputDir = path.resolve(values.out ?? chartsDir);
  const patternFiles = positionals.length > 0 ? positionals.map((p) => path.resolve(p)) : defaultPatternFiles();
  const charts = await buildCharts(patternFiles);
  // Types are made from the repository's own charts/, not from another output directory.
  const ownCharts = outputDir === chartsDir;
  if (values.check) {
    const drift = findDrift(outputDir, charts);
    const staleTypes = ownCharts ? await staleTypeFiles() : [];
    if (drift.length > 0 || staleTypes.length > 0) {
      console.error(`${path.relative(process.cwd(), outputDir) || '.'} is stale; run \`npm run generate\`:`);
      for (const d of drift) console.error(`  ${d.kind.padEnd(10)} ${d.file}`);
      for (const file of staleTypes) console.error(`  ${'changed'.padEnd(10)} ${file}`);
      return 1;
    }
    console.log(`${[...charts.keys()].join(', ')}: up to date`);
    return 0;
  }
  await writeChartsAtomically(outputDir, charts);
  if (ownCharts) await writeTypeFiles();
  const count = [...charts.values()].reduce((n, files) => n + files.size, 0);
  console.log(`generated ${charts.size} chart(s), ${count} files in ${path.relative(process.cwd(), outputDir) || '.'}`);
  return 0;
}

async function validate(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { chart: { type: 'string', multiple: true } } });
  return runChecks(values.chart ?? []);
}

/** Subcommands owned by other parts of the project, loaded on demand. */
const delegated: Record<string, () => Promise<{ main: (argv: string[]) => Promise<number> }>> = {
  'validate-manifests': () => import('../validator/cli.ts'),
  package: () => import('../publish/cli.ts'),
  publish: () => import('../publish/cli.ts'),
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'generate':
        return await generate(rest);
      case 'validate':
        return await validate(rest);
      case undefined:
      case '-h':
      case '--help':
        console.log(usage);
        return command === undefined ? 2 : 0;
      default: {
        const load = delegated[command];
        if (!load) {
          console.error(`unknown command "${command}"\n\n${usage}`);
          return 2;
        }
        // publish/cli.ts dispatches on its first argument: `package`, or publish's `repo|oci|record|check`.
        const args = command === 'package' ? [command, ...rest] : rest;
        try {
          return await (await load()).main(args);
        } catch (error) {
          if (error instanceof InputError) throw error;
          console.error(`${command}: ${(error as Error).message}`);
          return 1;
        }
      }
    }
  } catch (error) {
    if (error instanceof InputError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
