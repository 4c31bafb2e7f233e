import type { ValidationIssue } from '../core/types.ts';
import { checkDns1035Label, checkDns1123Label, checkDns1123Subdomain, checkPathSegment } from './dns.ts';
import type { Rule } from './types.ts';
import { objectAt } from './walk.ts';

interface NameRule {
  readonly grammar: string;
  readonly check: (name: string) => string;
  /** Longest name the API server accepts because something is appended to it. */
  readonly maxLength?: { readonly length: number; readonly why: string };
}

const subdomain: NameRule = { grammar: 'DNS-1123 subdomain', check: checkDns1123Subdomain };
const label: NameRule = { grammar: 'DNS-1123 label', check: checkDns1123Label };

/** The kinds whose names the API server checks with something other than a DNS-1123 subdomain. */
const nameRules: Readonly<Record<string, NameRule>> = {
  Namespace: label,
  Service: { grammar: 'DNS-1035 label', check: checkDns1035Label },
  // Pods are named <statefulset>-<ordinal> and labelled controller-revision-hash=<statefulset>-<10-char hash>.
  StatefulSet: { ...label, maxLength: { length: 52, why: `its pods' controller-revision-hash label (name + '-' + a 10-character hash) must fit 63 characters` } },
  // Jobs are named <cronjob>-<11-character schedule time>.
  CronJob: { ...subdomain, maxLength: { length: 52, why: 'the names of its jobs append 11 characters and must fit 63' } },
  Role: { grammar: 'path segment', check: checkPathSegment },
  ClusterRole: { grammar: 'path segment', check: checkPathSegment },
  RoleBinding: { grammar: 'path segment', check: checkPathSegment },
  ClusterRoleBinding: { grammar: 'path segment', check: checkPathSegment },
};

/** metadata.name (or generateName) as ValidateObjectMeta checks it for the kind. */
export const objectNames: Rule = (subject, issues) => {
  const metadata = objectAt(subject.value, 'metadata');
  const name = metadata?.['name'];
  const generateName = metadata?.['generateName'];
  const rule = nameRules[subject.kind] ?? subdomain;
  if (typeof name === 'string' && name !== '') {
    check(name, '/metadata/name', subject.kind, rule, issues);
  } else if (typeof generateName === 'string' && generateName !== '') {
    // A prefix may end in '-': the API server appends five random characters.
    check(generateName.replace(/-$/, 'a'), '/metadata/generateName', subject.kind, rule, issues, generateName);
  } else {
    issues.push({ path: '/metadata/name', message: 'name or generateName is required (API server rule: object name)' });
  }
};

function check(name: string, path: string, kind: string, rule: NameRule, issues: ValidationIssue[], shown = name): void {
  const why = rule.check(name);
  if (why) issues.push({ path, message: `${JSON.stringify(shown)} is not a valid ${kind} name: ${why} (API server rule: ${rule.grammar})` });
  else if (rule.maxLength && name.length > rule.maxLength.length) {
    issues.push({ path, message: `${JSON.stringify(shown)} is too long for a ${kind} name: at most ${rule.maxLength.length} characters (has ${name.length}), because ${rule.maxLength.why} (API server rule)` });
  }
}
