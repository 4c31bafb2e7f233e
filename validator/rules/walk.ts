import { isObject } from '../schemas/json-schema.ts';

/** kubeconform-style path of a field: `/spec/template/spec/containers/0/name`. */
export function fieldPath(...segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${segment}`).join('');
}

export function objectAt(value: unknown, ...path: readonly string[]): Record<string, unknown> | undefined {
  let current: unknown = value;
  for (const segment of path) {
    if (!isObject(current)) return undefined;
    current = current[segment];
  }
  return isObject(current) ? current : undefined;
}

/** Where a kind keeps pod templates' ObjectMeta and PodSpec, as field paths from the root. */
export function podTemplatePaths(kind: string): readonly (readonly string[])[] {
  switch (kind) {
    case 'Pod':
      return [[]];
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job':
    case 'ReplicationController':
      return [['spec', 'template']];
    case 'PodTemplate':
      return [['template']];
    case 'CronJob':
      return [['spec', 'jobTemplate', 'spec', 'template']];
    default:
      return [];
  }
}

/** Every ObjectMeta of a resource: its own, its pod template's, a CronJob's job template's, claim templates. */
export function objectMetas(kind: string, value: Record<string, unknown>): { path: readonly string[]; meta: Record<string, unknown> }[] {
  const found: { path: readonly string[]; meta: Record<string, unknown> }[] = [];
  const add = (path: readonly string[]): void => {
    const meta = objectAt(value, ...path);
    if (meta) found.push({ path, meta });
  };
  add(['metadata']);
  for (const template of podTemplatePaths(kind)) if (template.length > 0) add([...template, 'metadata']);
  if (kind === 'CronJob') add(['spec', 'jobTemplate', 'metadata']);
  if (kind === 'StatefulSet') {
    const claims = objectAt(value, 'spec')?.['volumeClaimTemplates'];
    if (Array.isArray(claims)) claims.forEach((_claim, index) => add(['spec', 'volumeClaimTemplates', String(index), 'metadata']));
  }
  return found;
}

/** Every PodSpec of a resource, with its field path. */
export function podSpecs(kind: string, value: Record<string, unknown>): { path: readonly string[]; spec: Record<string, unknown> }[] {
  const found: { path: readonly string[]; spec: Record<string, unknown> }[] = [];
  for (const template of podTemplatePaths(kind)) {
    const path = [...template, 'spec'];
    const spec = objectAt(value, ...path);
    if (spec) found.push({ path, spec });
  }
  return found;
}

const containerLists = ['initContainers', 'containers', 'ephemeralContainers'] as const;

/** Every container of a PodSpec (init, regular, ephemeral), with its field path. */
export function podContainers(spec: Record<string, unknown>, specPath: readonly string[]): { path: readonly string[]; container: Record<string, unknown>; list: (typeof containerLists)[number] }[] {
  const found: { path: readonly string[]; container: Record<string, unknown>; list: (typeof containerLists)[number] }[] = [];
  for (const list of containerLists) {
    const containers = spec[list];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container, index) => {
      if (isObject(container)) found.push({ path: [...specPath, list, String(index)], container, list });
    });
  }
  return found;
}

/** The objects of a list field, with their positions (non-objects skipped). */
export function objectItems(value: unknown): { index: number; item: Record<string, unknown> }[] {
  if (!Array.isArray(value)) return [];
  const found: { index: number; item: Record<string, unknown> }[] = [];
  value.forEach((item, index) => {
    if (isObject(item)) found.push({ index, item });
  });
  return found;
}
