import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { ChartFiles } from '../emit/chart-files.ts';
import { outputMarker } from './output-dir.ts';

export type Drift =
  | { readonly file: string; readonly kind: 'changed'; readonly expected: string; readonly actual: string }
  | { readonly file: string; readonly kind: 'missing' | 'unexpected' };

export interface DriftScope {
  /**
   * True when the run generates every pattern, so any other file in the output is stale;
   * false (some patterns only) to compare just the folders of the charts generated.
   */
  readonly wholeOutput: boolean;
}

function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(path.join(dir, entry.name), relative) : [relative];
  });
}

/** Every difference between what the generator would write and what `outputDir` holds. */
export function findDrift(outputDir: string, charts: ReadonlyMap<string, ChartFiles>, scope: DriftScope = { wholeOutput: true }): Drift[] {
  const drift: Drift[] = [];
  const expected = new Set<string>();
  for (const [chart, files] of charts) {
    for (const [relative, content] of files) {
      const file = `${chart}/${relative}`;
      expected.add(file);
      const full = path.join(outputDir, file);
      if (!existsSync(full)) {
        drift.push({ file, kind: 'missing' });
        continue;
      }
      const actual = readFileSync(full, 'utf8');
      if (actual !== content) drift.push({ file, kind: 'changed', expected: content, actual });
    }
  }
  const present = scope.wholeOutput
    ? filesUnder(outputDir).filter((file) => file !== outputMarker)
    : [...charts.keys()].flatMap((chart) => filesUnder(path.join(outputDir, chart), chart));
  for (const file of present) {
    if (!expected.has(file)) drift.push({ file, kind: 'unexpected' });
  }
  return drift.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/**
 * A changed file as a unified diff from what is on disk (`a/`) to what the generator
 * writes (`b/`), paths relative to the output folder, so `patch -p1` inside it applies it.
 */
export function unifiedDiff(drift: Extract<Drift, { kind: 'changed' }>): string {
  const patch = createTwoFilesPatch(`a/${drift.file}`, `b/${drift.file}`, drift.actual, drift.expected, undefined, undefined, { context: 3 });
  // jsdiff opens every patch with a row of `=`; git and patch(1) have no use for it.
  return patch.replace(/^=+\n/, '');
}
