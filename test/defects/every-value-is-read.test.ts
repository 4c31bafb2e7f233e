import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chartValuesValidator, mergeValues } from '../../generator/checks/values-schema.ts';
import { helmTemplate, pinnedHelms } from '../../generator/tools/helm.ts';
import { listCharts, type ChartUnderTest } from '../../generator/tools/charts.ts';
import { normalize } from '../../generator/model/normalize.ts';
import { leaves } from '../../generator/model/values-tree.ts';
import { loadPattern } from '../../generator/pattern/load.ts';
import { validatePattern } from '../../generator/pattern/validate.ts';
import { defaultPatternFiles } from '../../generator/pipeline.ts';
import { tempDir } from '../support/files.ts';

/**
 * Every key in values.yaml is read by some template: each scalar leaf (and each empty
 * list or map) is changed in turn, and the rendered output must change. Some values only
 * matter when a feature is on, so each change is tried against a few base contexts: the
 * defaults, everything switched on, and the alternatives of mutually exclusive settings.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

// A random password would change every render; contexts fix it or use an existing Secret.
const fixedPassword: Record<string, Json> = { adminCredentials: { password: 'fixed' } };

const helm = pinnedHelms().find((h) => h.name === 'helm4')!;
const apiVersions = ['monitoring.coreos.com/v1/ServiceMonitor'];

/** Samples for empty lists and maps, by key: each a valid, visible change. */
const samples: Record<string, Json> = {
  imagePullSecrets: [{ name: 'mutated' }],
  tolerations: [{ key: 'mutated', operator: 'Exists' }],
  affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'mutated', operator: 'Exists' }] }] } } },
  topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'mutated', whenUnsatisfiable: 'ScheduleAnyway' }],
  extraEnvVars: [{ name: 'MUTATED', value: '1' }],
  extraVolumes: [{ name: 'mutated', emptyDir: {} }],
  extraVolumeMounts: [{ name: 'config', mountPath: '/mutated' }],
  sidecars: [{ name: 'mutated', image: 'busybox:1.36' }],
  initContainers: [{ name: 'mutated', image: 'busybox:1.36' }],
  extraArgs: ['-Dmutated=true'],
};
const mapSample: Json = { 'example.com/mutated': 'true' };
const configFileSample: Json = { 'mutated.xml': { path: 'repository/conf/mutated.xml', content: '<mutated/>' } };

function leafPaths(value: Json, at: Path = []): Path[] {
  if (Array.isArray(value)) return value.length === 0 ? [at] : value.flatMap((v, i) => leafPaths(v, [...at, i]));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? [at] : entries.flatMap(([k, v]) => leafPaths(v, [...at, k]));
  }
  return [at];
}

function get(value: Json, at: Path): Json | undefined {
  return at.reduce<Json | undefined>((v, k) => (v === null || typeof v !== 'object' ? undefined : (v as Record<string | number, Json>)[k]), value);
}

/**
 * The leaves to change: every leaf of the chart's values tree; a Kubernetes-shaped value
 * (passed through with toYaml as a whole) is changed once, at its first scalar.
 */
async function valueLeaves(chartName: string, defaults: Json): Promise<Path[]> {
  for (const file of defaultPatternFiles()) {
    const model = normalize(validatePattern(await loadPattern(file)));
    if (model.name !== chartName) continue;
    return [...leaves(model.values)].flatMap(([at, leaf]) => {
      const value = get(defaults, [...at]);
      if (value === undefined) return [];
      const inside = leafPaths(value as Json, [...at]);
      return leaf.kubernetesType ? inside.slice(0, 1) : inside;
    });
  }
  throw new Error(`no pattern defines chart ${chartName}`);
}

/** An overlay holding `replacement` at `at`, shaped like helm values (lists are replaced whole). */
function overlayAt(defaults: Json, at: Path, replacement: Json): Json {
  const listIndex = at.findIndex((k) => typeof k === 'number');
  if (listIndex >= 0) {
    const listPath = at.slice(0, listIndex);
    const list = structuredClone(get(defaults, listPath) ?? []) as Json[];
    const inner = at.slice(listIndex + 1);
    if (inner.length === 0) list[at[listIndex] as number] = replacement;
    else (get(list, [at[listIndex] as number, ...inner.slice(0, -1)]) as Record<string, Json>)[inner[inner.length - 1] as string] = replacement;
    return nest(listPath, list);
  }
  return nest(at, replacement);
}

function nest(at: Path, leaf: Json): Json {
  return at.reduceRight<Json>((inner, key) => ({ [key]: inner }), leaf);
}

function candidates(at: Path, value: Json, portNames: string[]): Json[] {
  const key = String(at[at.length - 1]);
  if (Array.isArray(value)) return [samples[key] ?? []];
  if (value !== null && typeof value === 'object') return [samples[key] ?? (key === 'configFiles' ? configFileSample : mapSample)];
  if (typeof value === 'boolean') return [!value];
  if (typeof value === 'number') return [value + 1, value - 1];
  if (value === null) return [30001, 3307];
  const s = value;
  return [
    `${s}x`, ...portNames.filter((p) => p !== s), 'mutated', '/opt/mutated', `${s}/mutated`, '3Gi', '4Gi', '2500m', '45s', `sha256:${'a'.repeat(64)}`, '/drivers/mutated.jar', '0123456789abcdef'.repeat(4),
    'UDP', 'ClientIP', 'None', 'NodePort', 'StatefulSet', 'Deployment', 'PKCS12', 'Recreate', 'Exact', 'HTTP', 'HTTPS', 'Always', 'hard', 'none', 'postgresql', 'sharedVolume', 'rsync', 'ReadWriteMany',
  ].filter((c) => c !== s);
}

/** Base contexts: the defaults, every feature on, and the other side of each either/or. */
function contexts(chart: ChartUnderTest, defaults: Record<string, Json>): Json[] {
  const schema = JSON.parse(readFileSync(path.join(chart.dir, 'values.schema.json'), 'utf8')) as { properties: Record<string, { properties?: { replicaCount?: { maximum?: number } } }> };
  // Two pods where the schema allows them; a single-pod role keeps its one.
  const moreReplicas = (component: string): number => Math.min(2, schema.properties[component]?.properties?.replicaCount?.maximum ?? 2);
  const components = Object.keys(defaults).filter((k) => (defaults[k] as Record<string, Json> | null)?.['controller'] !== undefined);
  const perComponent = (values: (c: Record<string, Json>) => Json): Json => Object.fromEntries(components.map((c) => [c, values(defaults[c] as Record<string, Json>)]));
  // What a chart cannot install without (unpublished images, an unfixed user id) is set in every context.
  const required = requiredOverlay(chart);
  const discovery = defaults['clusterDiscovery'] as Record<string, Json> | undefined;
  const allOn: Record<string, Json> = {
    ...(perComponent((c) => ({
      enabled: true,
      clustering: { enabled: true },
      ...('autoscaling' in c ? { autoscaling: { enabled: true } } : {}),
      ingress: { enabled: true },
      httpRoute: { enabled: true },
      service: { type: 'NodePort', sessionAffinity: 'ClientIP' },
      volumes: Object.fromEntries(Object.keys(c['volumes'] as object).map((v) => [v, { persistence: { enabled: true } }])),
    })) as Record<string, Json>),
    metrics: { enabled: true, serviceMonitor: { enabled: true } },
    networkPolicy: { enabled: true },
    keystores: { existingSecret: 'keystores' },
    adminCredentials: { existingSecret: 'admin' },
    ...(discovery && 'membershipScheme' in discovery
      ? { clusterDiscovery: { membershipScheme: { image: { registry: 'r.example.com', repository: 'scheme', tag: '1' }, jarPath: '/jars/scheme.jar' } } }
      : {}),
  };
  const externalDatabase: Json = { type: 'mysql', host: 'db', existingSecret: 'db', jdbcDriver: { image: { registry: 'r.example.com', repository: 'drivers', tag: '1' }, jarPath: '/drivers/d.jar' } };
  if ('database' in defaults) allOn['database'] = externalDatabase;
  if ('artifactSync' in defaults) allOn['artifactSync'] = { mode: 'rsync', rsync: { existingSecret: 'rsync' } };
  const alternatives: Record<string, Json> = {
    ...fixedPassword,
    ...(Object.fromEntries(components.map((c) => [c, { enabled: true, replicaCount: moreReplicas(c) }])) as Record<string, Json>),
    ...('artifactSync' in defaults ? { artifactSync: { mode: 'sharedVolume' } } : {}),
    // More than one pod needs a database outside the pods where the evaluation one is embedded.
    ...('database' in defaults && !('evaluation' in (defaults['database'] as Record<string, Json>)) ? { database: externalDatabase } : {}),
  };
  return [fixedPassword, allOn, alternatives].map((base) => mergeValues(required, base) as Json);
}

/** Values for each of the chart's required values (Chart.yaml), so its contexts render. */
function requiredOverlay(chart: ChartUnderTest): Json {
  return chart.requiredValues.reduce<Json>((overlay, at) => {
    const keys = at.split('.');
    const value: Json = keys[keys.length - 1] === 'registry' ? 'registry.example.com' : 1000;
    return mergeValues(overlay, nest(keys, value)) as Json;
  }, {});
}

/** The rendered output, or undefined; `failure` gets helm's message when the render fails. */
async function renderWith(chart: ChartUnderTest, dir: string, name: string, overlay: Json, failure?: (message: string) => void): Promise<string | undefined> {
  const file = path.join(dir, `${name}.yaml`);
  await writeFile(file, stringify(overlay));
  const result = await helmTemplate(helm, chart.dir, { valuesFiles: [file], apiVersions });
  if (!result.ok) failure?.(result.stderr);
  return result.ok ? result.stdout : undefined;
}

describe.each(listCharts().map((c) => [c.name, c] as const))('%s', (_name, chart) => {
  it('every value in values.yaml changes the rendered output', async () => {
    const defaults = parse(readFileSync(path.join(chart.dir, 'values.yaml'), 'utf8')) as Record<string, Json>;
    const validate = chartValuesValidator(chart.dir);
    const dir = await tempDir(`leaves-${chart.name}`);
    const bases = contexts(chart, defaults);
    const baseFailures: string[] = [];
    const baseOutputs = await Promise.all(bases.map((b, i) => renderWith(chart, dir, `base-${i}`, b, (m) => baseFailures.push(`base-${i}: ${m}`))));
    expect(baseFailures).toEqual([]);
    expect(baseOutputs.every((o) => o !== undefined)).toBe(true);

    const unread: string[] = [];
    const paths = await valueLeaves(chart.name, defaults);
    let next = 0;
    const worker = async (id: number): Promise<void> => {
      for (let i = next++; i < paths.length; i = next++) {
        const at = paths[i]!;
        const component = defaults[at[0] as string] as Record<string, Json> | undefined;
        const portNames = Object.keys((component?.['ports'] as object | undefined) ?? {});
        let changed = false;
        search: for (const [b, base] of bases.entries()) {
          const context = mergeValues(defaults, base) as Json;
          const current = get(context, at);
          if (current === undefined) continue;
          for (const candidate of candidates(at, current, portNames)) {
            const overlay = mergeValues(base, overlayAt(context, at, candidate)) as Json;
            if (!validate(mergeValues(defaults, overlay))) continue;
            let message = '';
            const output = await renderWith(chart, dir, `leaf-${id}`, overlay, (m) => { message = m; });
            // A change the chart refuses by name (a cross-field rule, e.g. disabling a component others need) is read too.
            if (output === undefined && message.includes(`${at.join('.')}:`)) changed = true;
            if (changed) break search;
            if (output === undefined) continue;
            if (output !== baseOutputs[b]) changed = true;
            if (changed) break search;
            break; // a valid change that renders the same output: try the next context
          }
        }
        if (!changed) unread.push(at.join('.'));
      }
    };
    await Promise.all([worker(0), worker(1)]);
    expect(paths.length).toBeGreaterThan(50);
    expect(unread.sort(), `values no template reads (of ${paths.length})`).toEqual([]);
  }, 900_000);
});
