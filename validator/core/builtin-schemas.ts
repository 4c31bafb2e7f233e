import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { generatedModuleRequire, wrapValidatorModule, type ValidatorModuleFactory } from '../schemas/build-schemas.ts';
import type { KindEntry } from '../schemas/kind-key.ts';
import type { ReleaseFieldIndex } from '../rules/field-index.ts';
import { kubernetesReleases, type KubernetesRelease } from '../schemas/releases.ts';
import {
  bundledCrdDir,
  catalogPath,
  fieldIndexPath,
  schemaStoreDir,
  standaloneDir,
  validatorCodeCachePath,
  validatorModulePath,
  type SchemaCatalog,
} from '../schemas/schema-store.ts';

/** A compiled validator as ajv generates it: errors are left on the function after a failed call. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

export interface AjvError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}

export class SchemasNotInstalledError extends Error {}

let catalog: SchemaCatalog | undefined;

/** What set-up built; fails with the fix when set-up has not run for this converter version. */
export function schemaCatalog(): SchemaCatalog {
  if (catalog) return catalog;
  const file = catalogPath();
  if (!existsSync(file)) {
    throw new SchemasNotInstalledError(
      `Kubernetes schemas not found in ${schemaStoreDir()}: run \`bash scripts/setup-k8s-schemas.sh\` (or \`bash scripts/setup.sh\`) once`,
    );
  }
  catalog = JSON.parse(readFileSync(file, 'utf8')) as SchemaCatalog;
  return catalog;
}

/** The kinds of one release, by kind key. */
export function releaseKinds(release: KubernetesRelease): ReadonlyMap<string, KindEntry> {
  const entry = schemaCatalog().releases.find((candidate) => candidate.minor === release.minor);
  return new Map((entry?.kinds ?? []).map((kind) => [kind.key, kind]));
}

/** Every release's kinds, oldest first, to explain what a missing kind became. */
export function allReleaseKinds(): readonly { release: KubernetesRelease; kinds: ReadonlyMap<string, KindEntry> }[] {
  return kubernetesReleases.map((release) => ({ release, kinds: releaseKinds(release) }));
}

const modules = new Map<string, Record<string, CompiledValidator>>();

/**
 * The generated validators of a release, loaded once per process. V8's code cache written by
 * set-up makes this a ~20 ms load instead of parsing megabytes of JavaScript.
 */
export function builtinValidators(release: KubernetesRelease, strict: boolean): Record<string, CompiledValidator> {
  const id = `${release.minor}:${strict}`;
  const loaded = modules.get(id);
  if (loaded) return loaded;
  schemaCatalog();
  const file = validatorModulePath(release, strict);
  const cacheFile = validatorCodeCachePath(release, strict);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(wrapValidatorModule(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const exports: Record<string, CompiledValidator> = {};
  const factory = script.runInThisContext() as ValidatorModuleFactory;
  factory(exports, generatedModuleRequire(file));
  if (cachedData === undefined || script.cachedDataRejected) refreshCodeCache(script, cacheFile);
  modules.set(id, exports);
  return exports;
}

/** A different Node version rejects the cache: write a fresh one (best effort, atomic). */
function refreshCodeCache(script: vm.Script, cacheFile: string): void {
  try {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    // A read-only cache only costs speed.
  }
}

const fieldIndexes = new Map<string, ReleaseFieldIndex>();

/** The release's int32 fields and list-maps by definition, for `-strict-api`; loaded once. */
export function releaseFieldIndex(release: KubernetesRelease): ReleaseFieldIndex {
  let index = fieldIndexes.get(release.minor);
  if (!index) {
    const file = fieldIndexPath(release);
    index = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReleaseFieldIndex) : { definitions: {} };
    fieldIndexes.set(release.minor, index);
  }
  return index;
}

/** The schema file of a bundled custom resource kind (Gateway API), if there is one. */
export function bundledCrdSchemaFile(strict: boolean, key: string): string | undefined {
  const known = schemaCatalog().crds.some((entry) => entry.key === key);
  return known ? path.join(bundledCrdDir(strict), `${key}.json`) : undefined;
}

/** The standalone schema file of a kind, as kubeconform would be pointed at it. */
export function builtinSchemaFile(release: KubernetesRelease, strict: boolean, key: string): string {
  return `${standaloneDir(release, strict)}/${key}.json`;
}
