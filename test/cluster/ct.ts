import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Scenario } from '../../generator/tools/charts.ts';
import { repoRoot, toolsBin } from '../../generator/tools/paths.ts';
import { expectOk, run, toolsPath, type RunResult } from './run.ts';

export const ctBin = path.join(toolsBin, 'ct');

/** ct's own files, read from the directory ct runs in. */
export const ctConfigFiles = ['ct.yaml', 'lintconf.yaml', 'chart_schema.yaml'] as const;

export type HelmName = 'helm3' | 'helm4';

/**
 * Runs ct with the chosen pinned helm as plain `helm` on PATH (ct shells out to `helm`),
 * and kubectl, yamllint and yamale from .tools/bin.
 */
export function runCt(args: readonly string[], options: { cwd: string; helm?: HelmName }): Promise<RunResult> {
  const helmDir = path.join(toolsBin, '..', `ct-${options.helm ?? 'helm3'}`);
  return run(ctBin, args, {
    cwd: options.cwd,
    env: {
      ...process.env,
      PATH: toolsPath([helmDir]),
      HELM_CACHE_HOME: path.join(os.tmpdir(), 'wso2-charts-ct-helm-cache'),
    },
  });
}

/**
 * A throwaway clone of the repository for one ct run. Its `origin/main` is this
 * repository's committed main, which `ct install --upgrade` takes the previous chart
 * revision from; the chart under test is copied from the work tree, so uncommitted
 * charts are what gets installed. ct's git worktrees live and die with the clone.
 */
export async function ctWorkspace(chartDir: string, scenario?: Scenario): Promise<{ dir: string; chart: string; dispose: () => void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wso2-charts-ct-'));
  expectOk(await run('git', ['clone', '--quiet', '--shared', '--branch', 'main', repoRoot, dir]), 'git clone for ct');
  for (const file of ctConfigFiles) cpSync(path.join(repoRoot, file), path.join(dir, file));
  const name = path.basename(chartDir);
  const chart = path.join('charts', name);
  rmSync(path.join(dir, chart), { recursive: true, force: true });
  cpSync(chartDir, path.join(dir, chart), { recursive: true });
  if (scenario) {
    // ct installs once per ci/*-values.yaml file, and with the defaults only when there is
    // none: keep exactly the one file of this scenario (none for `default`).
    const ciDir = path.join(dir, chart, 'ci');
    rmSync(ciDir, { recursive: true, force: true });
    if (scenario.valuesFile) {
      mkdirSync(ciDir);
      cpSync(scenario.valuesFile, path.join(ciDir, path.basename(scenario.valuesFile)));
    }
  }
  return { dir, chart, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
