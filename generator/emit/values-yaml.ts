import { isMap, isScalar, type YAMLMap } from 'yaml';
import type { ValueObject } from '../model/values-tree.ts';
import { defaults } from '../model/values-tree.ts';
import { newYamlDocument, yamlWriteOptions } from './yaml-text.ts';

/** values.yaml: the defaults of the values tree, each key preceded by its description. */
export function valuesYaml(tree: ValueObject, schemaFile = 'values.schema.json'): string {
  const doc = newYamlDocument(defaults(tree));
  doc.commentBefore = ` yaml-language-server: $schema=${schemaFile}\n ${tree.description}`;
  if (isMap(doc.contents)) annotate(doc.contents, tree, 0);
  return doc.toString(yamlWriteOptions);
}

function annotate(map: YAMLMap, node: ValueObject, depth: number): void {
  for (const [index, pair] of map.items.entries()) {
    if (!isScalar(pair.key)) continue;
    const child = node.properties[String(pair.key.value)];
    if (!child) continue;
    if (child.description) pair.key.commentBefore = ` ${child.description}`;
    // Top-level sections are separated by a blank line; the document comment already separates the first.
    if (depth === 0 && index > 0) pair.key.spaceBefore = true;
    if (child.kind === 'object' && isMap(pair.value)) annotate(pair.value, child, depth + 1);
  }
}
