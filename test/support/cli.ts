import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../generator/tools/paths.ts';

const run = promisify(execFile);

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the project CLI in a child process, exactly as a user would. */
export async function runCli(args: readonly string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'generator', 'cli.ts'), ...args], {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

export interface RunOptions {
  readonly cwd?: string;
  /** Written to the child's stdin, which is then closed; without it stdin is empty and closed. */
  readonly input?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs any command line (`npx tsx …`, `bin/wso2-charts.js …`) as a user's shell would, stdin closed. */
export function runCommand(command: string, args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? repoRoot, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** `npx tsx generator/cli.ts ARGS` from `cwd`, the way the README tells users to run it. */
export function runGenerator(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return runCommand('npx', ['tsx', path.join(repoRoot, 'generator', 'cli.ts'), ...args], options);
}
