import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** The parts of a Chart.yaml that publishing reads. */
export interface ChartMeta {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly annotations: Readonly<Record<string, string>>;
}

/** Reads `<chartDir>/Chart.yaml`; fails naming the file and the missing field. */
export function readChartMeta(chartDir: string): ChartMeta {
  const file = path.join(chartDir, 'Chart.yaml');
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (data === null || typeof data !== 'object') throw new Error(`${file}: expected a mapping`);
  const doc = data as Record<string, unknown>;
  const text = (key: string): string => {
    const value = doc[key];
    if (typeof value !== 'string' || value === '') throw new Error(`${file}: .${key}: expected a non-empty string`);
    return value;
  };
  const annotations: Record<string, string> = {};
  const raw = doc['annotations'];
  if (raw !== undefined && raw !== null) {
    if (typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${file}: .annotations: expected a mapping`);
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value !== 'string') throw new Error(`${file}: .annotations["${key}"]: expected a string`);
      annotations[key] = value;
    }
  }
  return { name: text('name'), version: text('version'), description: text('description'), annotations };
}

/** The file name `helm package` gives a chart: `<name>-<version>.tgz`. */
export function packageFileName(meta: Pick<ChartMeta, 'name' | 'version'>): string {
  return `${meta.name}-${meta.version}.tgz`;
}
