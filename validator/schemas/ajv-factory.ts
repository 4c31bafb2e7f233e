import { createRequire } from 'node:module';
import type { Ajv, Options } from 'ajv';
import { _ } from 'ajv';
import { assertedFormats } from './formats.ts';
import { re2RegExp } from './regexp.ts';

const require = createRequire(import.meta.url);
// ajv is CommonJS: take the class from its exports rather than through ESM interop.
const AjvClass = (require('ajv') as { Ajv: typeof Ajv }).Ajv;

/** The module name that generated validators import their format checks from. */
export const formatsModuleName = 'k8s-validator-formats';

/**
 * One configuration for every ajv instance (set-up's code generation and run-time
 * compilation of CRD schemas), so the two always agree:
 * all errors are collected (kubeconform reports every cause), unknown keywords and formats
 * are ignored like kubeconform ignores them, own properties only (no prototype lookups),
 * `pattern` with RE2's semantics (Go's regexp, as the API server and kubeconform match).
 */
export function createAjv(options: { standalone?: boolean } = {}): Ajv {
  const base: Options = {
    strict: false,
    allErrors: true,
    ownProperties: true,
    logger: false,
    validateFormats: true,
    formats: assertedFormats,
    code: options.standalone
      ? { source: true, formats: _`require(${formatsModuleName})`, optimize: 1, regExp: re2RegExp }
      : { optimize: 1, regExp: re2RegExp },
  };
  return new AjvClass(base);
}
