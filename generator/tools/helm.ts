import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { toolsBin } from './paths.ts';

const run = promisify(execFile);

/** A pinned helm installed by `scripts/install-helm.sh`. */
export interface Helm {
  /** `helm3` or `helm4`. */
  readonly name: string;
  readonly bin: string;
}

export const helmNames = ['helm3', 'helm4'] as const;

/** Both pinned helms; fails with the fix when set-up has not run. */
export function pinnedHelms(): Helm[] {
  return helmNames.map((name) => {
    const bin = path.join(toolsBin, name);
    if (!existsSync(bin)) {
      throw new Error(`${bin} not found: run \`bash scripts/setup.sh\` to install the pinned helm binaries`);
    }
    return { name, bin };
  });
}

export interface HelmResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
  /** Killed for running past its time limit. */
  readonly timedOut?: boolean;
}

/** Runs helm; a non-zero exit (or a run past `timeoutMs`, killed) is a result, not an exception. */
export async function runHelm(helm: Helm, args: readonly string[], timeoutMs = 0): Promise<HelmResult> {
  try {
    const { stdout, stderr } = await run(helm.bin, [...args], {
      maxBuffer: 256 * 1024 * 1024,
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
      // Keep helm away from the user's repositories and caches.
      env: { ...process.env, HELM_CACHE_HOME: path.join(toolsBin, '..', 'helm-cache') },
    });
    return { ok: true, stdout, stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string; killed?: boolean };
    if (e.killed) return { ok: false, timedOut: true, stdout: '', stderr: `${helm.name} ${args[0]} did not finish within ${timeoutMs / 1000} s` };
    return { ok: false, stdout: e.stdout ?? '', stderr: e.stderr ?? e.message };
  }
}

export interface RenderOptions {
  readonly valuesFiles?: readonly string[];
  readonly set?: readonly string[];
  readonly releaseName?: string;
  readonly namespace?: string;
  readonly kubeVersion?: string;
  readonly apiVersions?: readonly string[];
  /** Kill helm after this long (0: no limit). */
  readonly timeoutMs?: number;
}

/** `helm template` arguments shared by every caller, so renders are comparable. */
export function templateArgs(chartDir: string, options: RenderOptions = {}): string[] {
  const args = ['template', options.releaseName ?? 'test', chartDir, '--namespace', options.namespace ?? 'default'];
  for (const file of options.valuesFiles ?? []) args.push('--values', file);
  for (const pair of options.set ?? []) args.push('--set', pair);
  if (options.kubeVersion) args.push('--kube-version', options.kubeVersion);
  for (const api of options.apiVersions ?? []) args.push('--api-versions', api);
  return args;
}

export function helmTemplate(helm: Helm, chartDir: string, options: RenderOptions = {}): Promise<HelmResult> {
  return runHelm(helm, templateArgs(chartDir, options), options.timeoutMs);
}

export function helmLint(helm: Helm, chartDir: string, valuesFiles: readonly string[] = []): Promise<HelmResult> {
  return runHelm(helm, ['lint', '--strict', chartDir, ...valuesFiles.flatMap((f) => ['--values', f])]);
}
