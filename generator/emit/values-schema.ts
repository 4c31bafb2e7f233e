import type { JsonSchema, ValueNode, ValueObject } from '../model/values-tree.ts';

/** values.schema.json (draft-07) from the values tree: described, defaulted, closed to typos. */
export function valuesSchema(tree: ValueObject, title: string): JsonSchema {
  return { $schema: 'http://json-schema.org/draft-07/schema#', title, ...nodeSchema(tree) };
}

function nodeSchema(node: ValueNode): JsonSchema {
  if (node.kind === 'leaf') {
    return { ...node.schema, description: node.description, default: node.default };
  }
  return {
    type: 'object',
    description: node.description,
    additionalProperties: node.additionalProperties ?? false,
    properties: Object.fromEntries(Object.entries(node.properties).map(([key, child]) => [key, nodeSchema(child)])),
  };
}
