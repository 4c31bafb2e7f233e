import { createRequire } from 'node:module';
import { Environment, type ASTNode, type ParseResult } from '@marcbachmann/cel-js';
import type * as Re2Js from 're2js';
import type { ValidationIssue } from '../core/types.ts';
import { isObject } from '../schemas/json-schema.ts';
import type { Rule } from './types.ts';
import { fieldPath } from './walk.ts';

// re2js is CommonJS-first; required like in schemas/regexp.ts so the bundle keeps it external.
const { RE2JS } = createRequire(import.meta.url)('re2js') as typeof Re2Js;

/**
 * The `x-kubernetes-validations` of a CRD's structural schema, pruned to the paths that lead
 * to one. Built once per CRD (with the kind); each rule is compiled on first use and kept here,
 * so a thousand resources of a kind compile its rules once.
 */
export interface CelNode {
  /** The structural schema node, to give the value at it CEL types (integer → int). */
  readonly schema: Record<string, unknown>;
  readonly rules?: readonly CelRuleSource[];
  readonly properties?: Readonly<Record<string, CelNode>>;
  readonly items?: CelNode;
  readonly values?: CelNode;
}

/** Each node's compiled rules, once compiled (beside the node: kinds go to and from worker threads by structured clone). */
const compiledRules = new WeakMap<CelNode, readonly CompiledRule[]>();

interface CelRuleSource {
  readonly rule: string;
  readonly message?: string | undefined;
  readonly messageExpression?: string | undefined;
  readonly fieldPath?: string | undefined;
  readonly reason?: string | undefined;
}

type CompiledRule =
  | { readonly kind: 'transition' }
  | { readonly kind: 'unsupported'; readonly source: CelRuleSource; readonly why: string }
  | { readonly kind: 'ready'; readonly source: CelRuleSource; readonly program: ParseResult; readonly messageProgram?: ParseResult | undefined; readonly path: readonly (string | number)[] };

const maxDepth = 256;

/** Indexes the CEL rules of a CRD's structural schema; undefined when it has none. */
export function indexCelRules(schema: unknown, depth = 0): CelNode | undefined {
  if (!isObject(schema) || depth > maxDepth) return undefined;
  const rules = ruleSources(schema['x-kubernetes-validations']);
  let properties: Record<string, CelNode> | undefined;
  if (isObject(schema['properties'])) {
    for (const [name, child] of Object.entries(schema['properties'])) {
      const node = indexCelRules(child, depth + 1);
      if (node) (properties ??= {})[name] = node;
    }
  }
  const items = Array.isArray(schema['items']) ? undefined : indexCelRules(schema['items'], depth + 1);
  const values = indexCelRules(schema['additionalProperties'], depth + 1);
  if (rules.length === 0 && !properties && !items && !values) return undefined;
  return { schema, ...(rules.length > 0 ? { rules } : {}), ...(properties ? { properties } : {}), ...(items ? { items } : {}), ...(values ? { values } : {}) };
}

function ruleSources(list: unknown): CelRuleSource[] {
  if (!Array.isArray(list)) return [];
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  return list.filter(isObject).flatMap((entry) => {
    const rule = text(entry['rule']);
    if (rule === undefined) return [];
    return [{ rule, message: text(entry['message']), messageExpression: text(entry['messageExpression']), fieldPath: text(entry['fieldPath']), reason: text(entry['reason']) }];
  });
}

/**
 * CEL rules (`x-kubernetes-validations`) of a custom resource's schema, evaluated as the API
 * server does on create: `self` is the value at the rule's schema node (each item of a list,
 * each value of a map), typed by the schema (integers are CEL ints); a rule that is false is
 * an issue at that field (or its `fieldPath`) with its message. Transition rules (`oldSelf`)
 * only apply to updates and are skipped. A rule using a function of the Kubernetes CEL
 * libraries that is not available here is an issue too: it cannot be evaluated offline.
 */
export const celValidations: Rule = (subject, issues) => {
  if (!subject.cel) return;
  walk(subject.value, subject.cel, [], issues, true);
};

function walk(value: unknown, node: CelNode, path: (string | number)[], issues: ValidationIssue[], root: boolean): void {
  if (value === null || value === undefined || path.length > maxDepth) return;
  if (node.rules) evaluateRules(value, node, path, issues, root);
  if (Array.isArray(value)) {
    if (!node.items) return;
    for (let position = 0; position < value.length; position++) {
      path.push(position);
      walk(value[position], node.items, path, issues, false);
      path.pop();
    }
    return;
  }
  if (!isObject(value)) return;
  if (node.properties) {
    for (const name in node.properties) {
      if (value[name] === undefined || value[name] === null) continue;
      path.push(name);
      walk(value[name], node.properties[name]!, path, issues, false);
      path.pop();
    }
  }
  if (node.values) {
    const declared = isObject(node.schema['properties']) ? node.schema['properties'] : {};
    for (const name in value) {
      if (name in declared) continue;
      path.push(name);
      walk(value[name], node.values, path, issues, false);
      path.pop();
    }
  }
}

function evaluateRules(value: unknown, node: CelNode, path: readonly (string | number)[], issues: ValidationIssue[], root: boolean): void {
  let compiled = compiledRules.get(node);
  if (!compiled) {
    compiled = node.rules!.map(compileRule);
    compiledRules.set(node, compiled);
  }
  let self: unknown;
  let converted = false;
  for (const rule of compiled) {
    if (rule.kind === 'transition') continue;
    if (rule.kind === 'unsupported') {
      issues.push({ path: fieldPath(...path), message: `rule ${JSON.stringify(rule.source.rule)} cannot be evaluated offline: ${rule.why} (API server rule: x-kubernetes-validations)` });
      continue;
    }
    if (!converted) {
      self = toCel(value, node.schema, root, 0);
      converted = true;
    }
    let result: unknown;
    try {
      result = rule.program({ self });
    } catch (error) {
      const reason = firstLine(error);
      const offline = /no (matching|such) overload/i.test(reason);
      issues.push({
        path: fieldPath(...path),
        message: offline
          ? `rule ${JSON.stringify(rule.source.rule)} cannot be evaluated offline: ${reason} (a function of the Kubernetes CEL libraries this validator lacks, or arguments of the wrong type) (API server rule: x-kubernetes-validations)`
          : `Invalid value: ${reason} evaluating rule: ${ruleText(rule.source)} (API server rule: x-kubernetes-validations)`,
      });
      continue;
    }
    if (result === true) continue;
    if (result !== false) {
      issues.push({ path: fieldPath(...path), message: `rule ${JSON.stringify(rule.source.rule)} did not evaluate to a bool (API server rule: x-kubernetes-validations)` });
      continue;
    }
    issues.push({ path: fieldPath(...path, ...rule.path), message: `${reasonText(rule.source.reason, value, rule.path.length === 0)}${failureMessage(rule, self)} (API server rule: x-kubernetes-validations)` });
  }
}

function failureMessage(rule: Extract<CompiledRule, { kind: 'ready' }>, self: unknown): string {
  if (rule.messageProgram) {
    try {
      const message: unknown = rule.messageProgram({ self });
      if (typeof message === 'string' && message.trim() !== '' && !message.includes('\n')) return message;
    } catch {
      // The API server falls back to the message, as for an empty one.
    }
  }
  return rule.source.message !== undefined && rule.source.message.trim() !== '' ? rule.source.message : `failed rule: ${ruleText(rule.source)}`;
}

/** The API server's `ruleErrorString`: the rule, trimmed. */
function ruleText(source: CelRuleSource): string {
  return source.rule.trim();
}

/** `field.Invalid` and friends: scalars show their value, objects and lists do not. */
function reasonText(reason: string | undefined, value: unknown, atValue: boolean): string {
  switch (reason) {
    case 'FieldValueForbidden':
      return 'Forbidden: ';
    case 'FieldValueRequired':
      return 'Required value: ';
    case 'FieldValueDuplicate':
      return 'Duplicate value: ';
    default:
      return atValue && (typeof value !== 'object' || value === null) ? `Invalid value: ${JSON.stringify(value)}: ` : 'Invalid value: ';
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
}

// ---------------------------------------------------------------------------------------------
// Compiling

const environment = createEnvironment();
/** Every function and macro name the environment knows (the method name of a signature). */
const knownFunctions = new Set(environment.getDefinitions().functions.map((definition) => functionName(definition.signature)));

function functionName(signature: string): string {
  const head = signature.slice(0, signature.indexOf('('));
  return head.slice(head.lastIndexOf('.') + 1);
}

const regexCache = new Map<string, Re2Js.RE2JS>();

function re2(pattern: string): Re2Js.RE2JS {
  let compiled = regexCache.get(pattern);
  if (!compiled) {
    compiled = RE2JS.compile(pattern);
    if (regexCache.size > 1000) regexCache.clear();
    regexCache.set(pattern, compiled);
  }
  return compiled;
}

function findAll(input: string, pattern: string, limit: number): string[] {
  const found: string[] = [];
  const matcher = re2(pattern).matcher(input);
  while ((limit < 0 || found.length < limit) && matcher.find()) found.push(matcher.group() ?? '');
  return found;
}

/**
 * CEL's standard library as cel-js has it, with `matches` in RE2 (Go's regexp: the library's
 * own uses JavaScript's RegExp, where `\pL`, `(?i)` and `\z` mean other things) and the
 * Kubernetes regex library's `find`/`findAll`. Rules are rewritten to call `re2Matches`.
 */
function createEnvironment(): Environment {
  return new Environment({ enableOptionalTypes: true, homogeneousAggregateLiterals: false })
    .registerVariable('self', 'dyn')
    .registerFunction('string.re2Matches(string): bool', (input: string, pattern: string) => re2(pattern).matcher(input).find())
    .registerFunction('re2Matches(string, string): bool', (input: string, pattern: string) => re2(pattern).matcher(input).find())
    .registerFunction('string.find(string): string', (input: string, pattern: string) => findAll(input, pattern, 1)[0] ?? '')
    .registerFunction('string.findAll(string): list<string>', (input: string, pattern: string) => findAll(input, pattern, -1))
    .registerFunction('string.findAll(string, int): list<string>', (input: string, pattern: string, limit: bigint) => findAll(input, pattern, Number(limit)));
}

function compileRule(source: CelRuleSource): CompiledRule {
  let program: ParseResult;
  try {
    program = environment.parse(withRe2Matches(source.rule));
  } catch (error) {
    return { kind: 'unsupported', source, why: `it does not compile: ${firstLine(error)}` };
  }
  const names = { ids: new Set<string>(), functions: new Set<string>() };
  collectNames(program.ast, names);
  if (names.ids.has('oldSelf')) return { kind: 'transition' };
  const unknown = [...names.functions].filter((name) => !knownFunctions.has(name));
  if (unknown.length > 0) return { kind: 'unsupported', source, why: `it uses ${unknown.map((name) => `${name}()`).join(', ')}, from the Kubernetes CEL libraries, which this validator does not implement` };
  const path = parseFieldPath(source.fieldPath);
  if (path === undefined) return { kind: 'unsupported', source, why: `its fieldPath ${JSON.stringify(source.fieldPath)} is not a path this validator reads` };
  let messageProgram: ParseResult | undefined;
  if (source.messageExpression !== undefined) {
    try {
      messageProgram = environment.parse(withRe2Matches(source.messageExpression));
    } catch {
      messageProgram = undefined;
    }
  }
  return { kind: 'ready', source, program, messageProgram, path };
}

function collectNames(node: ASTNode, names: { ids: Set<string>; functions: Set<string> }): void {
  if (node.op === 'id') {
    names.ids.add(node.args);
    return;
  }
  if (node.op === 'call') names.functions.add(node.args[0]);
  if (node.op === 'rcall') names.functions.add(node.args[0]);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isAstNode(value)) collectNames(value, names);
  };
  if (node.op !== 'value') visit(node.args);
}

function isAstNode(value: unknown): value is ASTNode {
  return typeof value === 'object' && value !== null && 'op' in value && 'args' in value;
}

/**
 * Renames calls of `matches` (outside string literals) to `re2Matches`: cel-js will not let its
 * own overload be replaced.
 */
export function withRe2Matches(expression: string): string {
  let out = '';
  let position = 0;
  while (position < expression.length) {
    const char = expression[position]!;
    if (char === '"' || char === "'") {
      const triple = expression.startsWith(char.repeat(3), position);
      const quote = triple ? char.repeat(3) : char;
      const raw = /[rR]/.test(expression[position - 1] ?? '') && !/[\w]/.test(expression[position - 2] ?? '');
      let end = position + quote.length;
      while (end < expression.length && !expression.startsWith(quote, end)) end += !raw && expression[end] === '\\' ? 2 : 1;
      end = Math.min(expression.length, end + quote.length);
      out += expression.slice(position, end);
      position = end;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(expression.slice(position, position + 64));
    if (word) {
      const rest = expression.slice(position + word[0].length);
      out += word[0] === 'matches' && /^\s*\(/.test(rest) ? 're2Matches' : word[0];
      position += word[0].length;
      continue;
    }
    out += char;
    position++;
  }
  return out;
}

/** A rule's `fieldPath` (`.spec.replicas`, `.labels['app']`, `.items[0]`) as segments. */
export function parseFieldPath(text: string | undefined): (string | number)[] | undefined {
  if (text === undefined || text === '') return [];
  const segments: (string | number)[] = [];
  const pattern = /\.([A-Za-z_][A-Za-z0-9_-]*)|\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]/y;
  let position = 0;
  while (position < text.length) {
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (!match) return undefined;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(match[2].replace(/\\(.)/g, '$1'));
    else segments.push(Number(match[3]));
    position = pattern.lastIndex;
  }
  return segments;
}

// ---------------------------------------------------------------------------------------------
// Values

/**
 * The value at a schema node as CEL sees it: integers of `integer` (and int-or-string) fields
 * are ints (BigInt), `number` fields are doubles, untyped (preserved unknown) numbers are ints
 * when whole; nulls of non-nullable fields are dropped, as the API server prunes them. At the
 * root, `metadata` only holds `name` and `generateName`.
 */
function toCel(value: unknown, schema: Record<string, unknown> | undefined, root: boolean, depth: number): unknown {
  if (value === null || value === undefined || depth > maxDepth) return null;
  const type = schema?.['type'];
  if (typeof value === 'number') {
    if (type === 'number') return value;
    if (type === 'integer' || schema?.['x-kubernetes-int-or-string'] === true || type === undefined) return Number.isInteger(value) ? BigInt(value) : value;
    return value;
  }
  if (Array.isArray(value)) {
    const items = isObject(schema?.['items']) ? schema['items'] : undefined;
    return value.map((item) => toCel(item, items, false, depth + 1));
  }
  if (!isObject(value)) return value;
  const properties = isObject(schema?.['properties']) ? schema['properties'] : undefined;
  const additional = isObject(schema?.['additionalProperties']) ? schema['additionalProperties'] : undefined;
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) {
    const child = properties && isObject(properties[name]) ? properties[name] : additional;
    if (field === null && child?.['nullable'] !== true) continue;
    if (root && name === 'metadata' && isObject(field)) {
      const metadata: Record<string, unknown> = {};
      for (const key of ['name', 'generateName']) if (typeof field[key] === 'string') metadata[key] = field[key];
      out[name] = metadata;
      continue;
    }
    out[name] = toCel(field, child, false, depth + 1);
  }
  return out;
}
