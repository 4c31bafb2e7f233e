import { buildCharts, defaultPatternFiles } from '../pipeline.ts';
import { chartsDir } from '../tools/paths.ts';
import { findDrift } from '../write/drift.ts';
import type { Check } from './check.ts';

/** charts/ must be exactly what the generator writes from patterns/. */
export const driftCheck: Check = {
  name: 'charts/ matches the generator (generate --check)',
  async run() {
    const drift = findDrift(chartsDir, await buildCharts(defaultPatternFiles()));
    return [{ check: this.name, target: 'charts/', ok: drift.length === 0, problems: drift.map((d) => `${d.kind}: charts/${d.file}`) }];
  },
};
