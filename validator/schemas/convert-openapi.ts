import { draft07, forEachSubschema, isObject, nullable, validationKeywords, type JsonSchema } from './json-schema.ts';
import { kindKey, type KindEntry } from './kind-key.ts';

/**
 * Converts the Kubernetes OpenAPI v2 document (`swagger.json`) into JSON Schemas with
 * kubeconform's semantics:
 * - int-or-string is `oneOf [string, integer]`; a quantity is `oneOf [quantity string, number]`;
 * - an optional field also accepts `null`, a required one does not, and so does a map value
 *   (the API server's decoder reads it as the zero value);
 * - a quantity string may have spaces around it (the decoder trims them);
 * - each kind's root pins `apiVersion` and `kind` to that kind;
 * - in strict mode every object that lists its properties rejects any other
 *   (`additionalProperties: false`), including at the root.
 * Definitions keep their upstream names and refer to each other with `#/definitions/NAME`.
 */

const intOrStringName = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';
const quantityName = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

/**
 * Go's strings.TrimSpace as `Quantity.UnmarshalJSON` applies it to the raw JSON text (so only
 * the spaces a JSON encoder leaves unescaped: not tabs, newlines or U+2028/9).
 */
const quantitySpace = '[ \u0085\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*';

/**
 * The grammar of `resource.Quantity` (k8s.io/apimachinery), so `2GB` is caught before the API
 * server sees it; surrounding spaces are trimmed by the API server's decoder, so `" 100m"` passes.
 */
export const quantityPattern =
  `^${quantitySpace}[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))?${quantitySpace}$`;

export interface ConvertedRelease {
  readonly strict: boolean;
  /** Converted definitions by upstream name. */
  readonly definitions: Readonly<Record<string, JsonSchema>>;
  /** One entry per group/version/kind, sorted by key. */
  readonly kinds: readonly KindEntry[];
  /** The root schema of each kind, by key (`deployment-apps-v1`). */
  readonly roots: Readonly<Record<string, JsonSchema>>;
}

interface SwaggerDocument {
  definitions: Record<string, unknown>;
}

interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

export function parseSwagger(text: string, source: string): SwaggerDocument {
  const doc = JSON.parse(text) as unknown;
  if (!isObject(doc) || !isObject(doc['definitions'])) {
    throw new Error(`${source}: expected an OpenAPI v2 document with "definitions"`);
  }
  return doc as unknown as SwaggerDocument;
}

export function convertSwagger(swagger: SwaggerDocument, strict: boolean): ConvertedRelease {
  const definitions: Record<string, JsonSchema> = {};
  for (const [name, node] of Object.entries(swagger.definitions)) {
    definitions[name] = convertDefinition(name, node, strict);
  }

  const kinds: KindEntry[] = [];
  const roots: Record<string, JsonSchema> = {};
  for (const [name, node] of Object.entries(swagger.definitions)) {
    if (!isObject(node)) continue;
    for (const gvk of groupVersionKinds(node)) {
      const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
      const key = kindKey(apiVersion, gvk.kind);
      // Two groups sharing a first label would share a kubeconform file name; keep the first.
      if (roots[key]) continue;
      roots[key] = pinKind(definitions[name]!, apiVersion, gvk.kind);
      kinds.push({ key, apiVersion, kind: gvk.kind, definition: name });
    }
  }
  kinds.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { strict, definitions, kinds, roots };
}

/**
 * A kind's schema as one self-contained document (kubeconform's "standalone" form): the root
 * plus only the definitions it reaches.
 */
export function standaloneSchema(release: ConvertedRelease, key: string): JsonSchema {
  const root = release.roots[key];
  if (!root) throw new Error(`no kind ${key} in the converted schemas`);
  const reached: Record<string, JsonSchema> = {};
  const pending = [...referencedNames(root)];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (reached[name]) continue;
    const definition = release.definitions[name];
    if (!definition) throw new Error(`${key}: reference to unknown definition ${name}`);
    reached[name] = definition;
    pending.push(...referencedNames(definition));
  }
  const sorted = Object.fromEntries(Object.keys(reached).sort().map((name) => [name, reached[name]!]));
  return { $schema: draft07, ...root, definitions: sorted };
}

function convertDefinition(name: string, node: unknown, strict: boolean): JsonSchema {
  if (name === intOrStringName) return { oneOf: [{ type: 'string' }, { type: 'integer' }] };
  if (name === quantityName) return { oneOf: [{ type: 'string', pattern: quantityPattern }, { type: 'number' }] };
  return convertNode(node, strict);
}

function convertNode(node: unknown, strict: boolean): JsonSchema {
  if (!isObject(node)) return {};
  const ref = node['$ref'];
  if (typeof ref === 'string') return { $ref: ref };
  if (node['format'] === 'int-or-string') return { oneOf: [{ type: 'string' }, { type: 'integer' }] };

  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (validationKeywords.has(keyword)) out[keyword] = value;
  }
  if (node['items'] !== undefined) out['items'] = convertNode(node['items'], strict);

  const properties = node['properties'];
  if (isObject(properties)) {
    const required = new Set(Array.isArray(node['required']) ? (node['required'] as string[]) : []);
    const converted: Record<string, JsonSchema> = {};
    for (const [property, child] of Object.entries(properties)) {
      const schema = convertNode(child, strict);
      converted[property] = required.has(property) ? schema : nullable(schema);
    }
    out['properties'] = converted;
  }

  const additional = node['additionalProperties'];
  // A null map value decodes to the value type's zero value (`labels: {a: null}` is `a: ""`).
  if (isObject(additional)) out['additionalProperties'] = nullable(convertNode(additional, strict));
  else if (typeof additional === 'boolean') out['additionalProperties'] = additional;
  else if (strict && isObject(properties)) out['additionalProperties'] = false;
  return out;
}

function pinKind(definition: JsonSchema, apiVersion: string, kind: string): JsonSchema {
  const properties = isObject(definition['properties']) ? definition['properties'] : {};
  const required = Array.isArray(definition['required']) ? (definition['required'] as string[]) : [];
  return {
    ...definition,
    properties: {
      ...properties,
      apiVersion: { type: 'string', enum: [apiVersion] },
      kind: { type: 'string', enum: [kind] },
    },
    required: [...new Set(['apiVersion', 'kind', ...required])],
  };
}

function groupVersionKinds(node: Record<string, unknown>): GroupVersionKind[] {
  const list = node['x-kubernetes-group-version-kind'];
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item): item is GroupVersionKind =>
      isObject(item) && typeof item['group'] === 'string' && typeof item['version'] === 'string' && typeof item['kind'] === 'string',
  );
}

function referencedNames(schema: JsonSchema): string[] {
  const names: string[] = [];
  forEachSubschema(schema, (node) => {
    const ref = node['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#/definitions/')) names.push(ref.slice('#/definitions/'.length));
  });
  return names;
}
