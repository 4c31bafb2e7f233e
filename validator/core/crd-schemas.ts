import { draft07, isObject, nullable, validationKeywords, type JsonSchema } from '../schemas/json-schema.ts';
import { kindKey } from '../schemas/kind-key.ts';
import { indexCelRules, type CelNode } from '../rules/cel.ts';
import { indexStructuralSchema, type IndexNode } from '../rules/field-index.ts';

/** A custom resource kind defined by a CRD document, with its converted JSON Schema. */
export interface CustomKindSchema {
  readonly apiVersion: string;
  readonly kind: string;
  /** kubeconform's file name for it, to write the schema where kubeconform can read it. */
  readonly key: string;
  readonly schema: JsonSchema;
  /** int32 fields and list-maps of the schema, for the API-server rules. */
  readonly fields?: IndexNode | undefined;
  /** CEL rules (`x-kubernetes-validations`) of the schema, compiled on first use, for the API-server rules. */
  readonly cel?: CelNode | undefined;
}

/**
 * The kinds a `CustomResourceDefinition` document defines, one per version with an
 * `openAPIV3Schema`. The structural schema is read with the API server's rules
 * (`nullable`, `x-kubernetes-int-or-string`, `x-kubernetes-preserve-unknown-fields`, nulls of
 * optional fields and map values dropped before validation) and
 * given the same strictness as the built-in kinds: in strict mode an object that lists its
 * properties accepts no others, and `apiVersion`/`kind` are pinned.
 */
export function customKindsFromCrd(document: unknown, strict: boolean): CustomKindSchema[] {
  if (!isObject(document) || document['kind'] !== 'CustomResourceDefinition') return [];
  const spec = document['spec'];
  if (!isObject(spec) || typeof spec['group'] !== 'string') return [];
  const names = spec['names'];
  if (!isObject(names) || typeof names['kind'] !== 'string') return [];
  const group = spec['group'];
  const kind = names['kind'];
  const kinds: CustomKindSchema[] = [];
  const versions = Array.isArray(spec['versions']) ? spec['versions'] : [];
  for (const version of versions) {
    if (!isObject(version) || typeof version['name'] !== 'string') continue;
    const schema = isObject(version['schema']) ? version['schema']['openAPIV3Schema'] : undefined;
    // apiextensions v1beta1 kept one schema for all versions under spec.validation.
    const legacy = isObject(spec['validation']) ? spec['validation']['openAPIV3Schema'] : undefined;
    const source = schema ?? legacy;
    if (!isObject(source)) continue;
    const apiVersion = `${group}/${version['name']}`;
    kinds.push({ apiVersion, kind, key: kindKey(apiVersion, kind), schema: rootSchema(source, apiVersion, kind, strict), fields: indexStructuralSchema(source), cel: indexCelRules(source) });
  }
  return kinds;
}

function rootSchema(source: Record<string, unknown>, apiVersion: string, kind: string, strict: boolean): JsonSchema {
  const converted = convertStructural(source, strict, 0);
  const properties = isObject(converted['properties']) ? { ...converted['properties'] } : {};
  properties['apiVersion'] = { type: 'string', enum: [apiVersion] };
  properties['kind'] = { type: 'string', enum: [kind] };
  // The API server always accepts metadata on a custom resource, whatever the schema lists.
  if (!properties['metadata']) properties['metadata'] = { type: 'object' };
  const required = Array.isArray(converted['required']) ? (converted['required'] as string[]) : [];
  return { $schema: draft07, ...converted, properties, required: [...new Set(['apiVersion', 'kind', ...required])] };
}

const maxSchemaDepth = 256;

function convertStructural(node: unknown, strict: boolean, depth: number): JsonSchema {
  if (!isObject(node) || depth > maxSchemaDepth) return {};
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (validationKeywords.has(keyword)) out[keyword] = value;
  }
  if (node['items'] !== undefined) out['items'] = convertStructural(node['items'], strict, depth + 1);
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const list = node[keyword];
    if (Array.isArray(list)) out[keyword] = list.map((item) => convertStructural(item, strict, depth + 1));
  }
  if (isObject(node['not'])) out['not'] = convertStructural(node['not'], strict, depth + 1);

  const properties = node['properties'];
  if (isObject(properties)) {
    const required = new Set(Array.isArray(node['required']) ? node['required'] : []);
    const converted: Record<string, JsonSchema> = {};
    for (const [name, child] of Object.entries(properties)) {
      const schema = convertStructural(child, strict, depth + 1);
      // The API server drops a non-nullable null before validating (PruneNonNullableNullsWithoutDefaults),
      // so `field: null` is "not set": fine unless the field is required.
      converted[name] = required.has(name) ? schema : nullable(schema);
    }
    out['properties'] = converted;
  }
  const additional = node['additionalProperties'];
  const preserveUnknown = node['x-kubernetes-preserve-unknown-fields'] === true;
  if (isObject(additional)) out['additionalProperties'] = nullable(convertStructural(additional, strict, depth + 1));
  else if (typeof additional === 'boolean') out['additionalProperties'] = additional;
  else if (strict && isObject(properties) && !preserveUnknown) out['additionalProperties'] = false;

  if (node['x-kubernetes-embedded-resource'] === true && isObject(out['properties'])) {
    const embedded = out['properties'] as Record<string, JsonSchema>;
    for (const implicit of ['apiVersion', 'kind']) embedded[implicit] ??= { type: 'string' };
    embedded['metadata'] ??= { type: 'object' };
  }
  if (node['x-kubernetes-int-or-string'] === true) intOrString(out);
  return withNull(out, node['nullable'] === true);
}

/**
 * An int-or-string field keeps its other constraints: controller-gen writes quantities as
 * `anyOf [integer, string]` plus `pattern`, and the pattern (strings only) is what rejects `1GB`.
 */
function intOrString(out: JsonSchema): void {
  delete out['type'];
  const forms = [{ type: 'string' }, { type: 'integer' }];
  if (out['oneOf'] === undefined) out['oneOf'] = forms;
  else out['allOf'] = [...(Array.isArray(out['allOf']) ? out['allOf'] : []), { oneOf: forms }];
}

function withNull(schema: JsonSchema, nullable: boolean): JsonSchema {
  if (!nullable) return schema;
  const type = schema['type'];
  if (typeof type === 'string') return { ...schema, type: [type, 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}
