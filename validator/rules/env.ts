import type { ValidationIssue } from '../core/types.ts';
import { isObject } from '../schemas/json-schema.ts';
import { checkDns1123Subdomain, checkQualifiedName } from './dns.ts';
import type { Rule } from './types.ts';
import { fieldPath, objectItems, podContainers, podSpecs } from './walk.ts';

/** IsEnvVarName as relaxed (RelaxedEnvironmentVariableValidation, on by default from 1.32): printable ASCII but '='. */
const envVarName = /^[ -<>-~]+$/;
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
      for (const { index, item } of objectItems(container['env'])) checkEnvVar(item, [...path, 'env', String(index)], issues);
    }
  }
};

function checkEnvVar(env: Record<string, unknown>, path: readonly string[], issues: ValidationIssue[]): void {
  const name = env['name'];
  if (typeof name === 'string' && name !== '' && !envVarName.test(name)) {
    issues.push({ path: fieldPath(...path, 'name'), message: `${JSON.stringify(name)}: a valid environment variable name must consist only of printable ASCII characters other than '=' (API server rule: environment variable names)` });
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
    }
  }
}
