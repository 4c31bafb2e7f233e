import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaCacheRoot } from './cache-paths.ts';
import type { KindEntry } from './kind-key.ts';
import type { KubernetesRelease } from './releases.ts';

declare const __VALIDATOR_SCHEMAS_DIR__: string | undefined;

/** This folder, also when running from the bundle (which lives elsewhere). */
const here = typeof __VALIDATOR_SCHEMAS_DIR__ === 'string' ? __VALIDATOR_SCHEMAS_DIR__ : path.dirname(fileURLToPath(import.meta.url));

/**
 * The sources whose behaviour decides what the converted schemas and generated validators
 * contain. Their hash names the cache folder, so changing the converter rebuilds everything.
 */
const converterSources = [
  '../core/crd-schemas.ts',
  '../rules/field-index.ts',
  'ajv-factory.ts',
  'build-schemas.ts',
  'bundled-crds.ts',
  'compile-validators.ts',
  'convert-openapi.ts',
  'formats.ts',
  'json-schema.ts',
  'kind-key.ts',
  'regexp.ts',
  'releases.ts',
];

let cachedHash: string | undefined;

export function converterHash(): string {
  if (cachedHash) return cachedHash;
  const hash = createHash('sha256');
  for (const file of converterSources) {
    hash.update(file).update('\0').update(readFileSync(path.join(here, file))).update('\0');
  }
  const ajvVersion = (createRequire(import.meta.url)('ajv/package.json') as { version: string }).version;
  // re2js exports no package.json: read it beside its entry point.
  const re2Entry = createRequire(import.meta.url).resolve('re2js');
  const re2Version = (JSON.parse(readFileSync(path.join(path.dirname(re2Entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
  hash.update(`ajv@${ajvVersion}`).update(`re2js@${re2Version}`).update(`node-abi@${process.versions.modules}`);
  cachedHash = hash.digest('hex').slice(0, 16);
  return cachedHash;
}

/** Everything set-up produced for this converter version. */
export function schemaStoreDir(): string {
  return process.env['K8S_SCHEMA_DIR'] ?? path.join(schemaCacheRoot(), converterHash());
}

export function strictSuffix(strict: boolean): string {
  return strict ? '-strict' : '';
}

/** The kubeconform-layout folder of one release: `v1.33-standalone-strict/deployment-apps-v1.json`. */
export function standaloneDir(release: KubernetesRelease, strict: boolean, root: string = schemaStoreDir()): string {
  return path.join(root, `v${release.minor}-standalone${strictSuffix(strict)}`);
}

/**
 * A `-schema-location` template that makes kubeconform read the same files, for a release
 * (kubeconform's own `{{ .NormalizedKubernetesVersion }}` would be the full patch version).
 */
export function kubeconformSchemaLocation(release: KubernetesRelease, root: string = schemaStoreDir()): string {
  return path.join(root, `v${release.minor}-standalone{{ .StrictSuffix }}`, '{{ .ResourceKind }}{{ .KindSuffix }}.json');
}

/** The bundled custom resources (Gateway API), kubeconform layout, for every release. */
export function bundledCrdDir(strict: boolean, root: string = schemaStoreDir()): string {
  return path.join(root, `crds-standalone${strictSuffix(strict)}`);
}

export function bundledCrdSchemaLocation(root: string = schemaStoreDir()): string {
  return path.join(root, 'crds-standalone{{ .StrictSuffix }}', '{{ .ResourceKind }}{{ .KindSuffix }}.json');
}

export function validatorModulePath(release: KubernetesRelease, strict: boolean, root: string = schemaStoreDir()): string {
  return path.join(root, `v${release.minor}`, `validators${strictSuffix(strict)}.cjs`);
}

/** V8's compiled form of the module above: loading it skips parsing 5 MB of JavaScript. */
export function validatorCodeCachePath(release: KubernetesRelease, strict: boolean, root: string = schemaStoreDir()): string {
  return `${validatorModulePath(release, strict, root)}.v8cache`;
}

/** int32 fields and list-map keys per definition, for the API-server rules (`-strict-api`). */
export function fieldIndexPath(release: KubernetesRelease, root: string = schemaStoreDir()): string {
  return path.join(root, `v${release.minor}`, 'field-index.json');
}

export function catalogPath(root: string = schemaStoreDir()): string {
  return path.join(root, 'catalog.json');
}

/** What set-up built: the kinds of every release, written last as the completion mark. */
export interface SchemaCatalog {
  readonly converter: string;
  /** Custom resource kinds shipped with the schemas (Gateway API), the same for every release. */
  readonly crds: readonly (KindEntry & { readonly source: string })[];
  readonly releases: readonly { readonly minor: string; readonly module: string; readonly kinds: readonly KindEntry[] }[];
}
