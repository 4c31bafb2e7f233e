import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartNameProblem, smallestTopology } from '../../generator/scaffold/new-pattern.ts';
import { contractFileIds, defaultContractId } from '../../generator/scaffold/contracts.ts';
import { checks } from '../../generator/checks/registry.ts';
import { driftCheck } from '../../generator/checks/drift.ts';
import { runValidation } from '../../generator/checks/run-checks.ts';
import { listCharts } from '../../generator/tools/charts.ts';
import { helmLint, helmTemplate, type Helm } from '../../generator/tools/helm.ts';
import { repoRoot, toolsBin } from '../../generator/tools/paths.ts';
import { apim470 } from '../../products/wso2am-4.7.0.ts';
import { runCommand, type CliResult } from '../support/cli.ts';
import { tempDir } from '../support/files.ts';

// `wso2-charts new`, then `wso2-charts generate`, in child processes, as a user runs them.
const bin = path.join(repoRoot, 'bin', 'wso2-charts.js');
const wso2Charts = (args: readonly string[]): Promise<CliResult> => runCommand(process.execPath, [bin, ...args]);
const helm3: Helm = { name: 'helm3', bin: path.join(toolsBin, 'helm3') };
const stackTrace = /\n\s+at .+:\d+:\d+/;

/** Scaffolds `name` into a fresh patterns folder and generates it into a fresh charts folder. */
async function scaffoldAndGenerate(name: string, extra: readonly string[] = []): Promise<{ patterns: string; chart: string; source: string }> {
  const root = await tempDir('new');
  const patterns = path.join(root, 'patterns');
  const scaffolded = await wso2Charts(['new', name, '--dir', patterns, ...extra]);
  expect(scaffolded.stderr).toBe('');
  expect(scaffolded.code).toBe(0);
  expect(scaffolded.stdout).toContain(`wrote ${path.relative(repoRoot, path.join(patterns, name, 'pattern.ts'))}`);
  // Exactly one file, and no temporary left beside it.
  expect(readdirSync(patterns)).toEqual([name]);
  expect(readdirSync(path.join(patterns, name))).toEqual(['pattern.ts']);
  const generated = await wso2Charts(['generate', '--out', path.join(root, 'charts'), path.join(patterns, name)]);
  expect(generated.stderr).toBe('');
  expect(generated.code).toBe(0);
  return { patterns, chart: path.join(root, 'charts', name), source: readFileSync(path.join(patterns, name, 'pattern.ts'), 'utf8') };
}

/** helm lint --strict and helm template pass, with the chart's defaults (unless it requires values) and with each ci scenario. */
async function lintsAndRenders(chart: string, { defaults }: { defaults: boolean }): Promise<void> {
  const ci = path.join(chart, 'ci');
  const scenarios = existsSync(ci) ? readdirSync(ci).map((f) => [path.join(ci, f)]) : [];
  const runs = [...(defaults ? [[]] : []), ...scenarios];
  expect(runs.length).toBeGreaterThan(0);
  for (const files of runs) {
    const lint = await helmLint(helm3, chart, files);
    expect(lint.ok, `helm lint --strict ${files.join(' ')}: ${lint.stdout}${lint.stderr}`).toBe(true);
    const rendered = await helmTemplate(helm3, chart, { valuesFiles: files });
    expect(rendered.ok, `helm template ${files.join(' ')}: ${rendered.stderr}`).toBe(true);
    expect(rendered.stdout).toMatch(/^kind: Deployment$/m);
  }
}

describe('wso2-charts new', () => {
  it('scaffolds a TypeScript pattern from the newest API Manager that generates, lints --strict and renders at once', async () => {
    const { chart, source } = await scaffoldAndGenerate('demo');
    // Typed against the generated Pattern type, built from the contract through pattern-parts.
    expect(source).toContain("import type { Pattern } from");
    expect(source).toContain("import { apim470 as contract } from");
    expect(source).toContain('...roleParts(contract, ');
    expect(source).toContain(`export const topology = '${smallestTopology(apim470)}';`);
    expect(readFileSync(path.join(chart, 'Chart.yaml'), 'utf8')).toMatch(/^name: demo$/m);
    expect(readdirSync(path.join(chart, 'ci'))).toEqual(['01-ingress-values.yaml']);
    await lintsAndRenders(chart, { defaults: true });

    // Every stage of `npm run validate` but the drift check (which compares charts/ with patterns/):
    // values schema, helm lint and template on helm 3 and 4, Kubernetes schemas, release discipline.
    const report = await runValidation(listCharts(path.dirname(chart)), { checks: checks.filter((c) => c !== driftCheck) });
    const failures = report.stages.flatMap((stage) => stage.results.filter((r) => !r.ok).map((r) => `${stage.name} ${r.target}: ${r.problems.join('; ')}`));
    expect(failures).toEqual([]);
    expect(report.stages.map((stage) => stage.status)).toEqual(checks.filter((c) => c !== driftCheck).map(() => 'passed'));
  }, 180_000);

  it('a contract whose images must be built (ESB 4.9) gets a ci scenario with the values the chart requires', async () => {
    const { chart, source } = await scaffoldAndGenerate('esb-demo', ['--product', 'wso2esb-4.9.0']);
    expect(source).toContain("name: 'manager'");
    expect(source).toContain("name: 'worker'");
    expect(source).toContain("global: { imageRegistry: 'registry.example.com' }");
    const defaults = await helmTemplate(helm3, chart);
    expect(defaults.ok).toBe(false);
    expect(defaults.stderr).toContain('image.registry');
    await lintsAndRenders(chart, { defaults: false });
  }, 120_000);

  it('a distributed topology gets one component per role', async () => {
    const { chart, source } = await scaffoldAndGenerate('apim-demo', ['--product', 'wso2am-4.7.0', '--topology', 'distributed']);
    for (const role of apim470.topologies.value.distributed ?? []) expect(source).toContain(`...roleParts(contract, '${role}', primaryRole)`);
    await lintsAndRenders(chart, { defaults: true });
  }, 120_000);

  it('refuses to overwrite an existing pattern folder, exit 2, and leaves it as it was', async () => {
    const patterns = path.join(await tempDir('new'), 'patterns');
    expect((await wso2Charts(['new', 'demo', '--dir', patterns])).code).toBe(0);
    const before = readFileSync(path.join(patterns, 'demo', 'pattern.ts'), 'utf8');
    await mkdir(path.join(patterns, 'mine'));
    await writeFile(path.join(patterns, 'mine', 'pattern.yaml'), 'chart: {}\n');
    for (const name of ['demo', 'mine']) {
      const again = await wso2Charts(['new', name, '--dir', patterns, '--product', 'wso2esb-4.9.0']);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain(`already exists; refusing to overwrite it`);
      expect(again.stderr).toContain(`Run 'wso2-charts new --help' for usage.`);
      expect(again.stderr).not.toMatch(stackTrace);
      expect(again.stdout).toBe('');
    }
    expect(readFileSync(path.join(patterns, 'demo', 'pattern.ts'), 'utf8')).toBe(before);
    expect(readdirSync(path.join(patterns, 'mine'))).toEqual(['pattern.yaml']);
    expect(readdirSync(patterns).sort()).toEqual(['demo', 'mine']);
  }, 60_000);

  it.each([
    [['new', 'Demo'], 'invalid chart name "Demo"'],
    [['new', 'demo_app'], 'invalid chart name'],
    [['new', 'demo--', '--dir', 'x'], 'invalid chart name'],
    [['new', 'demo-'], 'invalid chart name'],
    [['new', 'd'], 'invalid chart name'],
    [['new', 'a'.repeat(55)], 'invalid chart name'],
    [['new', 'demo', '--product', 'wso2am-9.9.9'], 'Allowed choices are'],
    [['new', 'demo', '--topology', 'ring'], 'has no topology "ring" (topologies: allInOne, distributed)'],
    [['new'], "missing required argument 'name'"],
  ])('wso2-charts %j is a usage error: exit 2, one line and the hint, nothing written', async (args, message) => {
    const dir = path.join(await tempDir('new'), 'patterns');
    const result = await wso2Charts([...args, '--dir', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain(`Run 'wso2-charts new --help' for usage.`);
    expect(result.stderr).not.toMatch(stackTrace);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('chart names and contracts', () => {
  it('the chart name rule is the pattern schema\'s: 2 to 54 characters', () => {
    expect(chartNameProblem('ab')).toBeUndefined();
    expect(chartNameProblem(`a${'-'.repeat(52)}z`)).toBeUndefined();
    expect(chartNameProblem('a'.repeat(54))).toBeUndefined();
    expect(chartNameProblem('a'.repeat(55))).toContain('invalid chart name');
  });

  it('offers every product contract of products/, the newest API Manager by default', () => {
    expect(contractFileIds()).toEqual(['wso2am-4.7.0', 'wso2am-3.2.0', 'wso2esb-4.9.0']);
    expect(defaultContractId()).toBe('wso2am-4.7.0');
  });
});
