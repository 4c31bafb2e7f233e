/**
 * String formats asserted the way kubeconform (santhosh-tekuri/jsonschema v6, draft 4–7
 * semantics) asserts them, so a CRD's `format: date-time` fails in both tools or in neither.
 * Formats kubeconform does not know (int32, int64, byte, double, …) accept anything.
 */
export type FormatCheck = (value: string) => boolean;

const digits = /^[0-9]+$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Go's `time.Parse("2006-01-02", s)`. */
export function isDate(s: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** RFC 3339 full-time, leap second only at 23:59 UTC. */
export function isTime(s: string): boolean {
  if (s.length < 9 || s[2] !== ':' || s[5] !== ':') return false;
  const parts = s.slice(0, 8).split(':');
  if (parts.length !== 3 || !parts.every((p) => /^[+]?[0-9]+$/.test(p))) return false;
  let [h, m] = [Number(parts[0]), Number(parts[1])];
  const sec = Number(parts[2]);
  if (h > 23 || m > 59 || sec > 60) return false;
  let rest = s.slice(8);
  if (rest.startsWith('.')) {
    const fraction = /^\.([0-9]+)/.exec(rest);
    if (!fraction) return false;
    rest = rest.slice(fraction[0].length);
  }
  if (rest !== 'z' && rest !== 'Z') {
    if (rest.length !== 6 || (rest[0] !== '+' && rest[0] !== '-') || rest[3] !== ':') return false;
    const [zh, zm] = [rest.slice(1, 3), rest.slice(4, 6)];
    if (!digits.test(zh) || !digits.test(zm) || Number(zh) > 23 || Number(zm) > 59) return false;
    const sign = rest[0] === '+' ? -1 : 1;
    let minutes = h * 60 + m + sign * (Number(zh) * 60 + Number(zm));
    if (minutes < 0) minutes += 24 * 60;
    [h, m] = [Math.floor(minutes / 60), minutes % 60];
  }
  return !(sec >= 60 && (h !== 23 || m !== 59));
}

export function isDateTime(s: string): boolean {
  if (s.length < 20 || (s[10] !== 't' && s[10] !== 'T')) return false;
  return isDate(s.slice(0, 10)) && isTime(s.slice(11));
}

/** Go's `time.ParseDuration` (`1h30m`, `-1.5s`, `0`). */
function isGoDuration(s: string): boolean {
  return s === '0' || /^[-+]?(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+$/.test(s);
}

/** kubeconform accepts Go durations and ISO 8601 durations (`PT1H30M`, `P2W`). */
export function isDuration(s: string): boolean {
  if (isGoDuration(s)) return true;
  if (!s.startsWith('P') || s.length === 1) return false;
  const body = s.slice(1);
  if (body.endsWith('W')) return /^[0-9]+W$/.test(body);
  const [datePart = '', timePart, extra] = body.split('T');
  if (extra !== undefined) return false;
  if (timePart !== undefined && timePart === '') return false;
  return unitsInOrder(datePart, 'YMD') && (timePart === undefined || unitsInOrder(timePart, 'HMS'));
}

function unitsInOrder(text: string, units: string): boolean {
  let remaining = units;
  let rest = text;
  while (rest !== '') {
    const match = /^([0-9]+)(.)/.exec(rest);
    if (!match) return false;
    const at = remaining.indexOf(match[2]!);
    if (at < 0) return false;
    remaining = remaining.slice(at + 1);
    rest = rest.slice(match[0].length);
  }
  return true;
}

export function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^(?:0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}

export function isIPv6(s: string): boolean {
  if (s.includes('%')) return false;
  const double = s.split('::');
  if (double.length > 2) return false;
  const groups = (part: string): string[] => (part === '' ? [] : part.split(':'));
  const head = groups(double[0] ?? '');
  const tail = double.length === 2 ? groups(double[1] ?? '') : [];
  const all = [...head, ...tail];
  let slots = all.length;
  const last = all[all.length - 1];
  if (last !== undefined && last.includes('.')) {
    if (!isIPv4(last)) return false;
    all.pop();
    slots += 1;
  }
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return double.length === 2 ? slots < 8 : slots === 8;
}

export function isHostname(s: string): boolean {
  const name = s.endsWith('.') ? s.slice(0, -1) : s;
  if (name.length === 0 || name.length > 253) return false;
  return name.split('.').every((label) => /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/.test(label));
}

export function isEmail(s: string): boolean {
  const at = s.lastIndexOf('@');
  if (at <= 0 || at > 64 || at === s.length - 1) return false;
  const domain = s.slice(at + 1);
  if (domain.startsWith('[') && domain.endsWith(']')) {
    const address = domain.slice(1, -1);
    return address.startsWith('IPv6:') ? isIPv6(address.slice(5)) : isIPv4(address);
  }
  return isHostname(domain);
}

export function isUuid(s: string): boolean {
  return /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(s);
}

export function isUri(s: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s\\]*$/.test(s);
}

export function isUriReference(s: string): boolean {
  return !s.includes('\\') && !/\s/.test(s);
}

export function isJsonPointer(s: string): boolean {
  return s === '' || (s.startsWith('/') && !/~[^01]|~$/.test(s));
}

export const assertedFormats: Readonly<Record<string, FormatCheck>> = {
  'date-time': isDateTime,
  date: isDate,
  time: isTime,
  duration: isDuration,
  ipv4: isIPv4,
  ipv6: isIPv6,
  hostname: isHostname,
  email: isEmail,
  uuid: isUuid,
  uri: isUri,
  iri: isUri,
  'uri-reference': isUriReference,
  'iri-reference': isUriReference,
  'json-pointer': isJsonPointer,
};
