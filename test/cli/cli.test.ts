import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, toolsBin } from '../../generator/tools/paths.ts';
import { runCommand, type CliResult } from '../support/cli.ts';

// The one CLI exactly as users run it: `npx wso2-charts …` is bin/wso2-charts.js.
const bin = path.join(repoRoot, 'bin', 'wso2-charts.js');
const wso2Charts = (args: readonly string[], env?: NodeJS.ProcessEnv): Promise<CliResult> =>
  runCommand(process.execPath, [bin, ...args], env ? { env } : {});
const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const stackTrace = /\n\s+at .+:\d+:\d+/;

describe('help', () => {
  it.each([
    [['--help'], ['generate', 'new', 'validate', 'validate-manifests', 'check-values', 'package', 'publish', '--version']],
    [['generate', '--help'], ['--check', '--out <dir>', '[patterns...]']],
    [['new', '--help'], ['<name>', '--product <contract>', '--topology <name>', '--dir <dir>', 'wso2am-4.7.0', 'wso2am-3.2.0', 'wso2esb-4.9.0', 'never overwrites']],
    [['validate', '--help'], ['--chart <name>', '--json', '--junit <file>', '--fail-fast']],
    [['check-values', '--help'], ['<chart>', '<files...>', '--helm <helm>', 'FILE:LINE:COLUMN']],
    [['package', '--help'], ['--key <name>', '--keyring <file>', '--passphrase-file <file>', '--out <dir>', '--any-key', '--helm <helm>']],
    [['publish', '--help'], ['repo', 'oci', 'record', 'check']],
    [['publish', 'repo', '--help'], ['--repo-dir <dir>', '--from <dir>', '--url <url>', '--helm <helm>']],
    [['publish', 'oci', '--help'], ['--registry <oci-url>', '--plain-http', '--from <dir>']],
    [['publish', 'record', '--help'], ['--record <file>', '[charts...]']],
    [['publish', 'check', '--help'], ['--released', '--record <file>']],
    [['help', 'publish'], ['repo', 'oci']],
    [['help', 'validate-manifests'], ['kubeconform']],
  ])('wso2-charts %j exits 0 and names its options', async (args, names) => {
    const result = await wso2Charts(args);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Usage: wso2-charts/);
    for (const name of names) expect(result.stdout).toContain(name);
  });

  it('--version prints the package version', async () => {
    const result = await wso2Charts(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('with no command, or a command that needs a subcommand, prints help on stderr and exits 2', async () => {
    for (const args of [[], ['publish']]) {
      const result = await wso2Charts(args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^Usage: wso2-charts/);
    }
  });

  it('the npm scripts’ entry points are the same CLI', async () => {
    const viaPublish = await runCommand('npx', ['tsx', path.join(repoRoot, 'publish', 'cli.ts'), 'repo', '--help']);
    expect(viaPublish.code).toBe(0);
    expect(viaPublish.stdout).toContain('Usage: wso2-charts publish repo');
    const viaGenerator = await runCommand('npx', ['tsx', path.join(repoRoot, 'generator', 'cli.ts'), '--version']);
    expect(viaGenerator).toMatchObject({ code: 0, stdout: `${version}\n` });
  });
});

describe('usage errors exit 2 with one line and a hint, never a stack trace', () => {
  it.each([
    [['bogus'], "wso2-charts: unknown command 'bogus'", 'wso2-charts --help'],
    [['generate', '--bogus'], "wso2-charts generate: unknown option '--bogus'", 'wso2-charts generate --help'],
    [['validate', '--chrt', 'esb'], "wso2-charts validate: unknown option '--chrt' (Did you mean --chart?)", 'wso2-charts validate --help'],
    [['validate', '--chart', 'no-such-chart'], 'wso2-charts validate: no chart named no-such-chart under charts/', 'wso2-charts validate --help'],
    [['check-values'], "wso2-charts check-values: missing required argument 'chart'", 'wso2-charts check-values --help'],
    [['check-values', 'apim'], "wso2-charts check-values: missing required argument 'files'", 'wso2-charts check-values --help'],
    [['check-values', 'no-such-chart', 'values.yaml'], 'wso2-charts check-values: chart "no-such-chart" not found', 'wso2-charts check-values --help'],
    [['publish', 'repo'], "wso2-charts publish repo: required option '--repo-dir <dir>' not specified", 'wso2-charts publish repo --help'],
    [['publish', 'repo', '--repo-dir', 'x', '--helm', 'helm5'], "argument 'helm5' is invalid. Allowed choices are helm3, helm4.", 'wso2-charts publish repo --help'],
    [['publish', 'deploy'], "wso2-charts publish: unknown command 'deploy'", 'wso2-charts publish --help'],
  ])('wso2-charts %j', async (args, message, hint) => {
    const result = await wso2Charts(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(message);
    expect(lines[1]).toBe(`Run '${hint}' for usage.`);
    expect(result.stderr).not.toMatch(stackTrace);
  });
});

/** Runs a command with stdin as the caller says: `null` is /dev/null (what a closed stdin becomes), a string a pipe. */
function runWithStdin(command: string, args: readonly string[], stdin: string | null): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: [stdin === null ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    if (stdin !== null) child.stdin?.end(stdin);
  });
}

describe('validate-manifests keeps kubeconform’s flags and exit codes through the one CLI', () => {
  const kubeconform = path.join(toolsBin, 'kubeconform');
  it.skipIf(!existsSync(kubeconform)).each([
    ['no input: stdin is /dev/null', [], null],
    ['an empty pipe on stdin', [], ''],
    ['-h', ['-h'], ''],
    ['--help (Go flag: not a defined flag)', ['--help'], ''],
    ['-v', ['-v'], ''],
    ['a bad flag', ['-no-such-flag'], ''],
    ['a flag missing its value', ['-output'], ''],
    ['-- then a file named like a flag', ['--', '-not-a-flag.yaml'], ''],
  ] as const)('%s', async (_label, args, stdin) => {
    const [oracle, ours] = await Promise.all([
      runWithStdin(kubeconform, args, stdin),
      runWithStdin(process.execPath, [bin, 'validate-manifests', ...args], stdin),
    ]);
    expect(ours.code, ours.stderr).toBe(oracle.code);
    expect(ours.stderr).not.toMatch(stackTrace);
    // Go's flag package prints usage for -h and for a bad flag; commander adds nothing of its own.
    expect(`${ours.stdout}${ours.stderr}`).not.toContain('Usage: wso2-charts');
  });

  it('-h prints the validator’s kubeconform-style usage', async () => {
    const result = await wso2Charts(['validate-manifests', '-h']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: validate-manifests \[OPTION\]\.\.\. \[FILE OR FOLDER\]\.\.\./);
    expect(result.stdout).toContain('-kubernetes-version string');
  });
});

describe('colour and progress', () => {
  const misspelt = path.join(repoRoot, 'test', 'fixtures', 'check-values', 'misspelt-deep.yaml');
  const ansi = /\u001b\[/;
  const hasScript = existsSync('/usr/bin/script');
  const inTerminal = (env: NodeJS.ProcessEnv): Promise<CliResult> =>
    runCommand('/usr/bin/script', ['-qec', `${process.execPath} ${bin} check-values apim ${misspelt}`, '/dev/null'], { env });

  it('piped output (as in CI) has no escape sequences', async () => {
    const result = await wso2Charts(['check-values', 'apim', misspelt]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(ansi);
  });

  it.skipIf(!hasScript)('a terminal gets colour, and NO_COLOR turns it off', async () => {
    const { NO_COLOR: _unset, ...withoutNoColor } = process.env;
    const coloured = await inTerminal({ ...withoutNoColor, TERM: 'xterm' });
    expect(coloured.stdout).toMatch(ansi);
    const plain = await inTerminal({ ...withoutNoColor, TERM: 'xterm', NO_COLOR: '1' });
    expect(plain.stdout).toContain('did you mean `sessionAffinity`?');
    expect(plain.stdout).not.toMatch(ansi);
  });
});
