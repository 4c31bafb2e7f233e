import { isMap, isScalar, type Document, type YAMLMap } from 'yaml';
import type { ValueObject } from '../model/values-tree.ts';
import { defaults } from '../model/values-tree.ts';
import { newYamlDocument, yamlWriteOptions } from './yaml-text.ts';

/** values.yaml: the defaults of the values tree, each key preceded by its description. */
export function valuesYaml(tree: ValueObject, schemaFile = 'values.schema.json'): string {
  const doc = newYamlDocument(defaults(tree));
  doc.commentBefore = ` yaml-language-server: $schema=${schemaFile}\n ${tree.description}`;
  if (isMap(doc.contents)) annotate(doc, doc.contents, tree, 0);
  return doc.toString(yamlWriteOptions);
}

function annotate(doc: Document, map: YAMLMap, node: ValueObject, depth: number): void {
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const child = node.properties[String(pair.key.value)];
    if (!child) continue;
    if (child.description) pair.key.commentBefore = ` ${child.description}`;
    if (depth === 0) pair.key.spaceBefore = true;
    if (child.kind === 'object' && isMap(pair.value)) annotate(doc, pair.value, child, depth + 1);
  }
}
