import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, toolsBin } from '../../generator/tools/paths.ts';

const run = promisify(execFile);

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The pinned kubeconform installed by `scripts/install-kubeconform.sh`. */
export function kubeconformBin(): string {
  const bin = path.join(toolsBin, 'kubeconform');
  if (!existsSync(bin)) throw new Error(`${bin} not found: run \`bash scripts/setup.sh\``);
  return bin;
}

/** The validator CLI exactly as `npm run validate-manifests` runs it. */
export const validatorCli = path.join(repoRoot, 'validator', 'bin', 'validate-manifests.mjs');

async function exec(file: string, args: readonly string[], input?: string): Promise<Run> {
  try {
    const child = run(file, [...args], { maxBuffer: 512 * 1024 * 1024, cwd: repoRoot });
    if (input !== undefined) {
      child.child.stdin?.end(input);
    }
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string; message: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? e.message };
  }
}

export function kubeconform(args: readonly string[], input?: string): Promise<Run> {
  return exec(kubeconformBin(), args, input);
}

export function validateManifestsCli(args: readonly string[], input?: string): Promise<Run> {
  return exec(process.execPath, [validatorCli, ...args], input);
}

/** kubeconform's `-output json` document. */
export interface JsonReport {
  readonly resources: readonly {
    readonly filename: string;
    readonly kind: string;
    readonly name: string;
    readonly version: string;
    readonly status: string;
    readonly msg: string;
    readonly validationErrors?: readonly { readonly path: string; readonly msg: string }[];
  }[];
  readonly summary?: { readonly valid: number; readonly invalid: number; readonly errors: number; readonly skipped: number };
}

/** Each file's verdicts, sorted, so reports from workers in any order compare equal. */
export function verdictsByFile(report: JsonReport, root: string): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const resource of report.resources) {
    const file = path.relative(root, resource.filename);
    byFile.set(file, [...(byFile.get(file) ?? []), resource.status].sort());
  }
  return byFile;
}
