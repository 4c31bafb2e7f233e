import { createRequire } from 'node:module';
import type * as Re2Js from 're2js';
import { quantityPattern } from './convert-openapi.ts';

// re2js is CommonJS-first; required like ajv and js-yaml so the bundle keeps it external.
const { RE2JS } = createRequire(import.meta.url)('re2js') as typeof Re2Js;

/** The module name generated validators import the engine from (standalone code). */
export const regExpModuleName = 'k8s-validator-regexp';

/** What ajv needs from a compiled pattern; `toString` is ajv's cache key, so it names the pattern. */
export interface SchemaRegExp {
  test(input: string): boolean;
  toString(): string;
}

/**
 * Patterns written for this project's converter, in the syntax where JavaScript and RE2 mean the
 * same thing (ASCII classes, `^…$` anchors, no `.`): native matching is ~8× faster, and quantities
 * are in every pod.
 */
const nativeEquivalent: ReadonlySet<string> = new Set([quantityPattern]);

/**
 * The API server (and kubeconform) match `pattern` with Go's regexp, which is RE2: `(?i)`,
 * `\pL`, `\z`, `[[:alpha:]]` and `\-` are valid there and lookarounds or backreferences are not.
 * JavaScript's RegExp disagrees on all of these, so every schema pattern goes through re2js.
 * A pattern RE2 rejects throws here, which makes the schema that holds it fail to compile.
 */
export function re2RegExp(pattern: string): SchemaRegExp {
  if (nativeEquivalent.has(pattern)) return new RegExp(pattern);
  const compiled = RE2JS.compile(pattern);
  return { test: (input) => compiled.test(input), toString: () => `re2:${pattern}` };
}
re2RegExp.code = `require(${JSON.stringify(regExpModuleName)}).re2RegExp`;

/** What the generated validator modules may require, by name. */
export const regExpModule = { re2RegExp };
