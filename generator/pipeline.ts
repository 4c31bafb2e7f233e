import path from 'node:path';
import { emitChart, type ChartFiles } from './emit/chart-files.ts';
import { diagramSvg } from './emit/diagram.ts';
import { normalize } from './model/normalize.ts';
import { InputError, type Issue } from './pattern/issues.ts';
import { discoverPatternFiles } from './pattern/discover.ts';
import { loadPattern } from './pattern/load.ts';
import { validatePattern } from './pattern/validate.ts';
import { repoRoot } from './tools/paths.ts';

export const patternsDir = path.join(repoRoot, 'patterns');

/** The pattern definitions in the repository: `patterns/<chart>/pattern.{ts,yaml,json,…}`, sorted. */
export function defaultPatternFiles(): string[] {
  return discoverPatternFiles([patternsDir]);
}

/** The chart's files with one more, kept in path order. */
function withFile(files: ChartFiles, file: string, content: string): ChartFiles {
  return new Map([...files, [file, content] as const].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * load → validate → normalize → emit (the diagram laid out by Graphviz), for every pattern. Problems of all patterns
 * are collected and thrown together; nothing is written here.
 */
export async function buildCharts(patternFiles: readonly string[]): Promise<Map<string, ChartFiles>> {
  const charts = new Map<string, ChartFiles>();
  const issues: Issue[] = [];
  for (const file of patternFiles) {
    try {
      const pattern = validatePattern(await loadPattern(file));
      if (charts.has(pattern.chart.name)) {
        issues.push({ code: 'pattern.duplicate-chart', file, path: 'chart.name', message: `chart "${pattern.chart.name}" is already defined by another pattern` });
        continue;
      }
      const model = normalize(pattern);
      charts.set(pattern.chart.name, withFile(emitChart(model), 'diagram.svg', await diagramSvg(model)));
    } catch (error) {
      if (error instanceof InputError) issues.push(...error.issues);
      else throw error;
    }
  }
  if (issues.length > 0) throw new InputError(issues);
  return charts;
}
