/**
 * The typed intermediate form of a chart's values: one tree from which values.yaml
 * (with its comments), values.schema.json and the README's values table are all
 * emitted, so descriptions and defaults cannot drift apart.
 */
export type JsonSchema = { readonly [key: string]: unknown };

export interface ValueLeaf {
  readonly kind: 'leaf';
  readonly description: string;
  readonly default: unknown;
  readonly schema: JsonSchema;
  /** Kubernetes API type the value has the shape of, e.g. `io.k8s.api.core.v1.Probe`. */
  readonly kubernetesType?: string;
}

export interface ValueObject {
  readonly kind: 'object';
  readonly description: string;
  readonly properties: Readonly<Record<string, ValueNode>>;
  /** Schema for keys the user may add (a map); absent means no other keys are allowed. */
  readonly additionalProperties?: JsonSchema;
}

export type ValueNode = ValueLeaf | ValueObject;

export function object(
  description: string,
  properties: Record<string, ValueNode>,
  additionalProperties?: JsonSchema,
): ValueObject {
  return additionalProperties
    ? { kind: 'object', description, properties, additionalProperties }
    : { kind: 'object', description, properties };
}

export function leaf(description: string, value: unknown, schema: JsonSchema): ValueLeaf {
  return { kind: 'leaf', description, default: value, schema };
}

export const str = (description: string, value: string, schema: JsonSchema = {}): ValueLeaf =>
  leaf(description, value, { type: 'string', ...schema });

export const bool = (description: string, value: boolean): ValueLeaf => leaf(description, value, { type: 'boolean' });

export const int = (description: string, value: number, range: { minimum?: number; maximum?: number } = {}): ValueLeaf =>
  leaf(description, value, { type: 'integer', ...range });

export const oneOf = (description: string, value: string, allowed: readonly string[]): ValueLeaf =>
  leaf(description, value, { type: 'string', enum: [...allowed] });

export const stringList = (description: string, value: readonly string[]): ValueLeaf =>
  leaf(description, [...value], { type: 'array', items: { type: 'string' } });

export const stringMap = (description: string, value: Readonly<Record<string, string>> = {}): ValueLeaf =>
  leaf(description, { ...value }, { type: 'object', additionalProperties: { type: 'string' } });

/** Known formats, so a malformed name fails at `helm install` (and in the editor), not in the API server. */
export const formats = {
  /** A Kubernetes object name (DNS-1123 subdomain), or empty for "not set". */
  objectNameOrEmpty: { pattern: '^([a-z0-9]([-a-z0-9.]*[a-z0-9])?)?$', maxLength: 253 },
  /** A DNS host name, optionally a wildcard. */
  hostName: { pattern: '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$', maxLength: 253 },
  /** A registry host with an optional port, or empty. */
  registryOrEmpty: { pattern: '^([a-zA-Z0-9]([-a-zA-Z0-9.]*[a-zA-Z0-9])?(:[0-9]+)?)?$' },
  /** An image repository path, or empty. */
  repositoryOrEmpty: { pattern: '^([a-z0-9]+([._-]+[a-z0-9]+)*(/[a-z0-9]+([._-]+[a-z0-9]+)*)*)?$' },
  /** An image tag, or empty. */
  tagOrEmpty: { pattern: '^([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$' },
} as const;

/** A value passed to Kubernetes as it is (resources, probes, affinity…), so it keeps Kubernetes' shape. */
export function kubernetes(description: string, value: unknown, kubernetesType: string, shape: 'object' | 'array'): ValueLeaf {
  return { kind: 'leaf', description, default: value, schema: { type: shape }, kubernetesType };
}

/** Visits every leaf with its path, in declaration order. */
export function* leaves(node: ValueNode, path: readonly string[] = []): Generator<[readonly string[], ValueLeaf]> {
  if (node.kind === 'leaf') {
    yield [path, node];
    return;
  }
  for (const [key, child] of Object.entries(node.properties)) yield* leaves(child, [...path, key]);
}

/** The plain default values the tree describes. */
export function defaults(node: ValueNode): unknown {
  if (node.kind === 'leaf') return structuredClone(node.default);
  return Object.fromEntries(Object.entries(node.properties).map(([key, child]) => [key, defaults(child)]));
}
