import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chartsDir } from '../tools/paths.ts';

/**
 * The file `generate --out DIR` leaves in DIR to say the generator owns it.
 *
 * Why a marker rather than recognising chart folders: a folder of Helm charts with
 * Chart.yaml files is exactly what a user's own charts directory looks like, so "every
 * entry is a chart folder" would let `--out ~/my-charts` replace a hand-written `apim`
 * chart. A marker only exists where this generator put it. The repository's own charts/
 * carries none (it stays byte for byte what is committed); it is the generator's by definition.
 */
export const outputMarker = '.wso2-charts-output';
export const outputMarkerText = 'Written by `wso2-charts generate --out`. Chart folders in here are replaced when they are generated again.\n';

/** Why `dir` may not be written into, or undefined when it may. */
export function refusalToWrite(dir: string): string | undefined {
  if (path.resolve(dir) === chartsDir || !existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) return `--out ${dir}: exists and is not a folder; expected a new or empty folder, or one written by \`generate --out\` before`;
  const entries = readdirSync(dir);
  if (entries.length === 0) return undefined;
  if (entries.includes(outputMarker)) return undefined;
  return `--out ${dir}: the folder is not empty and was not written by \`generate --out\` (no ${outputMarker} file in it); nothing was written. Choose a new or empty folder, so none of your files are replaced`;
}

/** The repository's charts/ needs no marker; any other output folder gets one. */
export function needsMarker(dir: string): boolean {
  return path.resolve(dir) !== chartsDir;
}
