import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { openapiCacheDir } from './cache-paths.ts';
import type { KubernetesRelease } from './releases.ts';

const run = promisify(execFile);

/** Where the upstream `swagger.json` of a release is kept once downloaded. */
export function swaggerPath(release: KubernetesRelease): string {
  return path.join(openapiCacheDir(), release.module, 'swagger.json');
}

/** `api/openapi-spec/swagger.json` of a release, from the `k8s.io/kubernetes` module. */
export async function ensureSwagger(release: KubernetesRelease, log: (line: string) => void): Promise<string> {
  const [file] = await ensureModuleFiles('k8s.io/kubernetes', release.module, ['api/openapi-spec/swagger.json'], log);
  return file!;
}

/**
 * Copies files out of a Go module fetched through the Go module proxy with `go mod download`,
 * which checks the module against the checksum database: the files are the published ones.
 * Kept under the cache per module version; only the named files are kept.
 */
export async function ensureModuleFiles(module: string, version: string, files: readonly string[], log: (line: string) => void): Promise<string[]> {
  const dir = path.join(openapiCacheDir(), module === 'k8s.io/kubernetes' ? version : `${module.replaceAll('/', '_')}@${version}`);
  const targets = files.map((file) => path.join(dir, file === 'api/openapi-spec/swagger.json' ? 'swagger.json' : path.basename(file)));
  if (targets.every((target) => existsSync(target))) return targets;
  mkdirSync(dir, { recursive: true });
  const scratch = mkdtempSync(path.join(openapiCacheDir(), '.download-'));
  try {
    log(`downloading ${module}@${version} from the Go module proxy`);
    const env = { ...process.env, GOMODCACHE: path.join(scratch, 'mod'), GOFLAGS: '-modcacherw', GO111MODULE: 'on', GOTOOLCHAIN: 'local' };
    let stdout: string;
    try {
      ({ stdout } = await run('go', ['mod', 'download', '-json', `${module}@${version}`], { cwd: scratch, env, maxBuffer: 16 * 1024 * 1024 }));
    } catch (error) {
      // go reports a module that needs a newer toolchain as an error, yet has verified and extracted it.
      stdout = (error as { stdout?: string }).stdout ?? '';
      if (!stdout) throw error;
    }
    const info = JSON.parse(stdout) as { Dir?: string; Error?: string };
    if (!info.Dir || !existsSync(info.Dir)) throw new Error(`go mod download ${module}@${version}: ${info.Error ?? 'no directory'}`);
    files.forEach((file, index) => {
      const source = path.join(info.Dir!, file);
      if (!existsSync(source)) throw new Error(`${module}@${version} has no ${file}`);
      // Write then rename, so an interrupted download never leaves a half-written file.
      copyFileSync(source, `${targets[index]}.partial`);
      renameSync(`${targets[index]}.partial`, targets[index]!);
    });
    return targets;
  } finally {
    makeWritable(scratch);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The module cache is read-only by default; make it removable. */
function makeWritable(dir: string): void {
  if (!existsSync(dir)) return;
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    chmodSync(current, 0o755);
    for (const entry of readdirSync(current)) {
      const child = path.join(current, entry);
      if (statSync(child).isDirectory()) stack.push(child);
    }
  }
}
