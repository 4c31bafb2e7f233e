import { existsSync } from 'node:fs';
import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChartFiles } from '../emit/chart-files.ts';
import { needsMarker, outputMarker, outputMarkerText } from './output-dir.ts';

interface Swap {
  readonly target: string;
  readonly staging: string;
  readonly previous: string;
  swapped: boolean;
  hadPrevious: boolean;
}

/**
 * Replaces each chart's folder in `outputDir` on its own and leaves everything else
 * there alone. Every chart is first written into a hidden temporary sibling inside
 * `outputDir` (same file system, so renames are atomic); only when all are written are
 * they swapped in by rename. A failure before or during the swaps restores every chart
 * folder it had replaced and removes the temporary folders.
 */
export async function writeChartsAtomically(outputDir: string, charts: ReadonlyMap<string, ChartFiles>): Promise<void> {
  const createdOutput = !existsSync(outputDir);
  await mkdir(outputDir, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const swaps: Swap[] = [...charts.keys()].map((chart) => ({
    target: path.join(outputDir, chart),
    staging: path.join(outputDir, `.${chart}.tmp-${stamp}`),
    previous: path.join(outputDir, `.${chart}.old-${stamp}`),
    swapped: false,
    hadPrevious: false,
  }));
  try {
    for (const [index, files] of [...charts.values()].entries()) {
      const { staging } = swaps[index]!;
      for (const [relative, content] of files) {
        const file = path.join(staging, relative);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, content);
      }
    }
    for (const swap of swaps) {
      swap.hadPrevious = existsSync(swap.target);
      if (swap.hadPrevious) await rename(swap.target, swap.previous);
      swap.swapped = true;
      await rename(swap.staging, swap.target);
    }
  } catch (error) {
    await rollBack(swaps);
    if (createdOutput) await rmdir(outputDir).catch(() => undefined);
    throw error;
  }
  await Promise.all(swaps.map((swap) => rm(swap.previous, { recursive: true, force: true })));
  if (needsMarker(outputDir)) await writeFile(path.join(outputDir, outputMarker), outputMarkerText);
}

async function rollBack(swaps: readonly Swap[]): Promise<void> {
  for (const swap of swaps) {
    if (swap.swapped) {
      // The new folder may or may not have landed; the old one goes back either way.
      await rm(swap.target, { recursive: true, force: true });
      if (swap.hadPrevious) await rename(swap.previous, swap.target);
    }
    await rm(swap.staging, { recursive: true, force: true });
  }
}
