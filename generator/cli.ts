/**
 * Kept for scripts and tests that run `tsx generator/cli.ts <command> …`: the one CLI
 * is cli/main.ts (`wso2-charts`); this file only forwards to it.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from '../cli/main.ts';

export { main };

const entry = process.argv[1];
if (entry && isThisFile(entry)) process.exitCode = await main(process.argv.slice(2));

function isThisFile(file: string): boolean {
  try {
    return realpathSync(file) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
