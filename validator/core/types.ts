/** The verdict on one resource, with kubeconform's four outcomes plus its "empty" document. */
export type Status = 'valid' | 'invalid' | 'error' | 'skipped' | 'empty';

/** One schema violation: kubeconform's `{path, msg}`, the path a JSON pointer into the resource. */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

export interface ResourceResult {
  /** The file (or `stdin`) the resource came from. */
  readonly filename: string;
  /** 1-based line where the resource's document starts in that file. */
  readonly line: number;
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly status: Status;
  /** Why it is not valid (empty when valid, skipped or empty). */
  readonly message: string;
  /** Each schema violation, for `invalid`. */
  readonly errors: readonly ValidationIssue[];
}

export interface ValidationOptions {
  /** `1.33.0`, `1.33`, `v1.33.7`; defaults to the newest supported release. */
  readonly kubernetesVersion?: string;
  /** Reject fields the schema does not list, and duplicate keys. */
  readonly strict?: boolean;
  /** kubeconform's `-schema-location` templates; `default` means the built-in schemas. */
  readonly schemaLocations?: readonly string[];
  /** A resource whose schema cannot be found is skipped instead of an error. */
  readonly ignoreMissingSchemas?: boolean;
  /** Kinds (`Secret`) or `apiVersion/Kind` (`v1/Secret`) to skip. */
  readonly skip?: readonly string[];
  /** Kinds or `apiVersion/Kind` that are an error wherever they appear. */
  readonly reject?: readonly string[];
  /**
   * Also apply the API server's own rules that the schemas do not carry (`-strict-api`): names
   * per kind, label and annotation keys, percentages, int32 ranges, container images, port names
   * and protocols, list-map keys, CRD schema types.
   */
  readonly strictApi?: boolean;
}

/** A resource's identity, read the way kubeconform reads it. */
export interface Signature {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
}
