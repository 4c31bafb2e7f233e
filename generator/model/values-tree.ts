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
  /** What the keys of such a map must look like (e.g. ConfigMap keys). */
  readonly propertyNames?: JsonSchema;
}

export type ValueNode = ValueLeaf | ValueObject;

export function object(
  description: string,
  properties: Record<string, ValueNode>,
  additionalProperties?: JsonSchema,
  propertyNames?: JsonSchema,
): ValueObject {
  return {
    kind: 'object',
    description,
    properties,
    ...(additionalProperties ? { additionalProperties } : {}),
    ...(propertyNames ? { propertyNames } : {}),
  };
}

export function leaf(description: string, value: unknown, schema: JsonSchema): ValueLeaf {
  return { kind: 'leaf', description, default: value, schema };
}

export const str = (description: string, value: string, schema: JsonSchema = {}): ValueLeaf =>
  leaf(description, value, { type: 'string', ...schema });

export const bool = (description: string, value: boolean): ValueLeaf => leaf(description, value, { type: 'boolean' });

/** The largest int32: most Kubernetes integer fields are int32, and the API server wraps larger ones silently. */
export const int32Max = 2147483647;

export const int = (description: string, value: number, range: { minimum?: number; maximum?: number } = {}): ValueLeaf =>
  leaf(description, value, { type: 'integer', maximum: int32Max, ...range });

export const oneOf = (description: string, value: string, allowed: readonly string[]): ValueLeaf =>
  leaf(description, value, { type: 'string', enum: [...allowed] });

export const stringList = (description: string, value: readonly string[]): ValueLeaf =>
  leaf(description, [...value], { type: 'array', items: { type: 'string' } });

/** One DNS-1123 label (RFC 1123): lower-case alphanumerics and `-`, at most 63 characters. */
const dnsLabel = '[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?';
/** A qualified name, as label and annotation keys are: an optional DNS-subdomain prefix and `/`, then a name of up to 63 characters. */
const qualifiedName = `^(${dnsLabel}(\\.${dnsLabel})*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$`;
/** Keys of label and annotation maps: qualified names (prefix of up to 253, name of up to 63). */
const qualifiedNameKeys = { maxLength: 317, pattern: qualifiedName };
/** A DNS-1123 subdomain, as most object names are. */
const subdomain = '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*';

/**
 * The label keys the chart sets itself. Users may not set them: a selector label that
 * differs from the chart's would make a Deployment the API server rejects, and a repeated
 * key is a duplicate map key in the output.
 */
export const chartOwnedLabels = [
  'helm.sh/chart',
  'app.kubernetes.io/name',
  'app.kubernetes.io/instance',
  'app.kubernetes.io/version',
  'app.kubernetes.io/managed-by',
  'app.kubernetes.io/part-of',
  'app.kubernetes.io/component',
] as const;

/** Labels the user adds: keys and values as the API server accepts them, none of the chart's own keys. */
export const labelMap = (description: string): ValueLeaf =>
  leaf(`${description} Keys and values follow Kubernetes' label syntax; the chart's own \`app.kubernetes.io/*\` and \`helm.sh/chart\` keys cannot be set.`, {}, {
    type: 'object',
    propertyNames: { ...qualifiedNameKeys, not: { enum: [...chartOwnedLabels] } },
    additionalProperties: { type: 'string', ...formats.labelValue },
  });

/** Labels to match (node selectors): Kubernetes' label syntax, any key. */
export const labelSelectorMap = (description: string): ValueLeaf =>
  leaf(description, {}, { type: 'object', propertyNames: qualifiedNameKeys, additionalProperties: { type: 'string', ...formats.labelValue } });

/** Annotations: qualified-name keys, any text as values. */
export const annotationMap = (description: string): ValueLeaf =>
  leaf(description, {}, { type: 'object', propertyNames: qualifiedNameKeys, additionalProperties: { type: 'string' } });

/** Known formats, so a malformed name fails at `helm install` (and in the editor), not in the API server. */
export const formats = {
  /**
   * Text the chart renders with `tpl`: a Helm template by contract, so its actions are the
   * user's own (a `{{ fail }}` in it fails the install as written). Marked with draft-07's
   * content annotation so tools, and the values fuzzer, can tell.
   */
  helmTemplate: { contentMediaType: 'text/x-helm-template' },
  /** A Kubernetes object name (DNS-1123 subdomain), or empty for "not set". */
  objectNameOrEmpty: { pattern: `^(${subdomain})?$`, maxLength: 253 },
  /** A Kubernetes object name (DNS-1123 subdomain). */
  objectName: { pattern: `^${subdomain}$`, minLength: 1, maxLength: 253 },
  /** A namespace name (DNS-1123 label). */
  namespaceName: { pattern: `^${dnsLabel}$` },
  /** A qualified name (a Service port's appProtocol, as the API server checks it), or empty. */
  qualifiedNameOrEmpty: { maxLength: 317, pattern: `^(${qualifiedName.slice(1, -1)})?$` },
  /** A DNS-1123 label, or empty. */
  dnsLabelOrEmpty: { pattern: `^(${dnsLabel})?$` },
  /**
   * An HTTP path as Ingress (pathType Prefix or Exact) and HTTPRoute accept it: absolute, URL
   * characters only, no `//`, `/./`, `/../` or encoded slash, not ending in `/.` or `/..`.
   */
  httpPath: { pattern: "^/([-A-Za-z0-9/._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})*$", not: { pattern: '//|/\\./|/\\.\\./|%2[fF]|/\\.\\.?$' }, maxLength: 1024 },
  /** A ConfigMap (or Secret) key: not `.` and not starting with `..` (IsConfigMapKey). */
  configMapKey: { pattern: '^[-._a-zA-Z0-9]+$', not: { pattern: '^\\.(\\.|$)' }, maxLength: 253 },
  /** A path below a folder: relative, no `..` segment (volume subPaths refuse both), no `:`. */
  relativePath: { pattern: '^[-A-Za-z0-9_.]+(/[-A-Za-z0-9_.]+)*$', not: { pattern: '(^|/)\\.\\.(/|$)' } },
  /** An absolute path inside a container (no `:`, which volume mounts refuse, and no spaces). */
  absolutePath: { pattern: '^/[-A-Za-z0-9._/]*$' },
  /** A DNS-1035 label (what a Service name must be: it starts with a letter), or empty. */
  dns1035LabelOrEmpty: { pattern: '^([a-z]([-a-z0-9]{0,61}[a-z0-9])?)?$' },
  /** A label value: empty, or up to 63 alphanumerics, `-`, `_` and `.`, starting and ending alphanumeric. */
  labelValue: { pattern: '^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$' },
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

/**
 * Paths the chart cannot do without: every object and every leaf with a default whose
 * schema does not allow null. helm deletes a key a user sets to null before the schema
 * sees it, so the chart checks these itself rather than failing inside a template.
 */
export function* nonDeletablePaths(node: ValueObject, path: readonly string[] = []): Generator<readonly string[]> {
  for (const [key, child] of Object.entries(node.properties)) {
    const childPath = [...path, key];
    if (child.kind === 'object') {
      yield childPath;
      yield* nonDeletablePaths(child, childPath);
      continue;
    }
    // Values passed to Kubernetes whole (probes, resources, affinity…) may be nulled to drop
    // them, and an empty default reads the same as a deleted one: neither needs the check.
    if (child.kubernetesType !== undefined || isEmptyDefault(child.default)) continue;
    const types = child.schema['type'];
    if (types === 'null' || (Array.isArray(types) && types.includes('null'))) continue;
    yield childPath;
  }
}

function isEmptyDefault(value: unknown): boolean {
  if (value === null || value === undefined || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}
