/**
 * Turns Kubernetes OpenAPI v2 definitions into draft-07 JSON Schema definitions for chart
 * values: validation keywords and a one-sentence description kept, `x-kubernetes-*` and
 * `format` dropped (helm's and the IDE's validators disagree on OpenAPI formats), objects
 * closed to unknown keys so typos fail, optional fields nullable (helm deletes a key set
 * to null, so `httpGet: null` is how a user removes a default handler).
 */
import { enumOverlay } from './enum-overlay.ts';

export type Schema = { [keyword: string]: unknown };

const intOrString = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';
const quantity = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

/** resource.Quantity's grammar (k8s.io/apimachinery), so `2GB` fails before the API server sees it. */
const quantityPattern =
  '^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))?$';

const keptKeywords = [
  'type', 'enum', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'required',
] as const;

const refPrefix = '#/definitions/';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first sentence: enough for a hover, a fraction of the size. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/\.(\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}

/**
 * A definition without its own description: hovers then show the description of the field or
 * chart value that uses the type, which says what this particular value is for.
 */
export function convertDefinition(name: string, node: unknown): Schema {
  if (name === intOrString) return { oneOf: [{ type: 'string' }, { type: 'integer' }] };
  if (name === quantity) return { oneOf: [{ type: 'string', pattern: quantityPattern }, { type: 'number' }] };
  const { description: _unused, ...schema } = convertNode(node);
  return withEnums(name, schema);
}

/** Applies the enum overlay; fails when upstream no longer has the field as a string. */
function withEnums(name: string, schema: Schema): Schema {
  const overlay = enumOverlay[name];
  if (!overlay) return schema;
  const properties = { ...(schema['properties'] as Record<string, Schema>) };
  for (const [property, values] of Object.entries(overlay)) {
    const field = properties[property];
    const type = field?.['type'];
    const types = Array.isArray(type) ? type : [type];
    if (!field || !types.includes('string')) throw new Error(`${name}.${property}: expected a string field upstream for the enum overlay`);
    // An optional field may also be left empty or null: Kubernetes then applies its default.
    const optional = types.includes('null');
    properties[property] = { ...field, enum: optional ? [...values, '', null] : [...values] };
  }
  return { ...schema, properties };
}

function convertNode(node: unknown): Schema {
  if (!isRecord(node)) return {};
  const description = typeof node['description'] === 'string' ? firstSentence(node['description']) : undefined;
  const out: Schema = description ? { description } : {};
  const ref = node['$ref'];
  if (typeof ref === 'string') return { ...out, allOf: [{ $ref: ref }] };
  if (node['format'] === 'int-or-string') return { ...out, oneOf: [{ type: 'string' }, { type: 'integer' }] };
  for (const keyword of keptKeywords) if (node[keyword] !== undefined) out[keyword] = node[keyword];
  if (node['items'] !== undefined) out['items'] = convertNode(node['items']);
  const properties = node['properties'];
  if (isRecord(properties)) {
    const required = new Set(Array.isArray(node['required']) ? (node['required'] as string[]) : []);
    out['properties'] = Object.fromEntries(
      Object.entries(properties).map(([key, child]) => {
        const schema = convertNode(child);
        return [key, required.has(key) ? schema : nullable(schema)];
      }),
    );
    out['additionalProperties'] = false;
  }
  const additional = node['additionalProperties'];
  if (isRecord(additional)) out['additionalProperties'] = convertNode(additional);
  return out;
}

/** Adds null to what a schema accepts, keeping its description outermost for hovers. */
function nullable(schema: Schema): Schema {
  const { description, ...rest } = schema;
  const head: Schema = description === undefined ? {} : { description };
  const type = rest['type'];
  if (rest['enum'] === undefined && typeof type === 'string') return { ...head, ...rest, type: [type, 'null'] };
  if (rest['enum'] === undefined && Array.isArray(type)) return { ...head, ...rest, type: [...new Set([...type, 'null'])] };
  // A reference (`allOf: [$ref]`) becomes `anyOf: [$ref, null]`; anything else is wrapped whole.
  const onlyRef = Object.keys(rest).length === 1 && Array.isArray(rest['allOf']);
  return { ...head, anyOf: [...(onlyRef ? (rest['allOf'] as Schema[]) : [rest]), { type: 'null' }] };
}

/** Names of the definitions a schema refers to directly. */
export function referencedDefinitions(schema: unknown): string[] {
  const names: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isRecord(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith(refPrefix)) names.push(value.slice(refPrefix.length));
        else visit(value);
      }
    }
  };
  visit(schema);
  return names;
}

/** The named definitions and everything they reach, converted and sorted by name. */
export function closure(source: Readonly<Record<string, unknown>>, roots: readonly string[]): Record<string, Schema> {
  const reached: Record<string, Schema> = {};
  const pending = [...roots];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (reached[name]) continue;
    if (!(name in source)) throw new Error(`definition ${name} is not in the Kubernetes OpenAPI document`);
    reached[name] = convertDefinition(name, source[name]);
    pending.push(...referencedDefinitions(reached[name]));
  }
  return Object.fromEntries(Object.keys(reached).sort().map((name) => [name, reached[name]!]));
}
