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
