import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The dotted `--set` paths of every image tag in a chart's values.yaml: each object that
 * has a string `repository` and a `tag` key (the Bitnami/helm-create image shape).
 */
export function imageTagPaths(chartDir: string): string[] {
  const file = path.join(chartDir, 'values.yaml');
  const paths: string[] = [];
  const walk = (node: unknown, at: readonly string[]): void => {
    if (Array.isArray(node) || node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.repository === 'string' && 'tag' in record) paths.push([...at, 'tag'].join('.'));
    for (const [key, value] of Object.entries(record)) walk(value, [...at, key.replace(/\./g, '\\.')]);
  };
  walk(parse(readFileSync(file, 'utf8')) as unknown, []);
  if (paths.length === 0) throw new Error(`${file}: no image ({repository, tag}) found to roll`);
  return paths;
}
