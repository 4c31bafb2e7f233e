import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import { describeAjvError, instanceSegments } from '../pattern/ajv-messages.ts';
import { joinPath } from '../pattern/issues.ts';
import { chartValuesValidator, mergeValues } from '../checks/values-schema.ts';
import { runHelm, templateArgs, type Helm } from '../tools/helm.ts';
import { parseValuesFile, type Position, type ValuesFile } from './values-files.ts';

/** One problem with a user's values, blamed on the file and line that hold it. */
export interface ValuesProblem {
  /** `yaml`: the file does not parse; `schema`: values.schema.json; `rule`: the chart's VALUES VALIDATION; `render`: helm failed otherwise. */
  readonly kind: 'yaml' | 'schema' | 'rule' | 'render';
  readonly file: string;
  readonly position: Position;
  /** `store.replicas`, `(root)` for the whole document. */
  readonly path: string;
  readonly message: string;
}

export function formatProblem(problem: ValuesProblem): string {
  return `${problem.file}:${problem.position.line}:${problem.position.column}: ${problem.path}: ${problem.message}`;
}

export interface CheckValuesOptions {
  readonly helm: Helm;
  readonly releaseName?: string;
  readonly namespace?: string;
}

/**
 * Checks values files against a chart the way `helm install -f A -f B` would take them:
 * merged over the chart's values.yaml (later files win, null deletes), then the merged
 * values against values.schema.json (ajv, every error), then the chart's own cross-field
 * rules (`templates/_validate.tpl`), gathered from the VALUES VALIDATION failure of a real
 * `helm template`. helm stops at the first schema error and never reaches the rules; here
 * the render skips helm's schema check (`--skip-schema-validation`), so both kinds are
 * reported in one run. When the schema failed, only the rules' messages are taken from the
 * render: any other render failure is then a consequence of the schema problems.
 */
export async function checkValues(chartDir: string, files: readonly string[], options: CheckValuesOptions): Promise<ValuesProblem[]> {
  const defaultsFile = path.join(chartDir, 'values.yaml');
  const layers: ValuesFile[] = [defaultsFile, ...files].map((file) => parseValuesFile(file, readFileSync(file, 'utf8')));
  const syntax = layers.flatMap((layer) => layer.errors.map((e) => ({ kind: 'yaml' as const, file: layer.file, position: e.position, path: e.path, message: e.message })));
  if (syntax.length > 0) return syntax;

  const problems: ValuesProblem[] = [];
  for (const layer of layers.slice(1)) {
    if (layer.data !== null && layer.data !== undefined && (typeof layer.data !== 'object' || Array.isArray(layer.data))) {
      problems.push({ kind: 'schema', file: layer.file, position: layer.locate([]).position, path: '(root)', message: 'expected a mapping of values at the top of the file' });
    }
  }
  if (problems.length > 0) return problems;

  const merged = layers.reduce<unknown>((values, layer) => mergeValues(values, layer.data ?? {}), {});
  const validate = chartValuesValidator(chartDir);
  const schemaValid = validate(merged);
  if (!schemaValid) problems.push(...schemaProblems(validate.errors ?? [], layers));

  const rendered = await runHelm(options.helm, [
    ...templateArgs(chartDir, { valuesFiles: files, releaseName: options.releaseName ?? 'release', namespace: options.namespace ?? 'default' }),
    '--skip-schema-validation',
  ]);
  if (!rendered.ok) {
    const rules = valuesValidationMessages(rendered.stderr);
    for (const message of rules) problems.push(ruleProblem(message, layers));
    if (rules.length === 0 && schemaValid) {
      problems.push({ kind: 'render', file: chartDir, position: { line: 1, column: 1 }, path: '(render)', message: `helm template failed: ${rendered.stderr.trim().split('\n')[0] ?? ''}` });
    }
  }
  const order = new Map(layers.map((layer, index) => [layer.file, index]));
  return problems.sort(
    (a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || a.position.line - b.position.line || a.position.column - b.position.column,
  );
}

/** The messages of a VALUES VALIDATION failure: the indented lines after the heading. */
export function valuesValidationMessages(stderr: string): string[] {
  const lines = stderr.split('\n');
  const messages: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/VALUES VALIDATION:\s*$/.test(lines[i]!)) continue;
    for (let j = i + 1; j < lines.length && /^\s+\S/.test(lines[j]!); j++) messages.push(lines[j]!.trim());
  }
  return [...new Set(messages)];
}

/** `store.ports.servlet-https.nodePort`, `sidecars[0].name` → segments. */
function parseValuesPath(text: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const part of text.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      segments.push(part);
      continue;
    }
    if (match[1]) segments.push(match[1]);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

function ruleProblem(message: string, layers: readonly ValuesFile[]): ValuesProblem {
  const match = /^([A-Za-z0-9_.\-[\]]+): (.*)$/.exec(message);
  if (!match) {
    const { file, position } = blame(layers, []);
    return { kind: 'rule', file, position, path: '(root)', message };
  }
  const segments = parseValuesPath(match[1]!);
  const { file, position } = blame(layers, segments);
  return { kind: 'rule', file, position, path: match[1]!, message: match[2]! };
}

/**
 * The file a path's value comes from: the one that reaches deepest into the path, the
 * later on a tie (later files win, as with helm's -f). The chart's values.yaml is the first
 * layer, so a problem only its defaults hold is blamed on it.
 */
function blame(layers: readonly ValuesFile[], segments: readonly (string | number)[], atKey = false): { file: string; position: Position } {
  let best = { file: layers[0]!.file, position: { line: 1, column: 1 }, depth: -1 };
  for (const layer of layers) {
    const found = layer.locate(segments, atKey);
    if (found.depth >= best.depth && (found.depth > 0 || best.depth < 0)) best = { file: layer.file, position: found.position, depth: found.depth };
  }
  // No layer holds even the first key: the last user file is where it would be set.
  if (best.depth === 0) {
    const last = layers.at(-1)!;
    return { file: last.file, position: last.locate([]).position };
  }
  return best;
}

function schemaProblems(errors: readonly ErrorObject[], layers: readonly ValuesFile[]): ValuesProblem[] {
  const seen = new Set<string>();
  const problems: ValuesProblem[] = [];
  for (const error of collapseAlternatives(errors)) {
    const segments = instanceSegments(error.instancePath);
    const { extra, message } = describe(error);
    const full = [...segments, ...extra];
    const onKey = error.keyword === 'additionalProperties';
    const { file, position } = blame(layers, error.keyword === 'required' ? segments : full, onKey);
    const problem: ValuesProblem = { kind: 'schema', file, position, path: joinPath(full) || '(root)', message };
    const key = `${problem.file}|${problem.path}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/** ajv's description of an error, with "did you mean" for a misspelt key. */
function describe(error: ErrorObject): { extra: string[]; message: string } {
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as { additionalProperty: unknown }).additionalProperty);
    const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const suggestion = didYouMean(key, allowed);
    const expected = allowed.length > 0 ? `expected one of: ${allowed.join(', ')}` : 'no other keys are allowed here';
    return { extra: [key], message: `is not a known key${suggestion ? `; did you mean \`${suggestion}\`?` : ''} (${expected})` };
  }
  if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
    const shapes = (error as ErrorObject & { alternatives?: string[] }).alternatives;
    if (shapes && shapes.length > 0) return { extra: [], message: `expected ${shapes.join(' or ')}${gotValue(error.data)}` };
  }
  return describeAjvError(error);
}

const gotValue = (value: unknown): string => (value === undefined ? '' : `, got ${JSON.stringify(value)}`);

/** The allowed key closest to `key` by edit distance, when it is close enough to be a slip. */
export function didYouMean(key: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const caseInsensitive = allowed.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
  if (caseInsensitive) return caseInsensitive;
  const best = closest(key, [...allowed]);
  const limit = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  return distance(key, best) <= limit ? best : undefined;
}

/**
 * An `anyOf`/`oneOf` that failed makes ajv report every branch's errors too, just before
 * it (a branch behind `$ref` has its own schema path, so they are found by place and order:
 * the run of errors at or under the value's path). When every branch failed on the value's
 * type alone, one message names the shapes allowed ("expected integer or string, got …").
 * Otherwise the value has one branch's shape and is wrong inside it: those errors are kept,
 * so a mistake deep inside still points at its own line, and the type mismatches dropped.
 */
function collapseAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const replaced = new Map<ErrorObject, ErrorObject>();
  for (const [index, group] of errors.entries()) {
    if (group.keyword !== 'anyOf' && group.keyword !== 'oneOf') continue;
    const under = (e: ErrorObject): boolean => e.instancePath === group.instancePath || e.instancePath.startsWith(`${group.instancePath}/`);
    const branches: ErrorObject[] = [];
    for (let i = index - 1; i >= 0 && under(errors[i]!); i--) branches.push(errors[i]!);
    const typeMismatches = branches.filter((e) => e.keyword === 'type' && e.instancePath === group.instancePath);
    const inShape = branches.filter((e) => !typeMismatches.includes(e) && !dropped.has(e));
    for (const e of typeMismatches) dropped.add(e);
    if (inShape.length > 0) {
      dropped.add(group);
    } else {
      const shapes = branches.map(shapeOf).filter((s): s is string => s !== undefined).reverse();
      replaced.set(group, Object.assign({}, group, { alternatives: [...new Set(shapes)] }));
    }
  }
  return errors.filter((e) => !dropped.has(e)).map((e) => replaced.get(e) ?? e);
}

function shapeOf(error: ErrorObject): string | undefined {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return String(p.type);
    case 'enum':
      return `one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return JSON.stringify(p.allowedValue);
    case 'pattern':
      return `a string matching ${String(p.pattern)}`;
    case 'minimum':
    case 'maximum':
      return `a number ${String(p.comparison)} ${String(p.limit)}`;
    default:
      return error.message;
  }
}
