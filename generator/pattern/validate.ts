import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { repoRoot } from '../tools/paths.ts';
import { InputError, joinPath, type Issue } from './issues.ts';
import type { LoadedPattern } from './load.ts';
import type { Pattern } from './pattern.types.ts';
import { findPatternConflicts, type Conflict } from './conflicts.ts';
import { describeAjvError, instanceSegments } from './ajv-messages.ts';

const schemaFile = path.join(repoRoot, 'schemas', 'pattern.schema.json');

let compiled: ValidateFunction | undefined;
function patternValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    addFormats.default(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
  }
  return compiled;
}

/**
 * Checks a loaded pattern against schemas/pattern.schema.json, then the rules a schema
 * cannot state (unique names, references between fields). Throws every issue at once.
 */
export function validatePattern(loaded: LoadedPattern): Pattern {
  const validate = patternValidator();
  const schemaValid = validate(loaded.data);
  const issues = schemaValid ? [] : schemaIssues(loaded, validate.errors ?? []);
  const conflicts = schemaValid ? findPatternConflicts(loaded.data as Pattern) : conflictsOfInvalid(loaded.data);
  issues.push(
    ...conflicts.map((c) => ({ ...c, file: loaded.file, path: displayPath(loaded.data, c.segments), position: loaded.locate(c.segments) })),
  );
  if (issues.length > 0) throw new InputError(issues);
  return loaded.data as Pattern;
}

/**
 * Cross-field rules also run on a pattern the schema rejected, so one run reports
 * everything; a shape they cannot read is already covered by a schema issue.
 */
function conflictsOfInvalid(data: unknown): Conflict[] {
  try {
    return findPatternConflicts(data as Pattern);
  } catch {
    return [];
  }
}

function schemaIssues(loaded: LoadedPattern, errors: readonly ErrorObject[]): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const error of relevantErrors(errors)) {
    const segments = instanceSegments(error.instancePath);
    const { extra, message } = describeAjvError(error);
    const full = [...segments, ...extra];
    const issue: Issue = {
      code: `schema.${error.keyword}`,
      file: loaded.file,
      path: displayPath(loaded.data, full),
      message,
      position: loaded.locate(full),
    };
    const key = `${issue.path}|${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}

/**
 * A `oneOf` of tagged variants (`type: httpGet | tcpSocket | exec`) makes ajv report the
 * errors of every branch. Keep only the branch whose tag matches; when no tag matches,
 * report the tag alone with the allowed values.
 */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const result: ErrorObject[] = [];
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf');
  const insideOneOf = (e: ErrorObject): ErrorObject | undefined =>
    oneOfs.find((o) => o !== e && (e.instancePath === o.instancePath || e.instancePath.startsWith(`${o.instancePath}/`)));
  const branch = (e: ErrorObject): string => /^#\/definitions\/[^/]+/.exec(e.schemaPath)?.[0] ?? e.schemaPath;
  for (const oneOf of oneOfs) {
    const inner = errors.filter((e) => insideOneOf(e) === oneOf);
    const tagMismatch = inner.filter((e) => e.keyword === 'const' && e.instancePath === `${oneOf.instancePath}/type`);
    const wrongBranches = new Set(tagMismatch.map(branch));
    const matching = inner.filter((e) => !wrongBranches.has(branch(e)));
    if (matching.length > 0) result.push(...matching);
    else if (tagMismatch.length > 0) {
      const allowed = tagMismatch.map((e) => (e.params as { allowedValue: unknown }).allowedValue);
      result.push({ ...tagMismatch[0]!, keyword: 'enum', params: { allowedValues: allowed } });
    } else result.push(oneOf);
  }
  return [...errors.filter((e) => e.keyword !== 'oneOf' && !insideOneOf(e)), ...result];
}

/** `components[4]` reads better as `components.gatewayWorker` when the component has a name. */
export function displayPath(data: unknown, segments: readonly (string | number)[]): string {
  const named = segments.map((segment, i) => {
    if (typeof segment !== 'number' || i === 0) return segment;
    const parentKey = segments[i - 1];
    if (parentKey !== 'components' && parentKey !== 'scenarios') return segment;
    const item = valueAt(data, segments.slice(0, i + 1)) as { name?: unknown } | undefined;
    return typeof item?.name === 'string' && item.name !== '' ? item.name : segment;
  });
  return joinPath(named);
}

function valueAt(data: unknown, segments: readonly (string | number)[]): unknown {
  let current = data;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
