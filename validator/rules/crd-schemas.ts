import { isObject } from '../schemas/json-schema.ts';
import type { Rule } from './types.ts';
import { fieldPath } from './walk.ts';

const schemaTypes = new Set(['array', 'boolean', 'integer', 'number', 'object', 'string']);

/**
 * A CustomResourceDefinition's schemas use only the types the API server knows
 * (`validateStructuralInvariants`/`ValidateCustomResourceDefinitionOpenAPISchema`): a misspelt
 * `type: strign` is refused when the CRD is created, not when a resource first uses it. The
 * built-in schema types JSONSchemaProps.type as any string.
 */
export const crdSchemaTypes: Rule = (subject, issues) => {
  if (subject.kind !== 'CustomResourceDefinition' || !subject.apiVersion.startsWith('apiextensions.k8s.io/')) return;
  const spec = subject.value['spec'];
  if (!isObject(spec)) return;
  const visit = (node: unknown, path: readonly (string | number)[]): void => {
    if (!isObject(node)) return;
    const type = node['type'];
    if (type !== undefined && type !== null && !(typeof type === 'string' && (type === '' || schemaTypes.has(type)))) {
      issues.push({ path: fieldPath(...path, 'type'), message: `unsupported schema type ${JSON.stringify(type)}: supported values are "array", "boolean", "integer", "number", "object", "string" (API server rule: CRD schema type)` });
    }
    for (const key of ['properties', 'patternProperties', 'definitions'] as const) {
      const children = node[key];
      if (isObject(children)) for (const [name, child] of Object.entries(children)) visit(child, [...path, key, name]);
    }
    for (const key of ['items', 'additionalProperties', 'additionalItems', 'not'] as const) {
      const child = node[key];
      if (Array.isArray(child)) child.forEach((item, index) => visit(item, [...path, key, index]));
      else visit(child, [...path, key]);
    }
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const children = node[key];
      if (Array.isArray(children)) children.forEach((child, index) => visit(child, [...path, key, index]));
    }
  };
  const versions = spec['versions'];
  if (Array.isArray(versions)) {
    versions.forEach((version, index) => {
      if (isObject(version) && isObject(version['schema'])) visit(version['schema']['openAPIV3Schema'], ['spec', 'versions', index, 'schema', 'openAPIV3Schema']);
    });
  }
  if (isObject(spec['validation'])) visit(spec['validation']['openAPIV3Schema'], ['spec', 'validation', 'openAPIV3Schema']);
};
