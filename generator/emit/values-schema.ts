import type { JsonSchema, ValueNode, ValueObject } from '../model/values-tree.ts';
import { kubernetesLeafSchema, reachedDefinitions } from './kubernetes-definitions.ts';

/**
 * values.schema.json (draft-07) from the values tree: described, defaulted, closed to typos,
 * with Kubernetes-shaped values checked against the embedded Kubernetes definitions.
 */
export function valuesSchema(tree: ValueObject, title: string, id?: string): JsonSchema {
  const body = nodeSchema(tree);
  const definitions = reachedDefinitions(body);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    // The stable URL the publishing step serves this chart version's schema at.
    ...(id ? { $id: id } : {}),
    title,
    ...body,
    ...(Object.keys(definitions).length > 0 ? { definitions } : {}),
  };
}

function nodeSchema(node: ValueNode): JsonSchema {
  if (node.kind === 'leaf') {
    if (node.kubernetesType !== undefined) return kubernetesLeafSchema({ ...node, kubernetesType: node.kubernetesType });
    return { ...node.schema, description: node.description, default: node.default };
  }
  return {
    type: 'object',
    description: node.description,
    additionalProperties: node.additionalProperties ?? false,
    ...(node.propertyNames ? { propertyNames: node.propertyNames } : {}),
    properties: Object.fromEntries(Object.entries(node.properties).map(([key, child]) => [key, nodeSchema(child)])),
  };
}
