import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ChartFiles } from '../emit/chart-files.ts';

export interface Drift {
  readonly file: string;
  readonly kind: 'changed' | 'missing' | 'unexpected';
}

function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(path.join(dir, entry.name), relative) : [relative];
  });
}

/** Every difference between what the generator would write and what `outputDir` holds. */
export function findDrift(outputDir: string, charts: ReadonlyMap<string, ChartFiles>): Drift[] {
  const drift: Drift[] = [];
  const expected = new Set<string>();
  for (const [chart, files] of charts) {
    for (const [relative, content] of files) {
      const file = `${chart}/${relative}`;
      expected.add(file);
      const full = path.join(outputDir, file);
      if (!existsSync(full)) drift.push({ file, kind: 'missing' });
      else if (readFileSync(full, 'utf8') !== content) drift.push({ file, kind: 'changed' });
    }
  }
  for (const file of filesUnder(outputDir)) {
    if (!expected.has(file)) drift.push({ file, kind: 'unexpected' });
  }
  return drift.sort((a, b) => (a.file < b.file ? -1 : 1));
}
