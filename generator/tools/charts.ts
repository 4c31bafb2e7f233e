import { readdirSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { requiredValuesAnnotation } from '../model/chart-yaml.ts';
import { chartsDir } from './paths.ts';

/** One way of installing a chart: its defaults, or a `ci/NN-name-values.yaml` file. */
export interface Scenario {
  /** `default`, or the file name without `-values.yaml` (e.g. `01-sidecars`). */
  readonly name: string;
  /** Absent for the default scenario. */
  readonly valuesFile?: string;
}

export interface ChartUnderTest {
  readonly name: string;
  readonly dir: string;
  readonly scenarios: readonly Scenario[];
  /** Values the chart cannot install without; then its defaults are not a scenario (they must fail, naming these). */
  readonly requiredValues: readonly string[];
}

function requiredValuesOf(dir: string): string[] {
  const chart = parse(readFileSync(path.join(dir, 'Chart.yaml'), 'utf8')) as { annotations?: Record<string, string> };
  const list = chart.annotations?.[requiredValuesAnnotation];
  return list ? list.split(',') : [];
}

/** Every generated chart under `charts/` with its default and ci scenarios, sorted. */
export function listCharts(root: string = chartsDir): ChartUnderTest[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, entry.name, 'Chart.yaml')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = path.join(root, name);
      const ciDir = path.join(dir, 'ci');
      const ciFiles = existsSync(ciDir)
        ? readdirSync(ciDir).filter((f) => f.endsWith('-values.yaml')).sort()
        : [];
      const requiredValues = requiredValuesOf(dir);
      const scenarios: Scenario[] = [
        ...(requiredValues.length === 0 ? [{ name: 'default' }] : []),
        ...ciFiles.map((f) => ({ name: f.replace(/-values\.yaml$/, ''), valuesFile: path.join(ciDir, f) })),
      ];
      return { name, dir, scenarios, requiredValues };
    });
}
