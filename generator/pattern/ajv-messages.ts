import type { ErrorObject } from 'ajv';

/** JSON pointer (`/a/0/b`) → path segments (`['a', 0, 'b']`). */
export function instanceSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** What an ajv error means for the user: the extra path segment it is about, and what was expected. */
export function describeAjvError(error: ErrorObject): { extra: string[]; message: string } {
  const p = error.params as Record<string, unknown>;
  const got = (value: unknown): string => (value === undefined ? '' : `, got ${JSON.stringify(value)}`);
  switch (error.keyword) {
    case 'required':
      return { extra: [String(p.missingProperty)], message: 'is required but missing' };
    case 'additionalProperties': {
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return {
        extra: [String(p.additionalProperty)],
        message: `is not a known property; expected one of: ${allowed.join(', ')}`,
      };
    }
    case 'type':
      return { extra: [], message: `expected ${String(p.type)}${got(error.data)}` };
    case 'enum':
      return { extra: [], message: `expected one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${got(error.data)}` };
    case 'const':
      return { extra: [], message: `expected ${JSON.stringify(p.allowedValue)}${got(error.data)}` };
    case 'pattern':
      return { extra: [], message: `expected a string matching ${String(p.pattern)}${got(error.data)}` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { extra: [], message: `expected a number ${String(p.comparison)} ${String(p.limit)}${got(error.data)}` };
    case 'minItems':
      return { extra: [], message: `expected at least ${String(p.limit)} item(s)` };
    case 'minLength':
      return { extra: [], message: `expected a non-empty string` };
    case 'format':
      return { extra: [], message: `expected a ${String(p.format)}${got(error.data)}` };
    case 'oneOf':
      return { extra: [], message: 'expected exactly one of the allowed shapes' };
    default:
      return { extra: [], message: error.message ?? error.keyword };
  }
}

