import { ensureValidatorBundle } from '../bundle/bundle.mjs';

declare const __VALIDATOR_WORKER__: string | undefined;

/**
 * The worker script: inside the bundle, its bundled sibling; from TypeScript sources (tsx,
 * vitest), the bundle built on demand, so workers never pay for a TypeScript loader.
 */
export function workerScript(): string {
  return typeof __VALIDATOR_WORKER__ === 'string' ? __VALIDATOR_WORKER__ : ensureValidatorBundle().worker;
}
