import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChartFiles } from '../emit/chart-files.ts';

/**
 * Writes every chart into a temporary sibling of `outputDir`, then swaps it in with
 * renames. A failure before the swap leaves the previous output untouched.
 */
export async function writeChartsAtomically(outputDir: string, charts: ReadonlyMap<string, ChartFiles>): Promise<void> {
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = `${outputDir}.tmp-${stamp}`;
  const previous = `${outputDir}.old-${stamp}`;
  try {
    for (const [chart, files] of charts) {
      for (const [relative, content] of files) {
        const target = path.join(staging, chart, relative);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, content);
      }
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const hadPrevious = existsSync(outputDir);
  if (hadPrevious) await rename(outputDir, previous);
  try {
    await rename(staging, outputDir);
  } catch (error) {
    if (hadPrevious) await rename(previous, outputDir);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
