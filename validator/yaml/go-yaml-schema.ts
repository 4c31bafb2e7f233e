import type * as JsYaml from 'js-yaml';
import { jsYaml } from './js-yaml.ts';

const { defineMappingTag, defineScalarTag, defineSequenceTag, FAILSAFE_SCHEMA, mapTag, mergeTag, seqTag } = jsYaml;
const NOT_RESOLVED: typeof JsYaml.NOT_RESOLVED = jsYaml.NOT_RESOLVED;

/**
 * Plain-scalar resolution exactly as kubeconform's YAML reader (go-yaml v2 through
 * sigs.k8s.io/yaml) does it, so `on`, `y`, `0777`, `1e3` and `1:20` mean the same thing to
 * both tools: YAML 1.1 booleans (including y/n), Go integer literals (0x, 0o, 0b, leading-zero
 * octal, underscores), YAML-style floats; timestamps and sexagesimals stay strings.
 */

const nulls = new Set(['', '~', 'null', 'Null', 'NULL']);
const trues = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const falses = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const specialFloats = new Map<string, number>([
  ['.nan', Number.NaN], ['.NaN', Number.NaN], ['.NAN', Number.NaN],
  ['.inf', Infinity], ['.Inf', Infinity], ['.INF', Infinity],
  ['+.inf', Infinity], ['+.Inf', Infinity], ['+.INF', Infinity],
  ['-.inf', -Infinity], ['-.Inf', -Infinity], ['-.INF', -Infinity],
]);

const goDecimal = /^[-+]?[0-9]+$/;
const goHex = /^[-+]?0[xX][0-9a-fA-F]+$/;
const goOctal = /^[-+]?0[oO]?[0-7]+$/;
const goBinary = /^[-+]?0[bB][01]+$/;
const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const dotFloat = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
const maxUint64 = 18446744073709551615n;
const minInt64 = -9223372036854775808n;

/**
 * Set when the last parse met a scalar JSON cannot carry (`.inf`, `.nan`); kubeconform fails
 * the whole document on it. Parsing is synchronous, so one shared slot is enough.
 */
export const nonFiniteScalars = { first: '' };

/** Go's strconv.ParseInt(s, 0, 64), falling back to ParseUint, after removing underscores. */
const smallDecimal = /^-?[1-9][0-9]{0,14}$/;

function goInteger(source: string): number | undefined {
  // Most numbers in manifests are small plain decimals: skip the general parser.
  if (source === '0' || smallDecimal.test(source)) return Number(source);
  const plain = source.replaceAll('_', '');
  let digits: string;
  let radix: number;
  const negative = plain.startsWith('-');
  const unsigned = plain.replace(/^[-+]/, '');
  if (goHex.test(plain)) [digits, radix] = [unsigned.slice(2), 16];
  else if (goBinary.test(plain)) [digits, radix] = [unsigned.slice(2), 2];
  else if (goOctal.test(plain) && unsigned.length > 1) [digits, radix] = [unsigned.replace(/^0[oO]?/, ''), 8];
  else if (goDecimal.test(plain)) [digits, radix] = [unsigned, 10];
  else return undefined;
  const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : radix === 2 ? '0b' : '';
  let value = BigInt(`${prefix}${digits}`);
  if (negative) value = -value;
  if (value < minInt64 || value > maxUint64) return undefined;
  return Number(value);
}

function goNumber(source: string): number | typeof NOT_RESOLVED {
  const integer = goInteger(source);
  if (integer !== undefined) return integer;
  const plain = source.replaceAll('_', '');
  if (yamlStyleFloat.test(plain)) {
    const value = Number(plain);
    // Go's ParseFloat fails on overflow, and the scalar stays a string.
    if (Number.isFinite(value)) return value;
  }
  return NOT_RESOLVED;
}

const nullTag = defineScalarTag<null>('tag:yaml.org,2002:null', {
  implicit: true,
  implicitFirstChars: ['', '~', 'n', 'N'],
  resolve: (source) => (nulls.has(source) ? null : NOT_RESOLVED),
  identify: (data) => data === null,
});

const boolTag = defineScalarTag<boolean>('tag:yaml.org,2002:bool', {
  implicit: true,
  implicitFirstChars: ['y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O'],
  resolve: (source) => (trues.has(source) ? true : falses.has(source) ? false : NOT_RESOLVED),
  identify: (data) => typeof data === 'boolean',
});

const intTag = defineScalarTag<number>('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '-'],
  resolve: (source) => {
    const value = goNumber(source);
    return value === NOT_RESOLVED || Number.isInteger(value) || !goDecimal.test(source) ? value : NOT_RESOLVED;
  },
  identify: (data) => typeof data === 'number' && Number.isInteger(data),
});

const floatTag = defineScalarTag<number>('tag:yaml.org,2002:float', {
  implicit: true,
  implicitFirstChars: ['.', '+', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  resolve: (source) => {
    const special = specialFloats.get(source);
    if (special !== undefined) {
      if (nonFiniteScalars.first === '') nonFiniteScalars.first = source;
      return special;
    }
    if (source.startsWith('.')) return dotFloat.test(source) ? Number(source) : NOT_RESOLVED;
    return goNumber(source);
  },
  identify: (data) => typeof data === 'number',
});

/**
 * Tags go-yaml does not resolve (`!custom`, `!!set`, `!!omap`, `!<tag:example.com,2000:x>`)
 * leave the node as it is: a scalar stays its text, a mapping or sequence stays one. Only
 * `!!str`, `!!bool`, `!!int`, `!!float`, `!!null` (above) and `!!binary` change a value.
 */
const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const binaryTag = defineScalarTag<string>('tag:yaml.org,2002:binary', {
  // Go's base64.StdEncoding: padded, line breaks ignored; the bytes become a Go string, which
  // JSON encoding turns into text with U+FFFD for invalid UTF-8, as Buffer's decoder does.
  resolve: (source) => {
    const compact = source.replace(/[\r\n]/g, '');
    return base64.test(compact) ? Buffer.from(compact, 'base64').toString('utf8') : NOT_RESOLVED;
  },
  identify: () => false,
});

const untouchedTags = ['!', 'tag:'].flatMap((prefix) => [
  defineScalarTag<string>(prefix, { matchByTagPrefix: true, resolve: (source) => source, identify: () => false }),
  defineMappingTag(prefix, { ...mapTag, matchByTagPrefix: true, identify: () => false }),
  defineSequenceTag(prefix, { ...seqTag, matchByTagPrefix: true, identify: () => false }),
]);

/** Strings, sequences and mappings, plus go-yaml v2's scalar types and merge keys. */
export const goYamlSchema: JsYaml.Schema = FAILSAFE_SCHEMA.withTags(nullTag, boolTag, intTag, floatTag, binaryTag, ...untouchedTags, mergeTag);

/** The same without merge keys: `<<` stays a plain key, for merging the way go-yaml does. */
export const goYamlSchemaWithoutMerge: JsYaml.Schema = FAILSAFE_SCHEMA.withTags(nullTag, boolTag, intTag, floatTag, binaryTag, ...untouchedTags);
