import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { generateValidatorModule } from './compile-validators.ts';
import { convertSwagger, parseSwagger, standaloneSchema } from './convert-openapi.ts';
import { formatsModuleName } from './ajv-factory.ts';
import { assertedFormats } from './formats.ts';
import { regExpModule, regExpModuleName } from './regexp.ts';
import { customKindsFromCrd } from '../core/crd-schemas.ts';
import { indexSwaggerDefinitions } from '../rules/field-index.ts';
import { parseDocument } from '../yaml/parse-document.ts';
import { splitDocuments } from '../yaml/split-documents.ts';
import { bundledCrdSources } from './bundled-crds.ts';
import { ensureModuleFiles, ensureSwagger } from './openapi-source.ts';
import { kubernetesReleases, type KubernetesRelease } from './releases.ts';
import {
  bundledCrdDir,
  catalogPath,
  converterHash,
  fieldIndexPath,
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
    const indexFile = fieldIndexPath(release, staging);
    mkdirSync(path.dirname(indexFile), { recursive: true });
    writeFileSync(indexFile, JSON.stringify(indexSwaggerDefinitions(swagger.definitions)));
    for (const strict of [false, true]) {
      const started = Date.now();
      const converted = convertSwagger(swagger, strict);
      writeStandaloneSchemas(release, strict, converted, staging);
      writeValidators(release, strict, generateValidatorModule(converted), staging);
      log(`Kubernetes ${release.minor}${strict ? ' strict' : ''}: ${converted.kinds.length} kinds in ${Date.now() - started} ms`);
      if (strict) catalog.push({ minor: release.minor, module: release.module, kinds: converted.kinds });
    }
  }
  const crds = await writeBundledCrds(staging, log);
  const complete: SchemaCatalog = { converter: converterHash(), releases: catalog, crds };
  writeFileSync(catalogPath(staging), `${JSON.stringify(complete)}\n`);
  rmSync(root, { recursive: true, force: true });
  renameSync(staging, root);
  log(`Kubernetes schemas written to ${root}`);
  return root;
}

/** Converts the pinned CRDs (Gateway API) with the same rules as CRDs found in the input. */
async function writeBundledCrds(root: string, log: (line: string) => void): Promise<SchemaCatalog['crds'][number][]> {
  const entries: SchemaCatalog['crds'][number][] = [];
  for (const source of bundledCrdSources) {
    const files = await ensureModuleFiles(source.module, source.version, source.files, log);
    for (const file of files) {
      for (const document of splitDocuments(readFileSync(file, 'utf8'))) {
        const parsed = parseDocument(document.text, false, document.line);
        if (!parsed.ok) throw new Error(`${file}:${document.line}: ${parsed.message}`);
        for (const strict of [false, true]) {
          const dir = bundledCrdDir(strict, root);
          mkdirSync(dir, { recursive: true });
          for (const kind of customKindsFromCrd(parsed.value, strict)) {
            writeFileSync(path.join(dir, `${kind.key}.json`), JSON.stringify(kind.schema));
            if (strict) entries.push({ key: kind.key, apiVersion: kind.apiVersion, kind: kind.kind, definition: path.basename(file), source: `${source.module}@${source.version}` });
          }
        }
      }
    }
  }
  log(`bundled custom resources: ${entries.length} kinds (${bundledCrdSources.map((s) => `${s.module}@${s.version}`).join(', ')})`);
  return entries;
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
  load({}, generatedModuleRequire(file));
  writeFileSync(validatorCodeCachePath(release, strict, root), script.createCachedData());
}

/** The `require` of a generated validator module: only the format checks and the RE2 engine. */
export function generatedModuleRequire(file: string): (name: string) => unknown {
  return (name) => {
    if (name === formatsModuleName) return assertedFormats;
    if (name === regExpModuleName) return regExpModule;
    throw new Error(`generated validator ${file} requires unknown module ${name}`);
  };
}

export type ValidatorModuleFactory = (exports: Record<string, unknown>, require: (name: string) => unknown) => void;

/** The CommonJS module text as a function of `exports` and `require`, evaluated without a file-system module. */
export function wrapValidatorModule(code: string): string {
  return `(function (exports, require) {${code}\n})`;
}
