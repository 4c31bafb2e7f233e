import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
 * A throwaway git repository for one `ct install` of one scenario. Its `origin/main` holds
 * the chart's previous revision (the chart as committed on this repository's HEAD, when it
 * is), which `ct install --upgrade` installs first and then upgrades; its work tree holds
 * the chart as it is now. Both keep only this scenario's ci values file (none for
 * `default`): ct installs once per ci/*-values.yaml, and with the defaults only when there
 * is none, and takes the upgrade's values files from the previous revision.
 */
export async function ctWorkspace(
  chartDir: string,
  scenario: Scenario,
): Promise<{ dir: string; chart: string; hasPreviousRevision: boolean; dispose: () => void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wso2-charts-ct-'));
  const git = async (...args: string[]) =>
    expectOk(
      await run('git', ['-c', 'user.name=ct', '-c', 'user.email=ct@example.invalid', ...args], { cwd: dir }),
      `git ${args.join(' ')} in ${dir}`,
    );
  const chart = path.join('charts', path.basename(chartDir));
  const placeChart = (from: string) => {
    rmSync(path.join(dir, chart), { recursive: true, force: true });
    cpSync(from, path.join(dir, chart), { recursive: true });
    const ciDir = path.join(dir, chart, 'ci');
    rmSync(ciDir, { recursive: true, force: true });
    if (scenario.valuesFile) {
      mkdirSync(ciDir);
      cpSync(path.join(from, 'ci', path.basename(scenario.valuesFile)), path.join(ciDir, path.basename(scenario.valuesFile)));
    }
  };

  await git('init', '--quiet', '--initial-branch', 'main');
  for (const file of ctConfigFiles) cpSync(path.join(repoRoot, file), path.join(dir, file));
  const previous = await committedChart(chartDir, path.join(dir, '.previous'));
  const hasPreviousRevision = previous !== undefined && existsSync(path.join(previous, 'Chart.yaml')) &&
    (!scenario.valuesFile || existsSync(path.join(previous, 'ci', path.basename(scenario.valuesFile))));
  if (previous && hasPreviousRevision) placeChart(previous);
  rmSync(path.join(dir, '.previous'), { recursive: true, force: true });
  await git('add', '.');
  await git('commit', '--quiet', '--allow-empty', '-m', 'previous revision');
  await git('remote', 'add', 'origin', dir);
  await git('fetch', '--quiet', 'origin');
  placeChart(chartDir);
  await git('add', '.');
  await git('commit', '--quiet', '--allow-empty', '-m', 'current revision');
  return { dir, chart, hasPreviousRevision, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Extracts the chart as committed on HEAD into `into`; undefined when HEAD lacks it. */
async function committedChart(chartDir: string, into: string): Promise<string | undefined> {
  const relative = path.relative(repoRoot, chartDir);
  mkdirSync(into, { recursive: true });
  const tar = path.join(into, 'chart.tar');
  const archived = await run('git', ['archive', '--format=tar', '-o', tar, 'HEAD', '--', relative], { cwd: repoRoot });
  if (!archived.ok) return undefined;
  expectOk(await run('tar', ['-xf', tar, '-C', into]), `extracting ${relative} from HEAD`);
  return path.join(into, relative);
}
