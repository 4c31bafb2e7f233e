/**
 * Validates Kubernetes manifests against the API schemas of a Kubernetes release, with
 * kubeconform's semantics and verdicts. Schemas are converted and compiled by set-up
 * (`bash scripts/setup-k8s-schemas.sh`); validation never touches the network.
 *
 * ```ts
 * const results = await validateManifests(rendered, { kubernetesVersion: '1.30.0', strict: true });
 * const failures = results.filter((r) => r.status === 'invalid' || r.status === 'error');
 * ```
 */
import { Readable } from 'node:stream';
import type { ResourceResult } from './core/types.ts';
import { findSources, type Source } from './input/sources.ts';
import { validateSources, type RunOptions } from './run/validate-sources.ts';

export type { ResourceResult, Status, ValidationIssue, ValidationOptions } from './core/types.ts';
export type { RunOptions } from './run/validate-sources.ts';
export { customKindsFromCrd, type CustomKindSchema } from './core/crd-schemas.ts';
export { kubernetesReleases, newestRelease, oldestRelease, releaseFor, type KubernetesRelease } from './schemas/releases.ts';
export { bundledCrdSchemaLocation, kubeconformSchemaLocation, schemaStoreDir } from './schemas/schema-store.ts';
export { main as validateManifestsCli } from './cli.ts';
export { podSecurityRestricted, type PodSecurityViolation } from './rules/pod-security-restricted.ts';

/**
 * Validates YAML text (one or many documents, e.g. `helm template` output). `filename` names
 * the text in results. Empty documents are left out.
 */
export async function validateManifests(text: string, options: RunOptions = {}, filename = 'stdin'): Promise<ResourceResult[]> {
  async function* source(): AsyncGenerator<Source> {
    yield { type: 'stdin', stream: Readable.from([text]) };
  }
  const results: ResourceResult[] = [];
  for await (const result of validateSources(source(), options)) {
    if (result.status !== 'empty') results.push({ ...result, filename });
  }
  return results;
}

/** Validates files and folders (walked for `.yaml`, `.yml`, `.json`), streaming the results. */
export function validateFiles(paths: readonly string[], options: RunOptions = {}): AsyncGenerator<ResourceResult> {
  return validateSources(findSources(paths), options);
}

/** Whether a result should fail a check: invalid, or not validated because of an error. */
export function isFailure(result: ResourceResult): boolean {
  return result.status === 'invalid' || result.status === 'error';
}
