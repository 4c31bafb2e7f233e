import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../cli/errors.ts';
import { styleFor } from '../../cli/terminal.ts';
import { listCharts } from '../tools/charts.ts';
import { pinnedHelms } from '../tools/helm.ts';
import { chartsDir } from '../tools/paths.ts';
import { checkValues, formatProblem } from './check-values.ts';

export interface CheckValuesCommandOptions {
  readonly helm: 'helm3' | 'helm4';
}

/** A chart named under charts/, or a chart directory (one holding Chart.yaml and values.schema.json). */
export function resolveChart(chart: string): string {
  const candidates = [path.resolve(chart), path.join(chartsDir, chart)];
  for (const dir of candidates) {
    if (existsSync(path.join(dir, 'Chart.yaml'))) {
      if (!existsSync(path.join(dir, 'values.schema.json'))) throw new UsageError(`${dir} has no values.schema.json to check values against`);
      return dir;
    }
  }
  const names = listCharts().map((c) => c.name);
  throw new UsageError(`chart "${chart}" not found: expected a chart under charts/ (${names.join(', ') || 'none'}) or a chart directory`);
}

/**
 * `wso2-charts check-values CHART FILE…`: every problem on stdout as
 * `file:line:column: path: message`, a count on stderr. Exit 0 clean, 1 problems.
 */
export async function checkValuesCommand(chart: string, files: readonly string[], options: CheckValuesCommandOptions): Promise<number> {
  const chartDir = resolveChart(chart);
  for (const file of files) {
    if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
    if (!statSync(file).isFile()) throw new UsageError(`${file}: not a file`);
  }
  const helm = pinnedHelms().find((h) => h.name === options.helm)!;
  const problems = await checkValues(chartDir, files, { helm });
  const out = styleFor(process.stdout);
  const err = styleFor(process.stderr);
  const chartName = path.basename(chartDir);
  if (problems.length === 0) {
    process.stdout.write(`${out.pass('ok')}: ${files.join(', ')}: valid for chart ${chartName} (values.schema.json and the chart's rules, ${helm.name})\n`);
    return 0;
  }
  for (const found of problems) {
    // The chart's own values.yaml is named as the user would reach it.
    const problem = found.file === path.join(chartDir, 'values.yaml') ? { ...found, file: path.relative(process.cwd(), found.file) || found.file } : found;
    const line = formatProblem(problem);
    const where = `${problem.file}:${problem.position.line}:${problem.position.column}:`;
    process.stdout.write(`${out.bold(where)}${line.slice(where.length)}\n`);
  }
  const noun = problems.length === 1 ? 'problem' : 'problems';
  process.stderr.write(`${err.fail(`${problems.length} ${noun}`)} in the values for chart ${chartName}\n`);
  return 1;
}
