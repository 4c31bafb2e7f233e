// Builds the validator into plain JavaScript (esbuild), once per version of its sources, so
// the CLI and its worker threads start in tens of milliseconds instead of going through tsx.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const validatorDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(validatorDir, '..');
const require = createRequire(import.meta.url);

function sourceFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(child));
    else if (/\.(ts|mjs)$/.test(entry.name)) files.push(child);
  }
  return files;
}

function sourceHash() {
  const hash = createHash('sha256');
  for (const file of sourceFiles(validatorDir)) hash.update(path.relative(validatorDir, file)).update('\0').update(readFileSync(file)).update('\0');
  hash.update(require('esbuild/package.json').version);
  return hash.digest('hex').slice(0, 16);
}

/** Paths of the bundled CLI and worker, building them first when the sources changed. */
export function ensureValidatorBundle() {
  // Under node_modules so the bundle resolves the project's packages (kept external).
  const dir = path.join(repoRoot, 'node_modules', '.cache', 'wso2-charts-validator', sourceHash());
  const bundle = { cli: path.join(dir, 'cli.mjs'), worker: path.join(dir, 'worker.mjs') };
  if (existsSync(bundle.cli) && existsSync(bundle.worker)) return bundle;
  const staging = `${dir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const esbuild = require('esbuild');
  esbuild.buildSync({
    entryPoints: { cli: path.join(validatorDir, 'cli.ts'), worker: path.join(validatorDir, 'run', 'worker.ts') },
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
    define: {
      __VALIDATOR_SCHEMAS_DIR__: JSON.stringify(path.join(validatorDir, 'schemas')),
      __VALIDATOR_WORKER__: JSON.stringify(bundle.worker),
    },
  });
  try {
    renameSync(staging, dir);
  } catch (error) {
    // Another process finished the same build first: theirs is identical.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(bundle.cli)) throw error;
  }
  return bundle;
}
