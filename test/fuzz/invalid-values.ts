import { resolveRef, type JsonSchema } from './schema-arbitrary.ts';
import { withValue, type ChartFuzzInput } from './values-cases.ts';

type Values = Record<string, unknown>;

/** One mistake planted in a values file, and where helm's schema check must point. */
export interface PlantedError {
  /** The object (for a misspelt key) or the leaf the error belongs to. */
  readonly path: readonly string[];
  /** The misspelt key, which the message must name. */
  readonly key?: string;
}

/** A values file with many mistakes of one kind, each independent of the others. */
export interface InvalidValuesFile {
  readonly kind: 'misspelt keys' | 'wrong types' | 'above the maximum' | 'below the minimum' | 'not in the enum';
  readonly values: Values;
  readonly errors: readonly PlantedError[];
}

const typesOf = (schema: JsonSchema): readonly string[] =>
  schema.type === undefined ? [] : typeof schema.type === 'string' ? [schema.type] : schema.type;

/** A typo a user makes: the last two letters swapped, or a letter doubled when they are equal. */
export function misspell(key: string, taken: ReadonlySet<string>): string {
  const candidates = [
    key.length > 1 ? `${key.slice(0, -2)}${key.at(-1)}${key.at(-2)}` : `${key}${key}`,
    `${key}${key.at(-1) ?? 'x'}`,
    `${key}x`,
  ];
  const typo = candidates.find((c) => c !== key && !taken.has(c));
  if (!typo) throw new Error(`no misspelling of ${key} is free`);
  return typo;
}

/** A value of a type the leaf does not allow, or undefined when it allows every type we plant. */
function wrongType(types: readonly string[]): unknown {
  if (!types.includes('string')) return 'not-a-number';
  if (!types.includes('integer') && !types.includes('number')) return 12;
  if (!types.includes('boolean')) return true;
  return undefined;
}

/**
 * Schema-invalid values files for one chart, one per kind of mistake: a misspelt key in every
 * closed object at every depth (the root included), a wrong type, a bound crossed and a value
 * outside the enum at every leaf that has one. Kubernetes-shaped values are left alone: their
 * shape is the Kubernetes OpenAPI's, checked the same way.
 */
export function invalidValuesFiles(input: ChartFuzzInput): InvalidValuesFile[] {
  const objects: { path: readonly string[]; schema: JsonSchema }[] = [{ path: [], schema: input.schema }];
  const leaves: { path: readonly string[]; schema: JsonSchema }[] = [];
  for (const point of input.points) {
    if (point.kubernetesShaped) continue;
    const schema = resolveRef(point.schema, input.schema);
    if (schema.properties) objects.push({ path: point.path, schema });
    else if (!schema.anyOf && !schema.oneOf) leaves.push({ path: point.path, schema });
  }
  const files: InvalidValuesFile[] = [];
  const plant = (kind: InvalidValuesFile['kind'], errors: { error: PlantedError; at: readonly string[]; value: unknown }[]): void => {
    if (errors.length === 0) return;
    const values = errors.reduce<Values>((acc, e) => withValue(acc, e.at, e.value), {});
    files.push({ kind, values, errors: errors.map((e) => e.error) });
  };
  plant(
    'misspelt keys',
    objects
      .filter(({ schema }) => schema.additionalProperties === false)
      .flatMap(({ path, schema }) => {
        const keys = Object.keys(schema.properties ?? {});
        const first = keys[0];
        if (first === undefined) return [];
        const key = misspell(first, new Set(keys));
        // The misspelt key holds its original's default, as a user's copy of values.yaml would.
        return [{ error: { path, key }, at: [...path, key], value: schema.properties?.[first]?.default ?? 'x' }];
      }),
  );
  plant(
    'wrong types',
    leaves.flatMap(({ path, schema }) => {
      const types = typesOf(schema);
      const value = types.length > 0 && !schema.enum ? wrongType(types) : undefined;
      return value === undefined ? [] : [{ error: { path }, at: path, value }];
    }),
  );
  const integers = leaves.filter(({ schema }) => typesOf(schema).includes('integer'));
  plant('above the maximum', integers.flatMap(({ path, schema }) => (schema.maximum === undefined ? [] : [{ error: { path }, at: path, value: schema.maximum + 1 }])));
  plant('below the minimum', integers.flatMap(({ path, schema }) => (schema.minimum === undefined ? [] : [{ error: { path }, at: path, value: schema.minimum - 1 }])));
  plant(
    'not in the enum',
    leaves.flatMap(({ path, schema }) => (schema.enum && typesOf(schema).includes('string') ? [{ error: { path }, at: path, value: 'Not-An-Option' }] : [])),
  );
  return files;
}

/**
 * Whether helm's schema error output names the planted error: helm 3 prints dotted paths
 * (`(root)` for the top), helm 4 JSON pointers; a misspelt key is named on the line of its object.
 */
export function namesError(stderr: string, error: PlantedError): boolean {
  const dotted = error.path.length === 0 ? '(root)' : error.path.join('.');
  const pointer = `'${error.path.map((p) => `/${p.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')}'`;
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .some((line) => (line.startsWith(`- ${dotted}:`) || line.startsWith(`- at ${pointer}:`)) && (error.key === undefined || line.includes(error.key)));
}
