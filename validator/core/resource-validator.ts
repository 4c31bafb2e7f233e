import { isObject } from '../schemas/json-schema.ts';
import { kindKey, type KindEntry } from '../schemas/kind-key.ts';
import { kubernetesReleases, newestRelease, releaseFor, type KubernetesRelease } from '../schemas/releases.ts';
import { parseDocument, type ParseOutcome } from '../yaml/parse-document.ts';
import { parseDocuments } from '../yaml/parse-documents.ts';
import { apiServerIssues, type ReleaseFieldIndex, type RuleSubject } from '../rules/index.ts';
import { allReleaseKinds, builtinSchemaFile, builtinValidators, bundledCrdSchemaFile, releaseFieldIndex, releaseKinds, type CompiledValidator } from './builtin-schemas.ts';
import { customKindsFromCrd, type CustomKindSchema } from './crd-schemas.ts';
import { describeErrors } from './describe-errors.ts';
import { explainMissingKind } from './removed-apis.ts';
import { expandTemplate, parseSchemaLocations, SchemaFileCache, templateValues, type SchemaLocation } from './schema-locations.ts';
import type { ResourceResult, Signature, Status, ValidationIssue, ValidationOptions } from './types.ts';

/** A document read from some input: where it is and its text. */
export interface SourceDocument {
  readonly filename: string;
  readonly line: number;
  readonly text: string;
}

/** A resource whose schema was not found yet: a CRD later in the input may still define it. */
export interface PendingResource {
  readonly document: SourceDocument;
  /** Index in a `List`'s items, when the resource is one. */
  readonly item?: number;
}

export interface DocumentOutcome {
  readonly results: ResourceResult[];
  readonly pending: PendingResource[];
  /** Custom kinds defined by CRD documents met here. */
  readonly customKinds: CustomKindSchema[];
}

/** A schema that exists but cannot be compiled; one from a file may still be replaced by a later CRD. */
type FoundSchema = UsableSchema | { readonly unusable: string; readonly fromFile: boolean };

interface UsableSchema {
  readonly unusable?: undefined;
  readonly validate: CompiledValidator;
  /** Where the kind's int32 fields and list-maps are, for `-strict-api`. */
  readonly fields?: () => RuleSubject['fields'];
  /** The CEL rules of a CRD-defined kind, for `-strict-api`. */
  readonly cel?: RuleSubject['cel'];
  /** Where the schema comes from, for messages (computed only when one is needed). */
  readonly file: () => string;
}

/** Resolves the options once: the release, the schema locations and the skip/reject sets. */
export class ResourceValidator {
  readonly release: KubernetesRelease;
  readonly strict: boolean;
  private readonly requestedVersion: string;
  private readonly locations: SchemaLocation[];
  private readonly skip: ReadonlySet<string>;
  private readonly reject: ReadonlySet<string>;
  private readonly ignoreMissingSchemas: boolean;
  private readonly strictApi: boolean;
  private readonly files = new SchemaFileCache();
  private readonly customKinds = new Map<string, { kind: CustomKindSchema; validate?: CompiledValidator; unusable?: string }>();
  private readonly kindKeys = new Map<string, string>();
  private builtins: Record<string, CompiledValidator> | undefined;
  private releaseKinds: ReadonlyMap<string, KindEntry> | undefined;

  constructor(options: ValidationOptions = {}) {
    const requested = options.kubernetesVersion ?? 'master';
    // kubeconform's default, `master`, means the newest release shipped here.
    const version = requested === 'master' ? `${newestRelease.minor}.0` : requested;
    const release = releaseFor(version);
    if (!release) {
      throw new Error(`Kubernetes version ${version} is not supported: expected one of ${supportedVersions()} (x.y or x.y.z)`);
    }
    this.release = release;
    this.requestedVersion = /^\d+\.\d+$/.test(version) ? `${version}.0` : version.replace(/^v/, '');
    this.strict = options.strict ?? false;
    this.locations = parseSchemaLocations(options.schemaLocations ?? []);
    this.skip = new Set(options.skip ?? []);
    this.reject = new Set(options.reject ?? []);
    this.ignoreMissingSchemas = options.ignoreMissingSchemas ?? false;
    this.strictApi = options.strictApi ?? false;
  }

  /** Makes custom kinds known (from CRD documents anywhere in the input). */
  addCustomKinds(kinds: readonly CustomKindSchema[]): void {
    for (const kind of kinds) {
      const id = `${kind.apiVersion}/${kind.kind}`;
      if (!this.customKinds.has(id)) this.customKinds.set(id, { kind });
    }
  }

  /**
   * Validates every resource of one document. With `deferMissing`, a resource without a schema
   * is returned as pending instead of failing, to be settled once all CRDs are known.
   */
  validateDocument(document: SourceDocument, deferMissing: boolean): DocumentOutcome {
    return this.validateDocuments([document], deferMissing);
  }

  /** Validates documents in order; parsing them together is what makes large inputs fast. */
  validateDocuments(documents: readonly SourceDocument[], deferMissing: boolean): DocumentOutcome {
    const outcome: DocumentOutcome = { results: [], pending: [], customKinds: [] };
    const parsed = parseDocuments(
      documents.map((document) => document.text),
      this.strict,
      documents.map((document) => document.line),
    );
    documents.forEach((document, index) => this.validateParsed(document, parsed[index]!, deferMissing, outcome));
    return outcome;
  }

  private validateParsed(document: SourceDocument, parsed: ParseOutcome, deferMissing: boolean, outcome: DocumentOutcome): void {
    if (!parsed.ok) {
      const signature = this.strict ? signatureAfterStrictFailure(document.text) : emptySignature;
      outcome.results.push(result(document, signature, 'error', `cannot read resource: ${parsed.message}`));
      return;
    }
    const value = parsed.value;
    if (isObject(value) && typeof value['kind'] === 'string' && value['kind'].toLowerCase() === 'list' && typeof value['apiVersion'] === 'string' && value['apiVersion'] !== '') {
      const items = Array.isArray(value['items']) ? value['items'] : [];
      items.forEach((item, index) => this.validateValue(document, item, index, deferMissing, outcome));
      return;
    }
    this.validateValue(document, value, undefined, deferMissing, outcome);
  }

  /** Settles a pending resource now that every CRD of the input is known. */
  settle(pending: PendingResource): ResourceResult {
    const parsed = parseDocument(pending.document.text, this.strict, pending.document.line);
    const value = parsed.ok ? parsed.value : undefined;
    const item = pending.item !== undefined && isObject(value) && Array.isArray(value['items']) ? value['items'][pending.item] : value;
    const outcome: DocumentOutcome = { results: [], pending: [], customKinds: [] };
    this.validateValue(pending.document, item, pending.item, false, outcome);
    return outcome.results[0]!;
  }

  private validateValue(document: SourceDocument, value: unknown, item: number | undefined, deferMissing: boolean, outcome: DocumentOutcome): void {
    // Whatever the input holds, the resource gets a verdict and the run goes on.
    try {
      this.validateValueOrThrow(document, value, item, deferMissing, outcome);
    } catch (error) {
      const signature = isObject(value) ? signatureOf(value) : emptySignature;
      outcome.results.push(result(document, signature, 'error', `cannot validate resource: ${error instanceof Error ? error.message : String(error)}`));
    }
  }

  private validateValueOrThrow(document: SourceDocument, value: unknown, item: number | undefined, deferMissing: boolean, outcome: DocumentOutcome): void {
    if (value === null || value === undefined) {
      outcome.results.push(result(document, emptySignature, 'empty', ''));
      return;
    }
    if (!isObject(value)) {
      outcome.results.push(result(document, emptySignature, 'error', `cannot read resource: expected a Kubernetes object (a YAML mapping) at line ${document.line}, found ${describeValue(value)}`));
      return;
    }
    const signature = signatureOf(value);
    if (signature.kind === '') {
      outcome.results.push(result(document, signature, 'error', `missing 'kind' key: every resource needs a kind (e.g. kind: Deployment)`));
      return;
    }
    if (signature.apiVersion === '') {
      outcome.results.push(result(document, signature, 'error', `missing 'apiVersion' key: every resource needs an apiVersion (e.g. apiVersion: apps/v1)`));
      return;
    }
    const gvk = `${signature.apiVersion}/${signature.kind}`;
    if (this.skip.has(gvk) || this.skip.has(signature.kind)) {
      outcome.results.push(result(document, signature, 'skipped', ''));
      return;
    }
    if (this.reject.has(gvk) || this.reject.has(signature.kind)) {
      outcome.results.push(result(document, signature, 'error', `prohibited resource kind ${signature.kind}`));
      return;
    }
    if (signature.apiVersion.startsWith('apiextensions.k8s.io/') && signature.kind === 'CustomResourceDefinition') {
      const kinds = customKindsFromCrd(value, this.strict);
      this.addCustomKinds(kinds);
      outcome.customKinds.push(...kinds);
    }

    const schema = this.findSchema(signature);
    if (schema?.unusable !== undefined && !(deferMissing && schema.fromFile)) {
      outcome.results.push(result(document, signature, 'error', schema.unusable));
      return;
    }
    if (!schema || schema.unusable !== undefined) {
      if (deferMissing) {
        outcome.pending.push(item === undefined ? { document } : { document, item });
        return;
      }
      outcome.results.push(this.missingSchema(document, signature));
      return;
    }
    let valid: boolean;
    try {
      valid = schema.validate(value);
    } catch (error) {
      const reason = error instanceof RangeError ? 'the resource is nested too deeply to validate' : String(error);
      outcome.results.push(result(document, signature, 'error', `cannot validate resource: ${reason}`));
      return;
    }
    const ruleIssues = this.strictApi ? apiServerIssues({ apiVersion: signature.apiVersion, kind: signature.kind, value, fields: schema.fields?.(), cel: schema.cel, minor: this.release.minor }) : [];
    if (valid && ruleIssues.length === 0) {
      outcome.results.push(result(document, signature, 'valid', ''));
      return;
    }
    const issues = [...(valid ? [] : describeErrors(schema.validate.errors ?? [], value)), ...ruleIssues];
    const summary = issues.map((issue) => `- at '${issue.path}': ${issue.message}`).join(' ');
    const message = valid
      ? `failed the API server's rules (-strict-api): ${summary}`
      : `problem validating schema. Check JSON formatting: jsonschema validation failed with '${schema.file()}#' ${summary}`;
    outcome.results.push(result(document, signature, 'invalid', message, issues));
  }

  private findSchema(signature: Signature): FoundSchema | undefined {
    const custom = this.customKinds.get(`${signature.apiVersion}/${signature.kind}`);
    if (custom) {
      const key = custom.kind.key;
      if (custom.unusable === undefined && custom.validate === undefined) {
        // A CRD the API server would refuse (a pattern RE2 rejects, a malformed keyword) makes
        // its own resources errors, not the run.
        try {
          custom.validate = this.files.compile(custom.kind.schema);
        } catch (error) {
          const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
          custom.unusable = `cannot use the schema of ${signature.apiVersion} ${signature.kind} from its CustomResourceDefinition in the input: ${reason}`;
        }
      }
      if (custom.unusable !== undefined) return { unusable: custom.unusable, fromFile: false };
      const validate = custom.validate!;
      const root = custom.kind.fields;
      return { validate, file: () => `${key}.json (CRD in the input)`, fields: () => (root ? { root, index: noDefinitions } : undefined), cel: custom.kind.cel };
    }
    const unusable: string[] = [];
    for (const location of this.locations) {
      if (location.type === 'builtin') {
        const key = this.kindKey(signature.apiVersion, signature.kind);
        const validate = (this.builtins ??= builtinValidators(this.release, this.strict))[key];
        if (validate) return { validate, file: () => builtinSchemaFile(this.release, this.strict, key), fields: () => this.builtinFields(key) };
        const bundled = bundledCrdSchemaFile(this.strict, key);
        const loaded = bundled ? this.files.load(bundled) : undefined;
        if (loaded) return { validate: loaded.validate, file: () => loaded.file };
        continue;
      }
      const file = expandTemplate(location.template, templateValues(signature.apiVersion, signature.kind, this.requestedVersion, this.strict));
      const loaded = this.files.load(file);
      if (loaded) return { validate: loaded.validate, file: () => loaded.file };
      const reason = this.files.whyUnusable(file);
      if (reason !== undefined) unusable.push(`${file}: ${reason}`);
    }
    // A schema that is there but does not compile is an error with its reason, never "missing"
    // (kubeconform tries the next location too, then reports the kind as missing or skips it).
    if (unusable.length > 0) return { unusable: `cannot use the schema for ${signature.kind}: ${unusable.join('; ')}`, fromFile: true };
    return undefined;
  }

  private builtinFields(key: string): RuleSubject['fields'] {
    const definition = (this.releaseKinds ??= releaseKinds(this.release)).get(key)?.definition;
    return definition ? { root: definition, index: releaseFieldIndex(this.release) } : undefined;
  }

  private kindKey(apiVersion: string, kind: string): string {
    const id = `${apiVersion}\0${kind}`;
    let key = this.kindKeys.get(id);
    if (key === undefined) {
      key = kindKey(apiVersion, kind);
      this.kindKeys.set(id, key);
    }
    return key;
  }

  private missingSchema(document: SourceDocument, signature: Signature): ResourceResult {
    const usesBuiltins = this.locations.some((location) => location.type === 'builtin');
    const explanation = usesBuiltins ? explainMissingKind(signature.apiVersion, signature.kind, this.release, allReleaseKinds()) : undefined;
    if (explanation) return result(document, signature, 'error', `could not find schema for ${signature.kind}: ${explanation}`);
    if (this.ignoreMissingSchemas) return result(document, signature, 'skipped', '');
    return result(
      document,
      signature,
      'error',
      `could not find schema for ${signature.kind}: ${signature.apiVersion} ${signature.kind} is not a Kubernetes ${this.release.minor} API; add its CustomResourceDefinition to the input, pass -schema-location, or -ignore-missing-schemas`,
    );
  }
}

/** Whether the kind is known to the target release's built-in schemas. */
export function isBuiltinKind(release: KubernetesRelease, apiVersion: string, kind: string): boolean {
  return releaseKinds(release).has(kindKey(apiVersion, kind));
}

const noDefinitions: ReleaseFieldIndex = { definitions: {} };

const emptySignature: Signature = { apiVersion: '', kind: '', name: '', namespace: '' };

function supportedVersions(): string {
  return kubernetesReleases.map((release) => release.minor).join(', ');
}

function signatureOf(value: Record<string, unknown>): Signature {
  const metadata = isObject(value['metadata']) ? value['metadata'] : {};
  const generateName = metadata['generateName'];
  return {
    apiVersion: scalarText(value['apiVersion']),
    kind: scalarText(value['kind']),
    name: typeof generateName === 'string' ? `${generateName}{{ generateName }}` : scalarText(metadata['name']),
    namespace: scalarText(metadata['namespace']),
  };
}

/** kubeconform reads the identity into Go strings, so `kind: 42` is the kind "42". */
function scalarText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** kubeconform still names a resource whose strict parse failed, from a lenient read. */
function signatureAfterStrictFailure(text: string): Signature {
  const lenient = parseDocument(text, false);
  return lenient.ok && isObject(lenient.value) ? signatureOf(lenient.value) : emptySignature;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a sequence';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `the ${typeof value} ${String(value)}`;
}

function result(document: SourceDocument, signature: Signature, status: Status, message: string, errors: readonly ValidationIssue[] = []): ResourceResult {
  return {
    filename: document.filename,
    line: document.line,
    apiVersion: signature.apiVersion,
    kind: signature.kind,
    name: signature.name,
    namespace: signature.namespace,
    status,
    message,
    errors,
  };
}
