/**
 * Walking parsed configuration (smol-toml output, or any JSON-like value): every URL with a
 * host in any table or array, and the tables at a dotted path.
 */

/** A URL found in a config value, with the dotted path it was found at. */
export interface FoundUrl {
  readonly at: string;
  readonly text: string;
  readonly url: URL;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Every string (or comma/space separated part of one: endpoint lists) that parses as a URL with a host. */
export function* urlsIn(value: unknown, at = ''): Generator<FoundUrl> {
  if (typeof value === 'string') {
    for (const text of value.split(/[\s,]+/)) {
      // jdbc:h2:tcp://… and other opaque URLs have no host: they are checked where they are expected.
      if (!text.includes('://') || !URL.canParse(text)) continue;
      const url = new URL(text);
      if (url.hostname !== '') yield { at, text, url };
    }
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* urlsIn(item, `${at}[${i}]`);
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) yield* urlsIn(item, at ? `${at}.${key}` : key);
  }
}

/**
 * The values at a dotted path. Arrays are entered element by element, so
 * `apim.gateway.environment` or `event_listener` yield each table of the array, and an
 * array of strings yields each string.
 */
export function valuesAt(value: unknown, dotted: string): unknown[] {
  let current: unknown[] = [value];
  for (const key of dotted.split('.')) {
    current = current
      .flatMap((v) => (Array.isArray(v) ? v : [v]))
      .flatMap((v) => (isRecord(v) && key in v ? [v[key]] : []));
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

export const has = (value: unknown, dotted: string): boolean => valuesAt(value, dotted).length > 0;

/** The single value at a dotted path, or undefined. */
export const valueAt = (value: unknown, dotted: string): unknown => valuesAt(value, dotted)[0];

/** The port a URL connects to: its own, or its scheme's well-known one (undefined when neither). */
export function portOf(url: URL): number | undefined {
  if (url.port !== '') return Number(url.port);
  const known: Record<string, number> = { 'http:': 80, 'ws:': 80, 'https:': 443, 'wss:': 443 };
  return known[url.protocol];
}
