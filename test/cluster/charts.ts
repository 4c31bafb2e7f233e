import path from 'node:path';
import { listCharts, type ChartUnderTest } from '../../generator/tools/charts.ts';
import { repoRoot } from '../../generator/tools/paths.ts';

/** A small chart of the tests' own that proves the cluster works before any chart exists. */
export const fixtureChartsDir = path.join(repoRoot, 'test', 'fixtures', 'charts');

/** Every generated chart, then the fixture chart(s): what the cluster tests install. */
export function clusterCharts(): ChartUnderTest[] {
  return [...listCharts(), ...listCharts(fixtureChartsDir)];
}

/** The fixture chart `probe` (a Deployment, a Service, a helm test pod). */
export function probeChart(): ChartUnderTest {
  const probe = listCharts(fixtureChartsDir).find((chart) => chart.name === 'probe');
  if (!probe) throw new Error(`${fixtureChartsDir}/probe/Chart.yaml is missing`);
  return probe;
}
