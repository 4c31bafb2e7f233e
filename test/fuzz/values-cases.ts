import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { ChartUnderTest } from '../../generator/tools/charts.ts';
import { arbitraryFor, resolveRef, type JsonSchema } from './schema-arbitrary.ts';

type Values = Record<string, unknown>;

/** A place in the values tree the fuzzer may change, with the schema that governs it. */
export interface MutationPoint {
  readonly path: readonly string[];
  readonly schema: JsonSchema;
  /** Passed to Kubernetes whole (sidecars, volumes, tolerations…): only API-server rules can judge it. */
  readonly kubernetesShaped: boolean;
}

export interface Mutation {
  readonly path: readonly string[];
  /** `null` asks helm to delete the key from the chart's defaults. */
  readonly value: unknown;
}

/** One generated values file: a scenario of the chart with a few leaves or subtrees changed. */
export interface ValuesCase {
  readonly chart: string;
  /** `default` or the ci scenario it starts from. */
  readonly scenario: string;
  readonly mutations: readonly Mutation[];
  /** The user's values file: the scenario's values with the mutations applied. */
  readonly values: Values;
}

/** A Kubernetes type, a list of one, or either of them or null (`anyOf`). */
function isKubernetesRef(schema: JsonSchema): boolean {
  return Boolean(
    schema.$ref?.startsWith('#/definitions/io.k8s.') ||
      (schema.items && isKubernetesRef(schema.items)) ||
      schema.anyOf?.some((branch) => isKubernetesRef(branch)),
  );
}

/** Every object property of the values schema, depth first; Kubernetes-shaped subtrees are one point each. */
export function mutationPoints(root: JsonSchema): MutationPoint[] {
  const points: MutationPoint[] = [];
  const walk = (schema: JsonSchema, path: string[]): void => {
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      const childPath = [...path, key];
      const kubernetesShaped = isKubernetesRef(child);
      points.push({ path: childPath, schema: child, kubernetesShaped });
      const resolved = resolveRef(child, root);
      if (!kubernetesShaped && resolved.properties) walk(resolved, childPath);
    }
  };
  walk(root, []);
  return points;
}

/** Sets `path` in a copy of `values`, creating the maps on the way. */
export function withValue(values: Values, path: readonly string[], value: unknown): Values {
  const [head, ...rest] = path;
  if (head === undefined) throw new Error('empty path');
  const copy: Values = { ...values };
  if (rest.length === 0) copy[head] = value;
  else {
    const child = copy[head];
    copy[head] = withValue(child && typeof child === 'object' && !Array.isArray(child) ? (child as Values) : {}, rest, value);
  }
  return copy;
}

export interface ChartFuzzInput {
  readonly chart: ChartUnderTest;
  readonly schema: JsonSchema;
  readonly defaults: Values;
  /** Scenario name → the values of its ci file (`{}` for the defaults). */
  readonly scenarios: ReadonlyMap<string, Values>;
  readonly points: readonly MutationPoint[];
}

export function chartFuzzInput(chart: ChartUnderTest): ChartFuzzInput {
  const schema = JSON.parse(readFileSync(`${chart.dir}/values.schema.json`, 'utf8')) as JsonSchema;
  const defaults = (parse(readFileSync(`${chart.dir}/values.yaml`, 'utf8')) ?? {}) as Values;
  const scenarios = new Map<string, Values>(
    chart.scenarios.map((s) => [s.name, s.valuesFile ? ((parse(readFileSync(s.valuesFile, 'utf8')) ?? {}) as Values) : {}]),
  );
  return { chart, schema, defaults, scenarios, points: mutationPoints(schema) };
}

/** A mutation: a point, then either `null` (delete) or a value its schema allows. */
function mutationArbitrary(input: ChartFuzzInput): fc.Arbitrary<Mutation> {
  return fc.constantFrom(...input.points).chain((point) =>
    fc.oneof(
      { arbitrary: fc.constant(null), weight: 1 },
      { arbitrary: arbitraryFor(point.schema, input.schema), weight: 4 },
    ).map((value) => ({ path: point.path, value })),
  );
}

/** Values cases for one chart: a scenario and one to four mutations. */
export function valuesCaseArbitrary(input: ChartFuzzInput): fc.Arbitrary<ValuesCase> {
  return fc
    .record({ scenario: fc.constantFrom(...input.scenarios.keys()), mutations: fc.array(mutationArbitrary(input), { minLength: 1, maxLength: 4 }) })
    .map(({ scenario, mutations }) => {
      const base = input.scenarios.get(scenario) ?? {};
      const values = mutations.reduce((acc, m) => withValue(acc, m.path, m.value), base);
      return { chart: input.chart.name, scenario, mutations, values };
    });
}

/**
 * The case without its Kubernetes-shaped values (those a user passes to Kubernetes whole; a
 * null there is a deletion, which is the chart's business and stays), or undefined when it
 * has none: a fault that goes away with them is theirs, not the chart's.
 */
export function withoutKubernetesShapes(input: ChartFuzzInput, valuesCase: ValuesCase): ValuesCase | undefined {
  const shaped = new Set(input.points.filter((p) => p.kubernetesShaped).map((p) => p.path.join('.')));
  const isShaped = (m: Mutation): boolean => m.value !== null && shaped.has(m.path.join('.'));
  if (!valuesCase.mutations.some(isShaped)) return undefined;
  const mutations = valuesCase.mutations.filter((m) => !isShaped(m));
  const base = input.scenarios.get(valuesCase.scenario) ?? {};
  return { ...valuesCase, mutations, values: mutations.reduce((acc, m) => withValue(acc, m.path, m.value), base) };
}
