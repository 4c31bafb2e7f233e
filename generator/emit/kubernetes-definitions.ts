import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JsonSchema, ValueLeaf } from '../model/values-tree.ts';
import { repoRoot } from '../tools/paths.ts';

/**
 * Embeds the vendored Kubernetes definitions (schemas/kubernetes/definitions.json, written by
 * scripts/vendor-kubernetes-definitions.ts) into a values schema: a Kubernetes-shaped leaf
 * becomes a local `$ref`, and only the definitions a chart reaches are carried, so the schema
 * works air-gapped and stays small.
 */

export const vendoredDefinitionsFile = path.join(repoRoot, 'schemas', 'kubernetes', 'definitions.json');

interface VendoredDefinitions {
  readonly kubernetesVersion: string;
  readonly definitions: Readonly<Record<string, JsonSchema>>;
}

let vendored: VendoredDefinitions | undefined;

function vendoredDefinitions(): VendoredDefinitions {
  vendored ??= JSON.parse(readFileSync(vendoredDefinitionsFile, 'utf8')) as VendoredDefinitions;
  return vendored;
}

const refPrefix = '#/definitions/';

function definitionRef(name: string): JsonSchema {
  if (!vendoredDefinitions().definitions[name]) {
    throw new Error(
      `Kubernetes type ${name} is not vendored: add it to the roots in scripts/vendor-kubernetes-definitions.ts and run \`npm run vendor:kubernetes\``,
    );
  }
  return { $ref: `${refPrefix}${name}` };
}

/**
 * The schema of a Kubernetes-shaped leaf. Null is accepted because helm deletes a key set to
 * null: that is how a user removes a default probe or affinity.
 */
export function kubernetesLeafSchema(leaf: ValueLeaf & { readonly kubernetesType: string }): JsonSchema {
  const ref = definitionRef(leaf.kubernetesType);
  const shape = leaf.schema['type'];
  const body: JsonSchema = shape === 'array' ? { type: ['array', 'null'], items: ref } : { anyOf: [ref, { type: 'null' }] };
  return { description: leaf.description, ...body, default: leaf.default };
}

/** The vendored definitions a schema refers to, directly or through other definitions, sorted by name. */
export function reachedDefinitions(schema: JsonSchema): Record<string, JsonSchema> {
  const { definitions } = vendoredDefinitions();
  const reached: Record<string, JsonSchema> = {};
  const pending = referencedNames(schema);
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (reached[name]) continue;
    const definition = definitions[name];
    if (!definition) throw new Error(`vendored Kubernetes definitions refer to missing ${name}: re-run \`npm run vendor:kubernetes\``);
    reached[name] = definition;
    pending.push(...referencedNames(definition));
  }
  return Object.fromEntries(Object.keys(reached).sort().map((name) => [name, reached[name]!]));
}

function referencedNames(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(referencedNames);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string' && value.startsWith(refPrefix) ? [value.slice(refPrefix.length)] : referencedNames(value),
  );
}
