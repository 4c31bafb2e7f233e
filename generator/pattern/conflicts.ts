import type { Component, Pattern } from './pattern.types.ts';

/** A rule broken between fields of a schema-valid pattern. */
export interface Conflict {
  readonly code: string;
  readonly segments: readonly (string | number)[];
  readonly message: string;
}

/** Finds every duplicate name and dangling reference; an empty list means the pattern is coherent. */
export function findPatternConflicts(pattern: Pattern): Conflict[] {
  const conflicts: Conflict[] = [];
  conflicts.push(...duplicates(pattern.components.map((c) => c.name), ['components'], 'name', 'component name'));
  pattern.components.forEach((component, index) => conflicts.push(...componentConflicts(component, ['components', index])));
  conflicts.push(...duplicates((pattern.scenarios ?? []).map((s) => s.name), ['scenarios'], 'name', 'scenario name'));
  const componentNames = pattern.components.map((c) => c.name);
  const sync = pattern.artifactSync;
  if (sync) {
    const refs: [string, (string | number)[]][] = [[sync.source, ['artifactSync', 'source']], ...sync.targets.map((t, i): [string, (string | number)[]] => [t, ['artifactSync', 'targets', i]])];
    for (const [name, segments] of refs) {
      if (!componentNames.includes(name)) {
        conflicts.push({ code: 'pattern.unknown-component', segments, message: `refers to component "${name}", which the pattern does not define; expected one of: ${componentNames.join(', ')}` });
      }
    }
  }
  return conflicts;
}

function componentConflicts(component: Component, at: readonly (string | number)[]): Conflict[] {
  const conflicts: Conflict[] = [];
  const portNames = component.ports.map((p) => p.name);
  conflicts.push(...duplicates(portNames, [...at, 'ports'], 'name', 'port name'));
  conflicts.push(
    ...duplicates(component.ports.map((p) => `${p.port}/${p.protocol ?? 'TCP'}`), [...at, 'ports'], 'port', 'port number'),
  );
  if (component.singlePod !== undefined) {
    // A single-pod component gets no autoscaling values and a replica count of at most 1.
    if (component.scaling) conflicts.push({ code: 'pattern.single-pod-scaled', segments: [...at, 'scaling'], message: 'a component with `singlePod` runs at most one pod and cannot be autoscaled; remove `scaling` or `singlePod`' });
    if ((component.replicas ?? 1) > 1) conflicts.push({ code: 'pattern.single-pod-scaled', segments: [...at, 'replicas'], message: `a component with \`singlePod\` runs at most one pod; expected replicas 0 or 1, got ${component.replicas}` });
  }
  const known = new Set(portNames);
  const portRef = (name: string, segments: (string | number)[]): void => {
    if (!known.has(name)) {
      conflicts.push({
        code: 'pattern.unknown-port',
        segments,
        message: `refers to port "${name}", which the component does not declare; expected one of: ${portNames.join(', ')}`,
      });
    }
  };
  for (const kind of ['startup', 'liveness', 'readiness'] as const) {
    const check = component.probes?.[kind]?.check;
    if (check && check.type !== 'exec') portRef(check.port, [...at, 'probes', kind, 'check', 'port']);
  }
  (component.ingress ?? []).forEach((route, i) => portRef(route.port, [...at, 'ingress', i, 'port']));
  conflicts.push(...duplicates((component.configFiles ?? []).map((f) => f.key), [...at, 'configFiles'], 'key', 'config file key'));
  const volumes = component.volumes ?? [];
  conflicts.push(...duplicates(volumes.map((v) => v.name), [...at, 'volumes'], 'name', 'volume name'));
  const volumeNames = new Set(volumes.map((v) => v.name));
  (component.sidecars ?? []).forEach((sidecar, s) =>
    (sidecar.volumeMounts ?? []).forEach((mount, m) => {
      if (!volumeNames.has(mount.volume)) {
        conflicts.push({
          code: 'pattern.unknown-volume',
          segments: [...at, 'sidecars', s, 'volumeMounts', m, 'volume'],
          message: `refers to volume "${mount.volume}", which the component does not declare; expected one of: ${[...volumeNames].join(', ') || '(none declared)'}`,
        });
      }
    }),
  );
  const scaling = component.scaling;
  if (scaling?.minReplicas !== undefined && scaling.maxReplicas !== undefined && scaling.minReplicas > scaling.maxReplicas) {
    conflicts.push({
      code: 'pattern.scaling-range',
      segments: [...at, 'scaling', 'minReplicas'],
      message: `minReplicas (${scaling.minReplicas}) must not exceed maxReplicas (${scaling.maxReplicas})`,
    });
  }
  return conflicts;
}

function duplicates(values: readonly string[], at: readonly (string | number)[], field: string, what: string): Conflict[] {
  const firstIndex = new Map<string, number>();
  const conflicts: Conflict[] = [];
  values.forEach((value, index) => {
    const first = firstIndex.get(value);
    if (first === undefined) firstIndex.set(value, index);
    else {
      conflicts.push({
        code: 'pattern.duplicate',
        segments: [...at, index, field],
        message: `duplicate ${what} "${value.split('/')[0]}" (already used at index ${first}); expected each ${what} once`,
      });
    }
  });
  return conflicts;
}
