import type { ValidationIssue } from '../core/types.ts';
import { isObject } from '../schemas/json-schema.ts';
import { checkDns1123Subdomain, checkQualifiedName } from './dns.ts';
import { compareQuantities, parseQuantity, type Fraction } from './quantity.ts';
import type { Rule } from './types.ts';
import { fieldPath, objectItems, podContainers, podSpecs } from './walk.ts';

/** IsRelaxedEnvVarName (RelaxedEnvironmentVariableValidation, on by default from 1.32): printable ASCII but '='. */
const relaxedEnvVarName = /^[ -<>-~]+$/;
/** IsEnvVarName before 1.32: envVarNameFmt, and not `.`, `..` or `..`-prefixed (hasChDirPrefix). */
const strictEnvVarName = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** Why an env var name fails in a release, or ''. Without a release, the newer (relaxed) rule. */
export function checkEnvVarName(name: string, minor: string | undefined): string {
  if (name === '') return 'environment variable name must be non-empty';
  const [, minorNumber = '99'] = (minor ?? '1.99').split('.');
  if (Number(minorNumber) >= 32) return relaxedEnvVarName.test(name) ? '' : `a valid environment variable name must consist only of printable ASCII characters other than '='`;
  if (!strictEnvVarName.test(name)) return `a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (Kubernetes ${minor}; from 1.32 any printable ASCII but '=')`;
  if (name === '.' || name === '..') return `must not be '${name}'`;
  if (name.startsWith('..')) return `must not start with '..'`;
  return '';
}
/** IsConfigMapKey: also the key of a Secret. */
const configMapKey = /^[-._a-zA-Z0-9]+$/;
/** validEnvDownwardAPIFieldPathExpressions; labels and annotations only by key (`metadata.labels['app']`). */
const envFieldPaths = ['metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs'];
const subscript = /^metadata\.(labels|annotations)\['(.*)'\]$/;
/** validContainerResourceFieldPathExpressions, and the huge-page prefixes (DownwardAPIHugePages, GA). */
const resourceFields = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];
const sources = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'] as const;

function present(value: unknown): value is Record<string, unknown> {
  return isObject(value);
}

export function checkConfigMapKey(key: string): string {
  if (key.length > 253) return `must be no more than 253 characters (has ${key.length})`;
  if (!configMapKey.test(key)) return `a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name')`;
  if (key === '.' || key === '..') return `must not be '${key}'`;
  if (key.startsWith('..')) return `must not start with '..'`;
  return '';
}

/**
 * ValidateEnv for every container: names, and validateEnvVarValueFrom: `valueFrom` names
 * exactly one source and not beside a non-empty `value`; a config map or secret key selector
 * names a DNS-1123 subdomain and a config key; fieldRef and resourceFieldRef the paths the
 * API server supports.
 */
export const environmentVariables: Rule = (subject, issues) => {
  for (const { path: specPath, spec } of podSpecs(subject.kind, subject.value)) {
    for (const { path, container } of podContainers(spec, specPath)) {
      for (const { index, item } of objectItems(container['env'])) checkEnvVar(item, [...path, 'env', String(index)], subject.minor, issues);
    }
  }
};

function checkEnvVar(env: Record<string, unknown>, path: readonly string[], minor: string | undefined, issues: ValidationIssue[]): void {
  const name = env['name'];
  if (typeof name === 'string') {
    const why = checkEnvVarName(name, minor);
    if (why) issues.push({ path: fieldPath(...path, 'name'), message: `${JSON.stringify(name)}: ${why} (API server rule: environment variable names)` });
  }
  const from = env['valueFrom'];
  if (!isObject(from)) return;
  const at = [...path, 'valueFrom'];
  const given = sources.filter((source) => present(from[source]));
  if (given.length === 0) {
    issues.push({ path: fieldPath(...at), message: 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef` (API server rule: env valueFrom)' });
  } else if (typeof env['value'] === 'string' && env['value'] !== '') {
    issues.push({ path: fieldPath(...at), message: 'may not be specified when `value` is not empty (API server rule: env valueFrom)' });
  } else if (given.length > 1) {
    issues.push({ path: fieldPath(...at), message: `may not have more than one field specified at a time (has ${given.join(', ')}) (API server rule: env valueFrom)` });
  }
  for (const source of ['configMapKeyRef', 'secretKeyRef'] as const) {
    const selector = from[source];
    if (!present(selector)) continue;
    const selectorName = typeof selector['name'] === 'string' ? selector['name'] : '';
    const nameWhy = checkDns1123Subdomain(selectorName);
    if (nameWhy) issues.push({ path: fieldPath(...at, source, 'name'), message: `${JSON.stringify(selectorName)} is not a valid name: ${nameWhy} (API server rule: DNS-1123 subdomain)` });
    const key = selector['key'];
    if (key === undefined || key === null || key === '') {
      issues.push({ path: fieldPath(...at, source, 'key'), message: 'a key is required (API server rule: config key)' });
    } else if (typeof key === 'string') {
      const keyWhy = checkConfigMapKey(key);
      if (keyWhy) issues.push({ path: fieldPath(...at, source, 'key'), message: `${JSON.stringify(key)} is not a valid key: ${keyWhy} (API server rule: config key)` });
    }
  }
  const fieldRef = from['fieldRef'];
  if (present(fieldRef) && typeof fieldRef['fieldPath'] === 'string') {
    const fieldPathValue = fieldRef['fieldPath'];
    const path = fieldPath(...at, 'fieldRef', 'fieldPath');
    const keyed = subscript.exec(fieldPathValue);
    if (keyed) {
      const why = checkQualifiedName(keyed[2]!);
      if (why) issues.push({ path, message: `${JSON.stringify(keyed[2])} is not a valid ${keyed[1] === 'labels' ? 'label' : 'annotation'} key: ${why} (API server rule: env fieldRef)` });
    } else if (fieldPathValue === '') {
      issues.push({ path, message: 'a fieldPath is required (API server rule: env fieldRef)' });
    } else if (!envFieldPaths.includes(fieldPathValue)) {
      issues.push({ path, message: `unsupported value ${JSON.stringify(fieldPathValue)}: supported values are ${envFieldPaths.map((value) => JSON.stringify(value)).join(', ')} (API server rule: env fieldRef)` });
    }
  }
  const resourceRef = from['resourceFieldRef'];
  if (present(resourceRef) && typeof resourceRef['resource'] === 'string') {
    const resource = resourceRef['resource'];
    if (!resourceFields.includes(resource) && !resource.startsWith('requests.hugepages-') && !resource.startsWith('limits.hugepages-')) {
      issues.push({ path: fieldPath(...at, 'resourceFieldRef', 'resource'), message: `unsupported value ${JSON.stringify(resource)}: supported values are ${resourceFields.map((value) => JSON.stringify(value)).join(', ')} (API server rule: env resourceFieldRef)` });
    } else {
      const why = checkDivisor(resource, resourceRef['divisor']);
      if (why) issues.push({ path: fieldPath(...at, 'resourceFieldRef', 'divisor'), message: `${JSON.stringify(resourceRef['divisor'])}: ${why} (API server rule: env resourceFieldRef)` });
    }
  }
}

const one: Fraction = { numerator: 1n, denominator: 1n };
const milli: Fraction = { numerator: 1n, denominator: 1000n };
const decimalUnits = [1n, 1000n, 1000n ** 2n, 1000n ** 3n, 1000n ** 4n, 1000n ** 5n, 1000n ** 6n];
const binaryUnits = [1n, 1024n, 1024n ** 2n, 1024n ** 3n, 1024n ** 4n, 1024n ** 5n, 1024n ** 6n];

/**
 * validateContainerResourceDivisor: the divisor's canonical form (`Quantity.String()`, which
 * keeps the decimal, binary or exponent notation it was written in) must be `1m` or `1` for
 * cpu, and 1, 1k … 1E or 1Ki … 1Ei for memory, ephemeral storage and huge pages. Unset or 0 passes.
 */
function checkDivisor(resource: string, divisor: unknown): string {
  if (divisor === undefined || divisor === null) return '';
  const value = parseQuantity(divisor);
  if (!value || value.numerator === 0n) return '';
  const text = String(divisor).trim();
  const notation = /[KMGTPE]i$/.test(text) ? 'binary' : /[eE]/.test(text) ? 'exponent' : 'decimal';
  const equals = (other: Fraction): boolean => compareQuantities(value, other) === 0;
  const whole = (units: readonly bigint[]): boolean => units.some((unit) => equals({ numerator: unit, denominator: 1n }));
  if (resource.endsWith('.cpu')) {
    return equals(one) || (notation === 'decimal' && equals(milli)) ? '' : `only divisor's values 1m and 1 are supported with the cpu resource`;
  }
  const ok = equals(one) || (notation === 'decimal' && whole(decimalUnits)) || (notation === 'binary' && whole(binaryUnits));
  const kind = resource.includes('hugepages-') ? 'hugepages' : resource.endsWith('.memory') ? 'memory' : 'local ephemeral storage';
  return ok ? '' : `only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the ${kind} resource`;
}
