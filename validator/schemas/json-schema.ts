/** A JSON Schema node as the converters build it: plain JSON, never shared between parents. */
export interface JsonSchema {
  [keyword: string]: unknown;
}

/** JSON Schema keywords the converters carry over; everything else (docs, x-kubernetes-*) is dropped. */
export const validationKeywords: ReadonlySet<string> = new Set([
  'type',
  'format',
  'enum',
  'const',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'required',
]);

export const draft07 = 'http://json-schema.org/draft-07/schema#';

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An optional field accepts `null` too, the way the API server's decoder treats an explicit
 * null as "not set". Types gain `null`; `oneOf` gains a null branch; anything else is wrapped.
 */
export function nullable(schema: JsonSchema): JsonSchema {
  if (Object.keys(schema).length === 0) return schema;
  const type = schema['type'];
  if (typeof type === 'string' && schema['$ref'] === undefined && schema['enum'] === undefined) {
    return type === 'null' ? schema : { ...schema, type: [type, 'null'] };
  }
  if (Array.isArray(type) && schema['enum'] === undefined) {
    return type.includes('null') ? schema : { ...schema, type: [...type, 'null'] };
  }
  if (Array.isArray(schema['oneOf']) && Object.keys(schema).length === 1) {
    return { oneOf: [...(schema['oneOf'] as unknown[]), { type: 'null' }] };
  }
  return { anyOf: [schema, { type: 'null' }] };
}

/** Visits a schema and every schema nested in it (not following `$ref`), iteratively. */
export function forEachSubschema(schema: JsonSchema, visit: (node: JsonSchema) => void): void {
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isObject(node)) continue;
    visit(node);
    for (const keyword of ['items', 'additionalProperties', 'not', 'if', 'then', 'else']) {
      if (isObject(node[keyword])) stack.push(node[keyword]);
    }
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
      const list = node[keyword];
      if (Array.isArray(list)) stack.push(...list);
    }
    for (const keyword of ['properties', 'definitions', 'patternProperties']) {
      const map = node[keyword];
      if (isObject(map)) stack.push(...Object.values(map));
    }
  }
}
