/**
 * Kept for `tsx publish/cli.ts package|repo|oci|record|check …` (the npm scripts): forwards
 * to the one CLI, cli/main.ts, as `wso2-charts package …` or `wso2-charts publish <command> …`.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main as cliMain, type MainOptions } from '../cli/main.ts';

/** Runs one publishing command; returns the process exit code. */
export function main(argv: readonly string[], options: MainOptions = { rethrow: true }): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'package') return cliMain(argv, options);
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return cliMain(['publish', ...argv], options);
  return cliMain(['publish', command, ...rest], options);
}

const entry = process.argv[1];
if (entry && isThisFile(entry)) {
  process.exitCode = await main(process.argv.slice(2), { rethrow: false });
}

function isThisFile(file: string): boolean {
  try {
    return realpathSync(file) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
