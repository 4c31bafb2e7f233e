import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../validator/core/types.ts';
import { celValidations, indexCelRules, parseFieldPath, withRe2Matches } from '../../validator/rules/cel.ts';

// CEL rules (x-kubernetes-validations) as -strict-api evaluates them; the fixture
// test/fixtures/api-rules/crd-cel.yaml holds verdicts confirmed against the API server.
function issuesOf(schema: Record<string, unknown>, value: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  celValidations({ apiVersion: 'example.com/v1', kind: 'Thing', value, cel: indexCelRules(schema) }, issues);
  return issues;
}

const rules = (...list: Record<string, unknown>[]) => ({ 'x-kubernetes-validations': list });

describe('CEL rules (x-kubernetes-validations)', () => {
  it('types self by the schema: integer and int-or-string integers are ints, number is double, untyped whole numbers are ints', () => {
    const schema = {
      type: 'object',
      properties: {
        count: { type: 'integer', ...rules({ rule: 'type(self) == int && self > 0' }) },
        size: { 'x-kubernetes-int-or-string': true, ...rules({ rule: 'type(self) == string || self > 0' }) },
        ratio: { type: 'number', ...rules({ rule: 'type(self) == double' }) },
        extra: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, ...rules({ rule: 'type(self.n) == int && type(self.f) == double' }) },
      },
    };
    expect(issuesOf(schema, { count: 2, size: 3, ratio: 1, extra: { n: 4, f: 0.5 } })).toEqual([]);
    expect(issuesOf(schema, { count: -2, size: '3', ratio: 0.5, extra: { n: 4, f: 0.5 } }).map((issue) => issue.path)).toEqual(['/count']);
    expect(issuesOf(schema, { count: 1, size: 0 }).map((issue) => issue.message)).toEqual(['Invalid value: 0: failed rule: type(self) == string || self > 0 (API server rule: x-kubernetes-validations)']);
  });

  it('evaluates rules at every depth: list items and map values, with fieldPath and reason', () => {
    const schema = {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            properties: { ports: { type: 'object', additionalProperties: { type: 'integer', ...rules({ rule: 'self <= 65535', message: 'too big' }) } } },
            ...rules({ rule: "has(self.ports)", message: 'ports required', fieldPath: ".ports", reason: 'FieldValueRequired' }),
          },
        },
      },
    };
    expect(issuesOf(schema, { items: [{ ports: { a: 80, b: 70000 } }, {}] })).toEqual([
      { path: '/items/0/ports/b', message: 'Invalid value: 70000: too big (API server rule: x-kubernetes-validations)' },
      { path: '/items/1/ports', message: 'Required value: ports required (API server rule: x-kubernetes-validations)' },
    ]);
  });

  it('uses messageExpression, falling back to message when it fails', () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'integer', ...rules({ rule: 'self < 10', messageExpression: "'a is ' + string(self)" }) },
        b: { type: 'integer', ...rules({ rule: 'self < 10', messageExpression: 'self.nope', message: 'b too big' }) },
      },
    };
    expect(issuesOf(schema, { a: 12, b: 12 }).map((issue) => issue.message)).toEqual([
      'Invalid value: 12: a is 12 (API server rule: x-kubernetes-validations)',
      'Invalid value: 12: b too big (API server rule: x-kubernetes-validations)',
    ]);
  });

  it('skips transition rules (oldSelf applies to updates only)', () => {
    const schema = { type: 'object', properties: { a: { type: 'string', ...rules({ rule: 'self == oldSelf' }) } } };
    expect(issuesOf(schema, { a: 'x' })).toEqual([]);
  });

  it('reports a rule it cannot evaluate offline instead of passing it', () => {
    const schema = {
      type: 'object',
      properties: {
        q: { type: 'string', ...rules({ rule: "quantity(self).isLessThan(quantity('1Gi'))" }) },
        l: { type: 'array', items: { type: 'integer' }, ...rules({ rule: 'self.indexOf(2) >= 0' }) },
      },
    };
    const messages = issuesOf(schema, { q: '1Mi', l: [1, 2] }).map((issue) => issue.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('cannot be evaluated offline: it uses isLessThan(), quantity()');
    expect(messages[1]).toContain('cannot be evaluated offline');
  });

  it('reports runtime errors as the API server does', () => {
    const schema = { type: 'object', ...rules({ rule: 'self.spec.replicas > 0' }) };
    expect(issuesOf(schema, { spec: {} })[0]!.message).toMatch(/^Invalid value: No such key: replicas evaluating rule: self\.spec\.replicas > 0/);
  });

  it('gives the root only metadata.name and generateName', () => {
    const schema = { type: 'object', properties: { metadata: { type: 'object' } }, ...rules({ rule: "self.metadata.name == 'a' && !has(self.metadata.labels)" }) };
    expect(issuesOf(schema, { metadata: { name: 'a', labels: { x: 'y' } } })).toEqual([]);
  });

  it('matches with RE2, also through find and findAll', () => {
    const schema = { type: 'object', properties: { s: { type: 'string', ...rules({ rule: "self.matches('^\\\\pL+$') && self.find('[a-z]+') == 'caf' && self.findAll('.').size() == 4" }) } } };
    expect(issuesOf(schema, { s: 'café' })).toEqual([]);
    expect(issuesOf(schema, { s: 'cafe1' })).toHaveLength(1);
  });

  it('rewrites matches calls outside string literals only, and reads field paths', () => {
    expect(withRe2Matches(`self.matches("x.matches(y)") || matches(self, 'a') || self.matchesX`)).toBe(`self.re2Matches("x.matches(y)") || re2Matches(self, 'a') || self.matchesX`);
    expect(parseFieldPath(".spec.ports['a.b'][2]")).toEqual(['spec', 'ports', 'a.b', 2]);
    expect(parseFieldPath('spec')).toBeUndefined();
  });
});
