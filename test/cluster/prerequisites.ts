import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChartUnderTest, Scenario } from '../../generator/tools/charts.ts';
import { kubectl } from './kube.ts';
import { expectOk } from './run.ts';

/**
 * Objects a scenario expects to find before it is installed (the Secrets and claims it
 * names as `existing…`), one manifest file per scenario:
 * test/cluster/prerequisites/<chart>/<scenario>.yaml. `${NAMESPACE}` is replaced by the
 * namespace, so cluster-scoped objects (a PersistentVolume) get unique names.
 */
export const prerequisitesDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'prerequisites');

function manifest(chart: ChartUnderTest, scenario: Scenario, namespace: string): string | undefined {
  const file = path.join(prerequisitesDir, chart.name, `${scenario.name}.yaml`);
  return existsSync(file) ? readFileSync(file, 'utf8').replaceAll('${NAMESPACE}', namespace) : undefined;
}

export async function applyPrerequisites(chart: ChartUnderTest, scenario: Scenario, namespace: string): Promise<void> {
  const text = manifest(chart, scenario, namespace);
  if (text === undefined) return;
  expectOk(
    await kubectl(['apply', '--namespace', namespace, '-f', '-'], text),
    `applying prerequisites of ${chart.name} ${scenario.name} in ${namespace}`,
  );
}

/** Removes what the namespace's deletion does not (cluster-scoped objects). */
export async function deletePrerequisites(chart: ChartUnderTest, scenario: Scenario, namespace: string): Promise<void> {
  const text = manifest(chart, scenario, namespace);
  if (text === undefined) return;
  await kubectl(['delete', '--namespace', namespace, '--ignore-not-found', '--wait=false', '-f', '-'], text);
}
