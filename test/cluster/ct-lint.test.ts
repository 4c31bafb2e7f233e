// `ct lint` (the real chart-testing CLI, with yamllint and yamale) over every chart, and
// proof that its version-increment check fails a changed chart whose version was not bumped.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../../generator/tools/paths.ts';
import { clusterCharts, probeChart } from './charts.ts';
import { ctConfigFiles, runCt, type HelmName } from './ct.ts';
import { expectOk, run } from './run.ts';

const lintArgs = ['lint', '--config', 'ct.yaml'];

describe('ct lint', () => {
  const charts = clusterCharts();
  const chartPaths = charts.map((chart) => path.relative(repoRoot, chart.dir)).join(',');

  for (const helm of ['helm3', 'helm4'] as const satisfies readonly HelmName[]) {
    test(`every chart passes ct lint with ${helm}`, async () => {
      // The version check needs a base to compare with; the next test covers it.
      const result = await runCt([...lintArgs, '--check-version-increment=false', '--charts', chartPaths], {
        cwd: repoRoot,
        helm,
      });
      expect(result.ok, `${result.stdout}\n${result.stderr}`).toBe(true);
      for (const chart of charts) expect(result.stdout).toContain(`${chart.name} => (version:`);
    }, 300_000);
  }

  describe('in a scratch repository whose origin/main holds the chart', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wso2-charts-ct-lint-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const git = async (...args: string[]) => expectOk(await run('git', args, { cwd: dir }), `git ${args.join(' ')}`);
    const chartYaml = path.join(dir, 'charts', 'probe', 'Chart.yaml');
    const lint = () => runCt(lintArgs, { cwd: dir });

    test('an unchanged chart (a fresh clone, the first commit) has nothing to check', async () => {
      for (const file of ctConfigFiles) cpSync(path.join(repoRoot, file), path.join(dir, file));
      mkdirSync(path.join(dir, 'charts'));
      cpSync(probeChart().dir, path.join(dir, 'charts', 'probe'), { recursive: true });
      await git('init', '--quiet', '--initial-branch', 'main');
      await git('add', '.');
      await git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '-m', 'chart');
      await git('remote', 'add', 'origin', dir);
      await git('fetch', '--quiet', 'origin');
      const result = await lint();
      expect(result.ok, `${result.stdout}\n${result.stderr}`).toBe(true);
      expect(result.stdout).toContain('No chart changes detected');
    }, 120_000);

    test('a changed chart without a version bump fails, and passes once bumped', async () => {
      appendFileSync(path.join(dir, 'charts', 'probe', 'values.yaml'), 'extra: true\n');
      await git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '-am', 'change');
      const unbumped = await lint();
      expect(unbumped.ok).toBe(false);
      expect(`${unbumped.stdout}\n${unbumped.stderr}`).toContain('Needs a version bump');

      writeFileSync(chartYaml, readFileSync(chartYaml, 'utf8').replace(/^version: .*$/m, 'version: 0.1.1'));
      await git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '-am', 'bump');
      const bumped = await lint();
      expect(bumped.ok, `${bumped.stdout}\n${bumped.stderr}`).toBe(true);
    }, 120_000);

    test('a Chart.yaml that breaks the schema and a values file with an ambiguous boolean fail', async () => {
      const original = readFileSync(chartYaml, 'utf8');
      writeFileSync(chartYaml, original.replace(/^description: .*\n/m, '').replace(/^version: .*$/m, 'version: 0.1.2'));
      const noDescription = await runCt([...lintArgs, '--charts', 'charts/probe', '--check-version-increment=false'], { cwd: dir });
      expect(noDescription.ok).toBe(false);
      expect(`${noDescription.stdout}\n${noDescription.stderr}`).toContain('description');

      writeFileSync(chartYaml, original);
      appendFileSync(path.join(dir, 'charts', 'probe', 'values.yaml'), 'flag: yes\n');
      const truthy = await runCt([...lintArgs, '--charts', 'charts/probe', '--check-version-increment=false'], { cwd: dir });
      expect(truthy.ok).toBe(false);
      expect(`${truthy.stdout}\n${truthy.stderr}`).toContain('truthy');
    }, 120_000);
  });
});
