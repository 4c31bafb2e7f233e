/** Walks a values schema the way the tests inspect it: chart-owned keys, then embedded Kubernetes definitions. */
export interface SchemaNode {
  readonly [keyword: string]: unknown;
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly default?: unknown;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: boolean | SchemaNode;
  readonly definitions?: Readonly<Record<string, SchemaNode>>;
}

export interface KeyVisit {
  /** Dotted value path, e.g. `store.ports.servlet-https.containerPort`. */
  readonly path: string;
  /** The path's keys (a key may itself contain dots, e.g. `deployment.toml`). */
  readonly segments: readonly string[];
  readonly key: string;
  readonly node: SchemaNode;
}

/** Every key the chart itself defines (Kubernetes-shaped values count as one key each). */
export function* chartKeys(node: SchemaNode, prefix: readonly string[] = []): Generator<KeyVisit> {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const segments = [...prefix, key];
    yield { path: segments.join('.'), segments, key, node: child };
    yield* chartKeys(child, segments);
  }
}

/** Every property of every embedded Kubernetes definition, as `Definition.property`. */
export function* definitionKeys(schema: SchemaNode): Generator<KeyVisit> {
  for (const [name, definition] of Object.entries(schema.definitions ?? {})) {
    for (const [key, child] of Object.entries(definition.properties ?? {})) {
      yield { path: `${name.split('.').pop()}.${key}`, segments: [name, key], key, node: child };
    }
  }
}

/** Every subschema, with a JSON-pointer-ish location, for keyword-level checks. */
export function* allNodes(node: unknown, at = '#'): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* allNodes(item, `${at}/${i}`);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  yield [at, record];
  for (const [key, value] of Object.entries(record)) {
    if (key === 'default' || key === 'enum' || key === 'const') continue;
    yield* allNodes(value, `${at}/${key}`);
  }
}

export function typesOf(node: SchemaNode): string[] {
  return node.type === undefined ? [] : typeof node.type === 'string' ? [node.type] : [...node.type];
}
