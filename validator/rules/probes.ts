import type { ValidationIssue } from '../core/types.ts';
import { isObject } from '../schemas/json-schema.ts';
import { checkPortName } from './dns.ts';
import type { Rule } from './types.ts';
import { fieldPath, podContainers, podSpecs } from './walk.ts';

const handlers = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const probes = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const nonNegative = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];
const httpHeaderName = /^[-A-Za-z0-9]+$/;

/** ValidatePortNumOrName: a number from 1 to 65535, or an IANA_SVC_NAME. */
export function checkPortNumOrName(port: unknown, path: readonly (string | number)[], issues: ValidationIssue[]): void {
  if (typeof port === 'number') {
    if (port < 1 || port > 65535) issues.push({ path: fieldPath(...path), message: `${port} must be between 1 and 65535, inclusive (API server rule: port numbers)` });
  } else if (typeof port === 'string') {
    const why = checkPortName(port);
    if (why) issues.push({ path: fieldPath(...path), message: `${JSON.stringify(port)} is not a valid port name: ${why} (API server rule: IANA_SVC_NAME)` });
  }
}

/** The handler's own fields: ports, the HTTP scheme and header names. */
function checkHandler(value: Record<string, unknown>, path: readonly string[], issues: ValidationIssue[]): void {
  const httpGet = value['httpGet'];
  if (isObject(httpGet)) {
    checkPortNumOrName(httpGet['port'], [...path, 'httpGet', 'port'], issues);
    const scheme = httpGet['scheme'];
    if (typeof scheme === 'string' && scheme !== '' && scheme !== 'HTTP' && scheme !== 'HTTPS') {
      issues.push({ path: fieldPath(...path, 'httpGet', 'scheme'), message: `unsupported scheme ${JSON.stringify(scheme)}: supported values are "HTTP", "HTTPS" (API server rule: probe handlers)` });
    }
    const headers = httpGet['httpHeaders'];
    if (Array.isArray(headers)) {
      headers.forEach((header: unknown, index) => {
        const name = isObject(header) ? header['name'] : undefined;
        if (typeof name === 'string' && !httpHeaderName.test(name)) {
          issues.push({ path: fieldPath(...path, 'httpGet', 'httpHeaders', index, 'name'), message: `${JSON.stringify(name)}: a valid HTTP header must consist of alphanumeric characters or '-' (API server rule: probe handlers)` });
        }
      });
    }
  }
  const tcpSocket = value['tcpSocket'];
  if (isObject(tcpSocket)) checkPortNumOrName(tcpSocket['port'], [...path, 'tcpSocket', 'port'], issues);
  const grpc = value['grpc'];
  if (isObject(grpc) && typeof grpc['port'] === 'number') checkPortNumOrName(grpc['port'], [...path, 'grpc', 'port'], issues);
}

/**
 * validateProbe and its callers, for init and regular containers: a probe has exactly one
 * handler (exec, httpGet, tcpSocket or grpc) with valid ports (1 to 65535 or a port name), HTTP
 * scheme and header names; its counts and seconds are not negative, terminationGracePeriodSeconds
 * is positive, and a liveness or startup probe's successThreshold is 1.
 */
export const containerProbes: Rule = (subject, issues) => {
  for (const { path: specPath, spec } of podSpecs(subject.kind, subject.value)) {
    for (const { path, container, list } of podContainers(spec, specPath)) {
      if (list === 'ephemeralContainers') continue;
      for (const probe of probes) {
        const value = container[probe];
        if (!isObject(value)) continue;
        const at = [...path, probe];
        const given = handlers.filter((handler) => isObject(value[handler]));
        if (given.length === 0) issues.push({ path: fieldPath(...at), message: 'must specify a handler type: exec, httpGet, tcpSocket or grpc (API server rule: probe handlers)' });
        else if (given.length > 1) issues.push({ path: fieldPath(...at, given[1]!), message: `may not specify more than 1 handler type (has ${given.join(', ')}) (API server rule: probe handlers)` });
        checkHandler(value, at, issues);
        for (const field of nonNegative) {
          const number = value[field];
          if (typeof number === 'number' && number < 0) issues.push({ path: fieldPath(...at, field), message: `${number} must be greater than or equal to 0 (API server rule: probe timing)` });
        }
        const grace = value['terminationGracePeriodSeconds'];
        if (typeof grace === 'number' && grace <= 0) issues.push({ path: fieldPath(...at, 'terminationGracePeriodSeconds'), message: `${grace} must be greater than 0 (API server rule: probe timing)` });
        const threshold = value['successThreshold'];
        if (probe !== 'readinessProbe' && typeof threshold === 'number' && threshold !== 1) {
          issues.push({ path: fieldPath(...at, 'successThreshold'), message: `${threshold} must be 1 for a ${probe} (API server rule: probe successThreshold)` });
        }
      }
    }
  }
};
