import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, chmodSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { openapiCacheDir } from './cache-paths.ts';
import type { KubernetesRelease } from './releases.ts';

const run = promisify(execFile);

/** Where the upstream `swagger.json` of a release is kept once downloaded. */
export function swaggerPath(release: KubernetesRelease): string {
  return path.join(openapiCacheDir(), release.module, 'swagger.json');
}

/**
 * Obtains `api/openapi-spec/swagger.json` of a release from the `k8s.io/kubernetes` module
 * through the Go module proxy. `go mod download` checks the module against the checksum
 * database, so the schemas are the published ones. Only the one file is kept.
 */
export async function ensureSwagger(release: KubernetesRelease, log: (line: string) => void): Promise<string> {
  const target = swaggerPath(release);
  if (existsSync(target)) return target;
  mkdirSync(path.dirname(target), { recursive: true });
  const scratch = mkdtempSync(path.join(openapiCacheDir(), '.download-'));
  try {
    log(`downloading k8s.io/kubernetes@${release.module} from the Go module proxy`);
    const env = { ...process.env, GOMODCACHE: path.join(scratch, 'mod'), GOFLAGS: '-modcacherw', GO111MODULE: 'on' };
    const { stdout } = await run('go', ['mod', 'download', '-json', `k8s.io/kubernetes@${release.module}`], {
      cwd: scratch,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    const info = JSON.parse(stdout) as { Dir?: string; Error?: string };
    if (info.Error || !info.Dir) throw new Error(`go mod download k8s.io/kubernetes@${release.module}: ${info.Error ?? 'no directory'}`);
    const source = path.join(info.Dir, 'api', 'openapi-spec', 'swagger.json');
    if (!existsSync(source)) throw new Error(`k8s.io/kubernetes@${release.module} has no api/openapi-spec/swagger.json`);
    copyFileSync(source, `${target}.partial`);
    // Rename last, so an interrupted download never leaves a half-written document behind.
    copyFileSync(`${target}.partial`, target);
    rmSync(`${target}.partial`);
    return target;
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
