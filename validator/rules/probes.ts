import { isObject } from '../schemas/json-schema.ts';
import type { Rule } from './types.ts';
import { fieldPath, podContainers, podSpecs } from './walk.ts';

const handlers = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const probes = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/**
 * validateProbe and its callers, for init and regular containers: a probe has exactly one
 * handler (exec, httpGet, tcpSocket or grpc), and a liveness or startup probe's
 * successThreshold is 1.
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
        const threshold = value['successThreshold'];
        if (probe !== 'readinessProbe' && typeof threshold === 'number' && threshold !== 1) {
          issues.push({ path: fieldPath(...at, 'successThreshold'), message: `${threshold} must be 1 for a ${probe} (API server rule: probe successThreshold)` });
        }
      }
    }
  }
};
