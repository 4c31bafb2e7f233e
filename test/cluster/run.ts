import { execFile } from 'node:child_process';
import path from 'node:path';
import { toolsBin } from '../../generator/tools/paths.ts';

export interface RunResult {
  readonly ok: boolean;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly input?: string;
  readonly timeoutMs?: number;
}

/** Runs a program; a non-zero exit is a result, not an exception. */
export function run(bin: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(
      bin,
      [...args],
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        maxBuffer: 256 * 1024 * 1024,
        timeout: options.timeoutMs ?? 0,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ ok: !error, code, stdout, stderr: error && !stderr ? error.message : stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Throws with the command and its output when it failed. */
export function expectOk(result: RunResult, what: string): RunResult {
  if (!result.ok) {
    throw new Error(`${what} failed (exit ${result.code}):\n${result.stderr}\n${result.stdout}`.trimEnd());
  }
  return result;
}

/** .tools/bin first, so ct, kubectl, yamllint and yamale are the pinned ones. */
export function toolsPath(extraFirst: readonly string[] = []): string {
  return [...extraFirst, toolsBin, process.env.PATH ?? ''].join(path.delimiter);
}
