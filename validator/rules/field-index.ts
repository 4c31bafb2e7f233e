import { isObject } from '../schemas/json-schema.ts';

/**
 * The few schema facts the API-server rules need and the validation schemas drop: which
 * integers are `int32`, and which lists are list-maps (`x-kubernetes-list-type: map`) with
 * their keys and the keys' defaults. Pruned to the paths that lead to one of them, so walking
 * a resource along it is cheap.
 */
export interface IndexNode {
  /** An `int32` integer, or an int-or-string (whose integer is an int32). */
  int32?: true;
  /** `x-kubernetes-list-map-keys` of a list-map. */
  keys?: string[];
  /** Defaults of key fields, applied before comparing (ContainerPort.protocol is TCP). */
  keyDefaults?: Record<string, unknown>;
  properties?: Record<string, IndexRef>;
  items?: IndexRef;
  values?: IndexRef;
}

/** A node, or the name of a definition of the release's index. */
export type IndexRef = IndexNode | string;

export interface ReleaseFieldIndex {
  readonly definitions: Record<string, IndexNode>;
}

/** Key defaults the built-in OpenAPI documents only state in prose ("Defaults to TCP"). */
const builtinKeyDefaults: Record<string, unknown> = { protocol: 'TCP' };

/** Indexes the definitions of a Kubernetes OpenAPI v2 document, following `$ref`s by name. */
export function indexSwaggerDefinitions(definitions: Record<string, unknown>): ReleaseFieldIndex {
  const raw: Record<string, IndexNode> = {};
  for (const [name, node] of Object.entries(definitions)) raw[name] = indexNode(node, (ref) => ref.replace('#/definitions/', ''), builtinKeyDefaults);
  // Keep only definitions that reach an int32 or a list-map (a fixpoint over the reference graph).
  const useful = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const [name, node] of Object.entries(raw)) {
      if (!useful.has(name) && reaches(node, useful)) {
        useful.add(name);
        changed = true;
      }
    }
  }
  const kept: Record<string, IndexNode> = {};
  for (const name of useful) kept[name] = prune(raw[name]!, useful) ?? {};
  return { definitions: kept };
}

/** Indexes a CRD's structural schema (a tree: no references). */
export function indexStructuralSchema(schema: unknown): IndexNode | undefined {
  return prune(indexNode(schema, () => undefined, {}), new Set());
}

function indexNode(node: unknown, refName: (ref: string) => string | undefined, keyDefaults: Record<string, unknown>, depth = 0): IndexNode {
  if (!isObject(node) || depth > 256) return {};
  const ref = node['$ref'];
  if (typeof ref === 'string') {
    const name = refName(ref);
    return name === undefined ? {} : { properties: {}, items: name };
  }
  const out: IndexNode = {};
  if (node['format'] === 'int32' && (node['type'] === 'integer' || node['type'] === undefined)) out.int32 = true;
  // IntOrString decodes an integer into its int32 IntVal: `maxSurge: 907270259091` is refused too.
  if (node['format'] === 'int-or-string') out.int32 = true;
  const properties = node['properties'];
  if (isObject(properties)) {
    out.properties = {};
    for (const [name, child] of Object.entries(properties)) out.properties[name] = unwrap(indexNode(child, refName, keyDefaults, depth + 1));
  }
  if (node['items'] !== undefined) out.items = unwrap(indexNode(node['items'], refName, keyDefaults, depth + 1));
  if (isObject(node['additionalProperties'])) out.values = unwrap(indexNode(node['additionalProperties'], refName, keyDefaults, depth + 1));
  const keys = node['x-kubernetes-list-map-keys'];
  if (node['x-kubernetes-list-type'] === 'map' && Array.isArray(keys) && keys.every((key) => typeof key === 'string')) {
    out.keys = keys;
    const defaults: Record<string, unknown> = {};
    const itemProperties = isObject(node['items']) && isObject(node['items']['properties']) ? node['items']['properties'] : {};
    for (const key of keys) {
      const declared = isObject(itemProperties[key]) ? itemProperties[key]['default'] : undefined;
      const fallback = declared ?? keyDefaults[key];
      if (fallback !== undefined) defaults[key] = fallback;
    }
    if (Object.keys(defaults).length > 0) out.keyDefaults = defaults;
  }
  return out;
}

/** A `$ref` comes back as `{items: name}` from indexNode; the reference itself is the ref. */
function unwrap(node: IndexNode): IndexRef {
  if (typeof node.items === 'string' && node.properties && Object.keys(node.properties).length === 0) return node.items;
  return node;
}

function reaches(node: IndexRef, useful: ReadonlySet<string>): boolean {
  if (typeof node === 'string') return useful.has(node);
  if (node.int32 || node.keys) return true;
  if (node.items !== undefined && reaches(node.items, useful)) return true;
  if (node.values !== undefined && reaches(node.values, useful)) return true;
  return Object.values(node.properties ?? {}).some((child) => reaches(child, useful));
}

function prune(node: IndexRef, useful: ReadonlySet<string>): IndexNode | undefined {
  if (typeof node === 'string') return undefined;
  const out: IndexNode = {};
  if (node.int32) out.int32 = true;
  if (node.keys) out.keys = node.keys;
  if (node.keyDefaults) out.keyDefaults = node.keyDefaults;
  const keep = (child: IndexRef): IndexRef | undefined => (typeof child === 'string' ? (useful.has(child) ? child : undefined) : prune(child, useful));
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const kept = keep(child);
    if (kept !== undefined) (out.properties ??= {})[name] = kept;
  }
  if (node.items !== undefined) {
    const kept = keep(node.items);
    if (kept !== undefined) out.items = kept;
  }
  if (node.values !== undefined) {
    const kept = keep(node.values);
    if (kept !== undefined) out.values = kept;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
