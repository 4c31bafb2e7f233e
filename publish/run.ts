import { execFile } from 'node:child_process';

export interface ToolResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Added to (and overriding) the current environment. */
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
}

/** Runs a program; a non-zero exit is a result, not an exception. */
export function runTool(bin: string, args: readonly string[], options: RunOptions = {}): Promise<ToolResult> {
  return new Promise((resolve) => {
    execFile(
      bin,
      [...args],
      { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...options.env }, cwd: options.cwd },
      (error, stdout, stderr) => {
        resolve({ ok: !error, stdout, stderr: error && !stderr ? error.message : stderr });
      },
    );
  });
}

/** Like runTool, but a failure throws with the command and what it printed. */
export async function mustRun(bin: string, args: readonly string[], options: RunOptions = {}): Promise<string> {
  const result = await runTool(bin, args, options);
  if (!result.ok) {
    throw new Error(`\`${bin} ${args.join(' ')}\` failed:\n${result.stderr.trim() || result.stdout.trim()}`);
  }
  return result.stdout;
}
