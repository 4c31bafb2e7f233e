import { quantityPattern } from '../schemas/convert-openapi.ts';
import type { AjvError } from './builtin-schemas.ts';
import type { ValidationIssue } from './types.ts';

/**
 * Turns ajv's raw errors into kubeconform-style `{path, msg}` pairs a person can act on.
 * The branches of a failed `anyOf`/`oneOf` are folded into one message: the `null` branch
 * that makes a field optional is noise, and `int-or-string` reads better as one line.
 */
export function describeErrors(errors: readonly AjvError[], data: unknown): ValidationIssue[] {
  const kept: AjvError[] = [];
  const issues = new Map<AjvError, ValidationIssue>();
  for (const error of errors) {
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') {
      kept.push(error);
      continue;
    }
    if (error.keyword === 'oneOf' && Array.isArray(error.params['passingSchemas'])) {
      kept.push(error);
      continue;
    }
    const at = error.instancePath;
    let first = kept.length;
    while (first > 0 && isWithin(kept[first - 1]!.instancePath, at)) first--;
    const branches = kept.splice(first).filter((branch) => !(branch.keyword === 'type' && branch.instancePath === at && branch.params['type'] === 'null'));
    const sameLevelTypes = branches.filter((branch) => branch.keyword === 'type' && branch.instancePath === at);
    // A branch whose type matched failed on something more specific: that is the real problem.
    const specific = branches.filter((branch) => !sameLevelTypes.includes(branch));
    if (specific.length > 0) {
      kept.push(...specific);
    } else {
      const wanted = new Set<string>();
      for (const branch of sameLevelTypes) for (const type of typeList(branch.params['type'])) if (type !== 'null') wanted.add(type);
      const folded: AjvError = { ...error, keyword: 'type', params: { type: [...wanted] } };
      kept.push(folded);
      issues.set(folded, { path: pointerToPath(at), message: `got ${jsonType(valueAt(data, at))}, want ${[...wanted].join(' or ') || 'a different value'}` });
    }
  }
  return kept.map((error) => issues.get(error) ?? describe(error, data));
}

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

function typeList(type: unknown): string[] {
  return Array.isArray(type) ? type.map(String) : typeof type === 'string' ? type.split(',') : [];
}

function describe(error: AjvError, data: unknown): ValidationIssue {
  const path = pointerToPath(error.instancePath);
  const value = valueAt(data, error.instancePath);
  const params = error.params;
  switch (error.keyword) {
    case 'additionalProperties':
      return { path, message: `additional properties '${String(params['additionalProperty'])}' not allowed` };
    case 'required':
      return { path, message: `missing property '${String(params['missingProperty'])}'` };
    case 'type':
      return { path, message: `got ${jsonType(value)}, want ${typeList(params['type']).join(' or ')}` };
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[] | undefined) ?? [];
      return { path, message: `value must be ${allowed.map((v) => JSON.stringify(v)).join(' or ')}, got ${JSON.stringify(value)}` };
    }
    case 'pattern':
      if (params['pattern'] === quantityPattern) {
        return { path, message: `${JSON.stringify(value)} is not a valid quantity (e.g. 500m, 2Gi, 1.5)` };
      }
      return { path, message: `${JSON.stringify(value)} does not match pattern ${JSON.stringify(params['pattern'])}` };
    case 'format':
      return { path, message: `${JSON.stringify(value)} is not valid ${String(params['format'])}` };
    case 'oneOf':
      return { path, message: 'value matches more than one of the allowed forms (oneOf)' };
    default:
      return { path, message: error.message ?? `fails ${error.keyword}` };
  }
}

/** kubeconform joins the unescaped pointer segments with `/`. */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('/');
}

function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let current: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** JSON Schema's name for a value's type, as kubeconform prints it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'object') return 'object';
  return typeof value;
}
