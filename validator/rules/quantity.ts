/**
 * resource.Quantity values as exact fractions (numerator / denominator, BigInt), so requests
 * and limits compare as `Quantity.Cmp` does: `1Gi` > `1G`, `500m` = `0.5`.
 */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const grammar = /^\s*([+-]?)([0-9]+(?:\.[0-9]*)?|\.[0-9]+)([KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?\s*$/;
const decimalExponents: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const binaryExponents: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };

/** The quantity a string or number stands for, or undefined when it is not one. */
export function parseQuantity(value: unknown): Fraction | undefined {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? numberText(value) : undefined) : typeof value === 'string' ? value : undefined;
  if (text === undefined) return undefined;
  const match = grammar.exec(text);
  if (!match) return undefined;
  const [, sign = '', digits = '', suffix = ''] = match;
  const [whole = '', fraction = ''] = digits.split('.');
  let numerator = BigInt(`${whole}${fraction}` || '0');
  let denominator = 10n ** BigInt(fraction.length);
  if (sign === '-') numerator = -numerator;
  let exponent = 0;
  if (suffix in binaryExponents) {
    numerator *= 1024n ** BigInt(binaryExponents[suffix]!);
  } else if (suffix in decimalExponents) {
    exponent = decimalExponents[suffix]!;
  } else {
    exponent = Number(suffix.slice(1));
    if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 1000) return undefined;
  }
  if (exponent > 0) numerator *= 10n ** BigInt(exponent);
  if (exponent < 0) denominator *= 10n ** BigInt(-exponent);
  return { numerator, denominator };
}

/** A JSON number as the API server's decoder sees its text (`1e-7`, not `1e-7` rounded). */
function numberText(value: number): string {
  return String(value).replace('e+', 'e');
}

/** -1, 0 or 1, as `Quantity.Cmp`. */
export function compareQuantities(a: Fraction, b: Fraction): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function isWholeNumber(value: Fraction): boolean {
  return value.numerator % value.denominator === 0n;
}
