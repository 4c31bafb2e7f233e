import { describe, expect, it } from 'vitest';
import { checkEnvVarName } from '../../validator/rules/env.ts';
import { compareQuantities, isWholeNumber, parseQuantity } from '../../validator/rules/quantity.ts';

describe('API-server rule helpers', () => {
  it('env var names follow the release: C-like before 1.32, printable ASCII but = from 1.32', () => {
    expect(checkEnvVarName("it's", '1.30')).toContain('must not start with a digit');
    expect(checkEnvVarName('1ABC', '1.31')).toContain('must not start with a digit');
    expect(checkEnvVarName('..x', '1.31')).toBe(`must not start with '..'`);
    expect(checkEnvVarName('MY_ENV.NAME', '1.30')).toBe('');
    expect(checkEnvVarName("it's", '1.32')).toBe('');
    expect(checkEnvVarName('1 ABC', '1.35')).toBe('');
    expect(checkEnvVarName('A=B', '1.34')).toContain(`other than '='`);
    expect(checkEnvVarName('é', '1.34')).toContain('printable ASCII');
    expect(checkEnvVarName('', '1.34')).toContain('non-empty');
  });

  it('quantities compare exactly, as Quantity.Cmp', () => {
    const q = (value: unknown) => parseQuantity(value)!;
    expect(compareQuantities(q('1Gi'), q('1G'))).toBe(1);
    expect(compareQuantities(q('500m'), q(0.5))).toBe(0);
    expect(compareQuantities(q('1e3'), q('1k'))).toBe(0);
    expect(compareQuantities(q(' 2 '), q('2000m'))).toBe(0);
    expect(isWholeNumber(q(4.5726730075834064e-135))).toBe(false);
    expect(isWholeNumber(q('2k'))).toBe(true);
    expect(parseQuantity('2GB')).toBeUndefined();
  });
});
