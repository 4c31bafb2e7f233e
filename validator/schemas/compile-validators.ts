import { createRequire } from 'node:module';
import type { Ajv } from 'ajv';
import type { ConvertedRelease } from './convert-openapi.ts';
import { createAjv } from './ajv-factory.ts';
import type { JsonSchema } from './json-schema.ts';

type StandaloneCode = (ajv: Ajv, exports: Record<string, string>) => string;
const standaloneCode = (createRequire(import.meta.url)('ajv/dist/standalone/index.js') as { default: StandaloneCode }).default;

/** The `$id` of a release's schema bundle; kinds live under `#/definitions/kind:KEY`. */
export const bundleId = 'https://wso2-charts.invalid/k8s-schemas/bundle.json';

/**
 * All definitions of a release plus one root per kind, in one document, so ajv compiles
 * each shared definition (PodSpec, ObjectMeta…) once for every kind that reaches it.
 */
export function bundleSchema(release: ConvertedRelease): JsonSchema {
  const definitions: Record<string, JsonSchema> = { ...release.definitions };
  for (const entry of release.kinds) definitions[`kind:${entry.key}`] = release.roots[entry.key]!;
  return { $id: bundleId, definitions };
}

/**
 * Generates one CommonJS module whose exports are the validators of every kind of the
 * release, keyed by kind key. Shared definitions become shared functions.
 */
export function generateValidatorModule(release: ConvertedRelease): string {
  const ajv = createAjv({ standalone: true });
  ajv.addSchema(bundleSchema(release));
  const exports: Record<string, string> = {};
  for (const entry of release.kinds) exports[entry.key] = `${bundleId}#/definitions/kind:${entry.key}`;
  return standaloneCode(ajv, exports);
}
