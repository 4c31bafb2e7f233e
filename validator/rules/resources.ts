import type { ValidationIssue } from '../core/types.ts';
import { isObject } from '../schemas/json-schema.ts';
import { checkQualifiedName } from './dns.ts';
import { compareQuantities, isWholeNumber, parseQuantity } from './quantity.ts';
import type { Rule } from './types.ts';
import { fieldPath, objectItems, podContainers, podSpecs } from './walk.ts';

const standardContainerResources = new Set(['cpu', 'memory', 'ephemeral-storage']);

function isHugePages(name: string): boolean {
  return name.startsWith('hugepages-');
}

/** IsNativeResource: unprefixed, or in the kubernetes.io namespace. */
function isNative(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

/** IsExtendedResourceName: not native, not `requests.`-prefixed, and `requests.<name>` a qualified name. */
function isExtended(name: string): boolean {
  if (isNative(name) || name.startsWith('requests.')) return false;
  return checkQualifiedName(`requests.${name}`) === '';
}

/** IsOvercommitAllowed: native resources other than huge pages may request less than their limit. */
function overcommitAllowed(name: string): boolean {
  return isNative(name) && !isHugePages(name);
}

/** validateContainerResourceName (and validateResourceName before it): why the name fails, or ''. */
function checkResourceName(name: string): string {
  const why = checkQualifiedName(name);
  if (why) return `${JSON.stringify(name)} is not a valid resource name: ${why}`;
  if (!name.includes('/')) {
    if (!standardContainerResources.has(name) && !isHugePages(name)) return `${JSON.stringify(name)} must be a standard resource for containers (cpu, memory, ephemeral-storage, hugepages-<size>) or prefixed (e.g. example.com/gpu)`;
  } else if (!isNative(name) && !isExtended(name)) {
    return `${JSON.stringify(name)} doesn't follow extended resource name standard`;
  }
  return '';
}

/**
 * ValidateResourceRequirements for every container: resource names, quantities not negative,
 * extended resources whole numbers, requests at most the limit (equal to it for extended
 * resources and huge pages, which then need a limit), huge pages only beside cpu or memory,
 * and `resources.claims` naming the pod's `spec.resourceClaims`, each once.
 */
export const containerResources: Rule = (subject, issues) => {
  for (const { path: specPath, spec } of podSpecs(subject.kind, subject.value)) {
    const claimNames = new Set<string>();
    for (const { item } of objectItems(spec['resourceClaims'])) if (typeof item['name'] === 'string') claimNames.add(item['name']);
    for (const { path, container } of podContainers(spec, specPath)) {
      const resources = container['resources'];
      if (isObject(resources)) checkRequirements(resources, [...path, 'resources'], claimNames, issues);
    }
  }
};

function checkRequirements(resources: Record<string, unknown>, path: readonly string[], claimNames: ReadonlySet<string>, issues: ValidationIssue[]): void {
  const limits = isObject(resources['limits']) ? resources['limits'] : {};
  const requests = isObject(resources['requests']) ? resources['requests'] : {};
  let cpuOrMemory = false;
  let hugePages = false;
  for (const [kind, list] of [['limits', limits], ['requests', requests]] as const) {
    for (const [name, value] of Object.entries(list)) {
      if (value === null || value === undefined) continue;
      const at = fieldPath(...path, kind, name);
      const why = checkResourceName(name);
      if (why) issues.push({ path: at, message: `${why} (API server rule: container resource names)` });
      if (name === 'cpu' || name === 'memory') cpuOrMemory = true;
      if (isHugePages(name)) hugePages = true;
      const quantity = parseQuantity(value);
      if (!quantity) continue;
      if (quantity.numerator < 0n) issues.push({ path: at, message: `${JSON.stringify(value)} must be greater than or equal to 0 (API server rule: resource quantities)` });
      else if (isExtended(name) && !isWholeNumber(quantity)) issues.push({ path: at, message: `${JSON.stringify(value)} must be an integer: ${name} is an extended resource (API server rule: resource quantities)` });
      if (kind === 'limits') continue;
      // The API server defaults a missing request to its limit, so only explicit pairs compare.
      const limitValue = limits[name];
      const limit = limitValue === null || limitValue === undefined ? undefined : parseQuantity(limitValue);
      if (limit) {
        const order = compareQuantities(quantity, limit);
        if (order !== 0 && !overcommitAllowed(name)) {
          issues.push({ path: at, message: `request ${JSON.stringify(value)} must be equal to ${name} limit of ${JSON.stringify(limitValue)} (API server rule: requests and limits)` });
        } else if (order > 0) {
          issues.push({ path: at, message: `request ${JSON.stringify(value)} must be less than or equal to ${name} limit of ${JSON.stringify(limitValue)} (API server rule: requests and limits)` });
        }
      } else if (limitValue === undefined || limitValue === null) {
        if (!overcommitAllowed(name)) issues.push({ path: fieldPath(...path, 'limits'), message: `a limit must be set for ${name}: it cannot be overcommitted (API server rule: requests and limits)` });
      }
    }
  }
  if (hugePages && !cpuOrMemory) issues.push({ path: fieldPath(...path), message: 'huge pages require a cpu or memory request or limit (API server rule: requests and limits)' });
  const claims = resources['claims'];
  if (!Array.isArray(claims)) return;
  const seen = new Set<string>();
  claims.forEach((claim: unknown, index) => {
    if (!isObject(claim)) return;
    const name = claim['name'];
    const at = fieldPath(...path, 'claims', index);
    if (name === undefined || name === null || name === '') {
      issues.push({ path: at, message: 'a resource claim needs a name (API server rule: resource claims)' });
      return;
    }
    if (typeof name !== 'string') return;
    const request = typeof claim['request'] === 'string' ? claim['request'] : '';
    const key = request === '' ? name : `${name}/${request}`;
    if (seen.has(name) || seen.has(key)) issues.push({ path: at, message: `resource claim ${JSON.stringify(key)} is listed twice (API server rule: resource claims)` });
    seen.add(key);
    if (!claimNames.has(name)) {
      const known = claimNames.size === 0 ? 'which is empty' : `(${[...claimNames].map((known) => JSON.stringify(known)).join(', ')})`;
      issues.push({ path: at, message: `${JSON.stringify(name)} must be one of the names in pod.spec.resourceClaims ${known} (API server rule: resource claims)` });
    }
  });
}
