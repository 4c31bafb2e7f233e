import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { helmTemplate, pinnedHelms, type Helm, type RenderOptions } from '../../generator/tools/helm.ts';
import { chartsDir } from '../../generator/tools/paths.ts';

/** A rendered Kubernetes object, loosely typed: tests look into it by path. */
export interface Resource {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly labels?: Record<string, string>; readonly annotations?: Record<string, string> };
  // Tests look into objects of many kinds by path; typing each kind buys nothing here.
  readonly [key: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export const helms: readonly Helm[] = pinnedHelms();

/** Values every test render sets, so output does not depend on a generated password. */
export const fixedPassword = ['adminCredentials.password=test-only-password'];

/** `helm template` of a chart under charts/, parsed into objects; throws with helm's message on failure. */
export async function render(helm: Helm, chart: string, options: RenderOptions = {}): Promise<Resource[]> {
  const result = await helmTemplate(helm, path.join(chartsDir, chart), { ...options, set: [...fixedPassword, ...(options.set ?? [])] });
  if (!result.ok) throw new Error(`helm template ${chart} (${helm.name}) failed:\n${result.stderr}`);
  return parseManifests(result.stdout);
}

export function parseManifests(text: string): Resource[] {
  return parseAllDocuments(text)
    .map((doc) => doc.toJS() as Resource | null)
    .filter((r): r is Resource => r !== null);
}

export function ofKind(resources: readonly Resource[], kind: string): Resource[] {
  return resources.filter((r) => r.kind === kind);
}

export function named(resources: readonly Resource[], kind: string, name: string): Resource {
  const found = resources.find((r) => r.kind === kind && r.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} among: ${resources.map((r) => `${r.kind}/${r.metadata.name}`).join(', ')}`);
  return found;
}

/** Renders a chart with one of its ci scenario files (by name, e.g. `06-autoscaling`). */
export function renderScenario(helm: Helm, chart: string, scenario: string, options: RenderOptions = {}): Promise<Resource[]> {
  const valuesFiles = scenario === 'default' ? [] : [path.join(chartsDir, chart, 'ci', `${scenario}-values.yaml`)];
  return render(helm, chart, { ...options, valuesFiles: [...valuesFiles, ...(options.valuesFiles ?? [])] });
}

/** Pod-bearing workloads (Deployments and StatefulSets). */
export function workloads(resources: readonly Resource[]): Resource[] {
  return resources.filter((r) => r.kind === 'Deployment' || r.kind === 'StatefulSet');
}

export function workloadOf(resources: readonly Resource[], component: string): Resource {
  const found = workloads(resources).find((r) => r.metadata.labels?.['app.kubernetes.io/component'] === component);
  if (!found) throw new Error(`no workload for component ${component}`);
  return found;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Container = any;

/** Every container of a pod spec: init containers, the product container and sidecars. */
export function containersOf(podSpec: { initContainers?: Container[]; containers: Container[] }): Container[] {
  return [...(podSpec.initContainers ?? []), ...podSpec.containers];
}
