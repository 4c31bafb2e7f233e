/**
 * The name grammars of k8s.io/apimachinery/pkg/util/validation, each returning why a value
 * fails (empty when it passes), in the API server's words.
 */

const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const qualifiedNamePart = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const labelValue = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const ianaServiceName = /^[-a-z0-9]+$/;

export function checkDns1123Label(value: string): string {
  if (value.length > 63) return `must be no more than 63 characters (has ${value.length})`;
  return dns1123Label.test(value) ? '' : `must be a lowercase RFC 1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit (e.g. 'my-name')`;
}

export function checkDns1123Subdomain(value: string): string {
  if (value.length > 253) return `must be no more than 253 characters (has ${value.length})`;
  return dns1123Subdomain.test(value) ? '' : `must be a lowercase RFC 1123 subdomain: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (e.g. 'example.com')`;
}

export function checkDns1035Label(value: string): string {
  if (value.length > 63) return `must be no more than 63 characters (has ${value.length})`;
  return dns1035Label.test(value) ? '' : `must be an RFC 1035 label: lowercase letters, digits and '-', starting with a letter and ending with a letter or digit (e.g. 'my-name')`;
}

/** Role and binding names: any path segment (`system:aggregate-to-view` is fine). */
export function checkPathSegment(value: string): string {
  if (value === '.' || value === '..') return `may not be '${value}'`;
  return /[/%]/.test(value) ? `may not contain '/' or '%'` : '';
}

/** Label and annotation keys: `[prefix/]name`, the prefix a DNS subdomain, the name 63 characters at most. */
export function checkQualifiedName(value: string): string {
  const slash = value.indexOf('/');
  const prefix = slash === -1 ? '' : value.slice(0, slash);
  const name = slash === -1 ? value : value.slice(slash + 1);
  if (slash !== -1) {
    if (prefix === '') return `the prefix before '/' must be non-empty`;
    const why = checkDns1123Subdomain(prefix);
    if (why) return `the prefix ${JSON.stringify(prefix)} ${why}`;
    if (name.includes('/')) return `may contain at most one '/'`;
  }
  if (name === '') return 'the name part must be non-empty';
  if (name.length > 63) return `the name part must be no more than 63 characters (has ${name.length})`;
  return qualifiedNamePart.test(name) ? '' : `the name part must consist of letters, digits, '-', '_' or '.', starting and ending with a letter or digit (e.g. 'app.kubernetes.io/name')`;
}

export function checkLabelValue(value: string): string {
  if (value.length > 63) return `must be no more than 63 characters (has ${value.length})`;
  return labelValue.test(value) ? '' : `must be empty or consist of letters, digits, '-', '_' or '.', starting and ending with a letter or digit`;
}

/** A named port: IANA_SVC_NAME (RFC 6335), what `targetPort: http` refers to. */
export function checkPortName(value: string): string {
  if (value.length > 15) return `must be no more than 15 characters (has ${value.length})`;
  if (!ianaServiceName.test(value)) return `must contain only lowercase letters, digits and '-'`;
  if (!/[a-z]/.test(value)) return 'must contain at least one letter';
  if (value.includes('--')) return `must not contain consecutive hyphens`;
  if (value.startsWith('-') || value.endsWith('-')) return `must not begin or end with a hyphen`;
  return '';
}

/**
 * The same keys and values recur in every resource of a chart (`app.kubernetes.io/name`):
 * remember each verdict, in a bounded table, instead of re-running the grammar.
 */
export function remembered(check: (value: string) => string, limit = 4096): (value: string) => string {
  const known = new Map<string, string>();
  return (value) => {
    let why = known.get(value);
    if (why === undefined) {
      why = check(value);
      if (known.size >= limit) known.clear();
      known.set(value, why);
    }
    return why;
  };
}
