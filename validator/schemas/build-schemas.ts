import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { generateValidatorModule } from './compile-validators.ts';
import { convertSwagger, parseSwagger, standaloneSchema } from './convert-openapi.ts';
import { assertedFormats } from './formats.ts';
import { ensureSwagger } from './openapi-source.ts';
import { kubernetesReleases, type KubernetesRelease } from './releases.ts';
import {
  catalogPath,
  converterHash,
  schemaStoreDir,
  standaloneDir,
  validatorCodeCachePath,
  validatorModulePath,
  type SchemaCatalog,
} from './schema-store.ts';

/**
 * Set-up: obtains each release's OpenAPI document, converts it (plain and strict), writes the
 * kubeconform-layout standalone schemas and the generated ajv validators. Idempotent: a
 * complete store for this converter hash is left alone.
 */
export async function buildSchemaStore(log: (line: string) => void): Promise<string> {
  const root = schemaStoreDir();
  if (existsSync(catalogPath(root))) {
    log(`Kubernetes schemas up to date in ${root}`);
    return root;
  }
  const staging = `${root}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const catalog: SchemaCatalog['releases'][number][] = [];
  for (const release of kubernetesReleases) {
    const swaggerFile = await ensureSwagger(release, log);
    const swagger = parseSwagger(readFileSync(swaggerFile, 'utf8'), swaggerFile);
    for (const strict of [false, true]) {
      const started = Date.now();
      const converted = convertSwagger(swagger, strict);
      writeStandaloneSchemas(release, strict, converted, staging);
      writeValidators(release, strict, generateValidatorModule(converted), staging);
      log(`Kubernetes ${release.minor}${strict ? ' strict' : ''}: ${converted.kinds.length} kinds in ${Date.now() - started} ms`);
      if (strict) catalog.push({ minor: release.minor, module: release.module, kinds: converted.kinds });
    }
  }
  const complete: SchemaCatalog = { converter: converterHash(), releases: catalog };
  writeFileSync(catalogPath(staging), `${JSON.stringify(complete)}\n`);
  rmSync(root, { recursive: true, force: true });
  renameSync(staging, root);
  log(`Kubernetes schemas written to ${root}`);
  return root;
}

function writeStandaloneSchemas(
  release: KubernetesRelease,
  strict: boolean,
  converted: ReturnType<typeof convertSwagger>,
  root: string,
): void {
  const dir = standaloneDir(release, strict, root);
  mkdirSync(dir, { recursive: true });
  for (const entry of converted.kinds) {
    writeFileSync(path.join(dir, `${entry.key}.json`), JSON.stringify(standaloneSchema(converted, entry.key)));
  }
}

function writeValidators(release: KubernetesRelease, strict: boolean, code: string, root: string): void {
  const file = validatorModulePath(release, strict, root);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, code);
  // Run the module once and keep V8's code cache beside it, so validation starts fast.
  const script = new vm.Script(wrapValidatorModule(code), { filename: file });
  const load = script.runInThisContext() as ValidatorModuleFactory;
  load({}, () => assertedFormats);
  writeFileSync(validatorCodeCachePath(release, strict, root), script.createCachedData());
}

export type ValidatorModuleFactory = (exports: Record<string, unknown>, require: (name: string) => unknown) => void;

/** The CommonJS module text as a function of `exports` and `require`, evaluated without a file-system module. */
export function wrapValidatorModule(code: string): string {
  return `(function (exports, require) {${code}\n})`;
}
