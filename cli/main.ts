import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { InputError } from '../generator/pattern/issues.ts';
import { repoRoot } from '../generator/tools/paths.ts';
import { contractFileIds, defaultContractId } from '../generator/scaffold/contracts.ts';
import { UsageError } from './errors.ts';
import { isEntryPoint } from '../validator/core/entry-point.ts';

/**
 * `wso2-charts <command>`: the one command line of the project, on commander. Every command
 * and subcommand has --help; usage mistakes (unknown command or option, missing argument)
 * exit 2 with one line and a hint to --help; problems the commands find exit 1; a failing
 * tool or file is reported in one line, never as a stack trace. Each command's work is
 * imported when it runs, so --help and --version load nothing but this file (and the list of
 * product contracts `new` offers, a directory listing).
 *
 * `validate-manifests` is a kubeconform drop-in with kubeconform's flags and exit codes: its
 * arguments go to validator/cli-flags.ts exactly as given (commander neither parses nor
 * helps them, not even `-h`, `--help` or `--`).
 */

export const programName = 'wso2-charts';

export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

const helmOption = (): Option =>
  new Option('--helm <helm>', 'the pinned helm to run').choices(['helm3', 'helm4']).default('helm3');
const recordOption = (): Option =>
  new Option('--record <file>', 'the release record').default(path.join(repoRoot, 'releases', 'charts.yaml'), 'releases/charts.yaml');
const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The path of a command from the root, e.g. `wso2-charts publish repo`. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

interface ProgramState {
  code: number;
  /** The command whose parse failed, for the --help hint. */
  failedCommand?: Command;
}

function buildProgram(argv: readonly string[], state: ProgramState): Command {
  const done = (code: number): void => {
    state.code = code;
  };
  const program = new Command(programName)
    .description('Generate, validate, check values for, package and publish the WSO2 Helm charts.')
    .version(packageVersion(), '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show help for a command')
    .helpCommand('help [command]', 'show help for a command')
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .addHelpText('after', `\nRun '${programName} <command> --help' for a command's options.`);

  program
    .command('generate')
    .description('generate charts/ from patterns/ (or only the named pattern files or folders), each chart folder replaced atomically')
    .argument('[patterns...]', 'pattern files or folders (default: every pattern under patterns/)')
    .option('--check', 'write nothing; exit 1 and print a unified diff when the output differs from what would be generated', false)
    .option('--out <dir>', 'write into DIR instead of charts/ (a new or empty folder, or one generate wrote before)')
    .action(async (patterns: string[], options: { check: boolean; out?: string }) => {
      const { generate } = await import('../generator/commands.ts');
      done(await generate(patterns, options));
    });

  const contracts = contractFileIds();
  program
    .command('new')
    .description('scaffold a pattern, <dir>/<name>/pattern.ts, that generates and validates as written (a guide: PATTERNS.md)')
    .argument('<name>', 'the chart name: 2 to 54 lower-case letters, digits and "-", starting with a letter, ending with a letter or digit')
    .addOption(new Option('--product <contract>', 'the product version contract of products/ to build on').choices(contracts).default(defaultContractId(contracts)))
    .option('--topology <name>', "a topology of the contract (the roles of one complete deployment); default: the one with the fewest roles")
    .addOption(new Option('--dir <dir>', 'the folder of pattern folders').default(path.join(repoRoot, 'patterns'), 'patterns/'))
    .addHelpText(
      'after',
      [
        '',
        'Writes one file, <dir>/<name>/pattern.ts: a TypeScript pattern typed against the generated',
        'Pattern type, one component per role of the topology, ports and probes from the contract',
        '(products/pattern-parts.ts). It never overwrites: an existing <dir>/<name> is refused.',
        '',
        'Exit status: 0 when written, 2 on a usage error (an invalid name, an existing folder, an',
        'unknown contract or topology).',
      ].join('\n'),
    )
    .action(async (name: string, options: { product: string; topology?: string; dir: string }) => {
      const { newPattern } = await import('../generator/scaffold/new-pattern.ts');
      done(await newPattern(name, options));
    });

  program
    .command('validate')
    .description('run every chart check (drift, values schema, helm lint and template on helm 3 and 4, Kubernetes schemas, release discipline)')
    .option('--chart <name>', 'only this chart (repeatable; default: every chart under charts/)', collect, [])
    .option('--json', 'print a machine-readable JSON report on stdout instead of the text report', false)
    .option('--junit <file>', 'also write a JUnit XML report (a testsuite per stage, a testcase per check) to FILE')
    .option('--fail-fast', 'stop at the first failing check; later stages are reported as not run', false)
    .addHelpText('after', '\nExit status: 0 when every check passed, 1 when one failed, 2 on a usage error.')
    .action(async (options: { chart: string[]; json: boolean; junit?: string; failFast: boolean }) => {
      const { validate } = await import('../generator/commands.ts');
      done(await validate(options));
    });

  program
    .command('validate-manifests')
    .description('validate Kubernetes manifests (a kubeconform drop-in: its flags, output formats and exit codes; run with -h for them)')
    .argument('[kubeconform-args...]', 'kubeconform flags, then files or folders (stdin when none)')
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .passThroughOptions()
    .action(async () => {
      const { main: validateManifests } = await import('../validator/cli.ts');
      // The arguments as the user typed them (commander would drop a leading `--`); the
      // command is always first, as the program's own options stop at it. Reached through
      // `wso2-charts help validate-manifests`, it shows its kubeconform-style usage (-h).
      done(await validateManifests(argv[0] === 'validate-manifests' ? argv.slice(1) : ['-h']));
    });

  program
    .command('check-values')
    .description("check values files against a chart's values.schema.json and its cross-field rules, every problem at once")
    .argument('<chart>', 'a chart under charts/ (e.g. apim) or a chart directory')
    .argument('<files...>', 'values files, merged as helm merges -f files (later ones win)')
    .addOption(helmOption())
    .addHelpText(
      'after',
      [
        '',
        'Each problem is printed as FILE:LINE:COLUMN: PATH: MESSAGE, blamed on the file whose line',
        'sets the value (misspelt keys get a "did you mean"). The chart\'s own rules (VALUES VALIDATION)',
        'come from rendering it with the pinned helm.',
        '',
        'Exit status: 0 when the values are valid, 1 when problems were found, 2 on a usage error.',
      ].join('\n'),
    )
    .action(async (chart: string, files: string[], options: { helm: 'helm3' | 'helm4' }) => {
      const { checkValuesCommand } = await import('../generator/check-values/command.ts');
      done(await checkValuesCommand(chart, files, options));
    });

  program
    .command('package')
    .description('package and sign charts into dist/ (helm package --sign, then helm verify)')
    .argument('[charts...]', 'charts under charts/ or chart directories (default: every chart)')
    .option('--key <name>', 'GnuPG user id of the signing key (env WSO2_CHARTS_SIGN_KEY)')
    .option('--keyring <file>', 'legacy secret keyring (env WSO2_CHARTS_KEYRING; default ~/.gnupg/secring.gpg)')
    .option('--passphrase-file <file>', "the key's passphrase, if it has one (env WSO2_CHARTS_PASSPHRASE_FILE)")
    .option('--out <dir>', 'where the packages go', 'dist')
    .option('--any-key', "allow a key other than releases/signing-key.yaml's (private builds)", false)
    .addOption(helmOption())
    .action(async (charts: string[], options: import('../publish/commands.ts').PackageOptions) => {
      const { packageCommand } = await import('../publish/commands.ts');
      done(await packageCommand(charts, options));
    });

  const publish = program
    .command('publish')
    .description('publish packaged charts to a chart repository or an OCI registry, and keep the release record');

  publish
    .command('repo')
    .description('add the packages in dist/ to a classic chart repository directory (helm repo index --merge)')
    .requiredOption('--repo-dir <dir>', 'the directory served as the repository (e.g. a gh-pages checkout)')
    .option('--from <dir>', 'where the packages are', 'dist')
    .option('--url <url>', 'absolute base URL for the packages (default: relative URLs)')
    .addOption(helmOption())
    .action(async (options: import('../publish/commands.ts').RepoOptions) => {
      const { repoCommand } = await import('../publish/commands.ts');
      done(await repoCommand(options));
    });

  publish
    .command('oci')
    .description('push the packages in dist/ (with their provenance) to an OCI registry')
    .requiredOption('--registry <oci-url>', 'oci://HOST[:PORT]/NAMESPACE')
    .option('--plain-http', 'for a local registry without TLS', false)
    .option('--from <dir>', 'where the packages are', 'dist')
    .addOption(helmOption())
    .action(async (options: import('../publish/commands.ts').OciOptions) => {
      const { ociCommand } = await import('../publish/commands.ts');
      done(await ociCommand(options));
    });

  publish
    .command('record')
    .description("record each chart's current version and content digest in releases/charts.yaml")
    .argument('[charts...]', 'charts under charts/ or chart directories (default: every chart)')
    .addOption(recordOption())
    .addOption(helmOption())
    .action(async (charts: string[], options: import('../publish/commands.ts').RecordOptions) => {
      const { recordCommand } = await import('../publish/commands.ts');
      done(await recordCommand(charts, options));
    });

  publish
    .command('check')
    .description('check Artifact Hub annotations and version bumps (as `validate` does)')
    .argument('[charts...]', 'charts under charts/ or chart directories (default: every chart)')
    .option('--released', 'also require every current version to be recorded', false)
    .addOption(recordOption())
    .addOption(helmOption())
    .action(async (charts: string[], options: import('../publish/commands.ts').ReleaseCheckCommandOptions) => {
      const { checkCommand } = await import('../publish/commands.ts');
      done(await checkCommand(charts, options));
    });

  // Every command reports its own usage errors to us, not to stderr, and throws instead of exiting.
  const configure = (command: Command): void => {
    command.exitOverride().configureOutput({
      outputError: () => {
        state.failedCommand = command;
      },
    });
    for (const sub of command.commands) configure(sub);
  };
  configure(program);
  return program;
}

export interface MainOptions {
  /** Let errors of a command's work propagate instead of printing them (for callers that test them). */
  readonly rethrow?: boolean;
}

/** Runs the CLI on `argv` (without node and script); returns the exit code. */
export async function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  const state: ProgramState = { code: 0 };
  const program = buildProgram(argv, state);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.code;
  } catch (error) {
    if (error instanceof CommanderError) return usageFailure(error, state.failedCommand ?? program);
    const where = commandPath(state.failedCommand ?? commandOf(program, argv));
    if (error instanceof UsageError) {
      console.error(`${where}: ${error.message}`);
      console.error(`Run '${where} --help' for usage.`);
      return 2;
    }
    if (error instanceof InputError) {
      console.error(error.message);
      return 1;
    }
    if (options.rethrow) throw error;
    console.error(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** The deepest command `argv` names, for messages about errors inside its work. */
function commandOf(program: Command, argv: readonly string[]): Command {
  let command = program;
  for (const arg of argv) {
    const sub = command.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (!sub) break;
    command = sub;
  }
  return command;
}

/** Help and --version exit 0; a command given without its subcommand prints help and exits 2; every other mistake is one line and a hint. */
function usageFailure(error: CommanderError, command: Command): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
  // `wso2-charts` or `wso2-charts publish` alone: commander has printed the help on stderr.
  if (error.code === 'commander.help') return error.exitCode === 0 ? 0 : 2;
  const message = error.message
    .replace(/^error: /, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
  console.error(`${commandPath(command)}: ${message}`);
  console.error(`Run '${commandPath(command)} --help' for usage.`);
  return 2;
}

if (isEntryPoint(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
