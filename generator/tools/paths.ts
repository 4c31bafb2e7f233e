import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Absolute path of the repository root, wherever the code is run from. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where `scripts/setup.sh` links the pinned tools (gitignored). */
export const toolsBin = path.join(repoRoot, '.tools', 'bin');

export const chartsDir = path.join(repoRoot, 'charts');
