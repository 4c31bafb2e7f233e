import type { ValidationIssue } from '../core/types.ts';
import { isObject } from '../schemas/json-schema.ts';
import { checkDns1123Label } from './dns.ts';
import { checkPortNumOrName } from './probes.ts';
import type { Rule } from './types.ts';
import { fieldPath, podContainers, podSpecs } from './walk.ts';

const restartPolicies = ['Always', 'OnFailure', 'Never'];
const dnsPolicies = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const pullPolicies = ['Always', 'IfNotPresent', 'Never'];
const terminationMessagePolicies = ['File', 'FallbackToLogsOnError'];
const lifecycleHandlers = ['exec', 'httpGet', 'tcpSocket', 'sleep'];
const workloads = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController']);
const jobs = new Set(['Job', 'CronJob']);

function list(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function checkEnum(value: unknown, allowed: readonly string[], path: readonly string[], what: string, issues: ValidationIssue[]): void {
  if (typeof value === 'string' && value !== '' && !allowed.includes(value)) {
    issues.push({ path: fieldPath(...path), message: `unsupported ${what} ${JSON.stringify(value)}: supported values are ${list(allowed)} (API server rule: ${what})` });
  }
}

/**
 * ValidatePodSpec's enums and names, which the Swagger documents give only in prose:
 * restartPolicy (a workload's pods `Always`, a Job's `OnFailure` or `Never`, which it must
 * set: the pod default `Always` is refused), dnsPolicy, every container's imagePullPolicy and
 * terminationMessagePolicy; activeDeadlineSeconds from 1 to 2147483647; hostname and
 * subdomain DNS-1123 labels; lifecycle hooks with exactly one handler (exec, httpGet,
 * tcpSocket or sleep) and valid ports.
 */
export const podSpecFields: Rule = (subject, issues) => {
  for (const { path, spec } of podSpecs(subject.kind, subject.value)) {
    const restart = spec['restartPolicy'];
    const restartPath = fieldPath(...path, 'restartPolicy');
    if (jobs.has(subject.kind)) {
      if (restart === undefined || restart === null || restart === '') issues.push({ path: restartPath, message: 'a Job\'s pods need restartPolicy "OnFailure" or "Never" (API server rule: restartPolicy)' });
      else if (restart !== 'OnFailure' && restart !== 'Never') issues.push({ path: restartPath, message: `unsupported restartPolicy ${JSON.stringify(restart)}: a Job's pods need "OnFailure" or "Never" (API server rule: restartPolicy)` });
    } else if (workloads.has(subject.kind)) {
      if (typeof restart === 'string' && restart !== '' && restart !== 'Always') issues.push({ path: restartPath, message: `unsupported restartPolicy ${JSON.stringify(restart)}: a ${subject.kind}'s pods need "Always" (API server rule: restartPolicy)` });
    } else {
      checkEnum(restart, restartPolicies, [...path, 'restartPolicy'], 'restartPolicy', issues);
    }
    checkEnum(spec['dnsPolicy'], dnsPolicies, [...path, 'dnsPolicy'], 'dnsPolicy', issues);
    const deadline = spec['activeDeadlineSeconds'];
    if (typeof deadline === 'number' && (deadline < 1 || deadline > 2147483647)) {
      issues.push({ path: fieldPath(...path, 'activeDeadlineSeconds'), message: `${deadline} must be between 1 and 2147483647, inclusive (API server rule: activeDeadlineSeconds)` });
    }
    for (const field of ['hostname', 'subdomain']) {
      const value = spec[field];
      if (typeof value !== 'string' || value === '') continue;
      const why = checkDns1123Label(value);
      if (why) issues.push({ path: fieldPath(...path, field), message: `${JSON.stringify(value)} is not a valid ${field}: ${why} (API server rule: DNS-1123 label)` });
    }
    for (const { path: containerPath, container } of podContainers(spec, path)) {
      checkEnum(container['imagePullPolicy'], pullPolicies, [...containerPath, 'imagePullPolicy'], 'imagePullPolicy', issues);
      checkEnum(container['terminationMessagePolicy'], terminationMessagePolicies, [...containerPath, 'terminationMessagePolicy'], 'terminationMessagePolicy', issues);
      const lifecycle = container['lifecycle'];
      if (!isObject(lifecycle)) continue;
      for (const hook of ['postStart', 'preStop']) {
        const handler = lifecycle[hook];
        if (!isObject(handler)) continue;
        const at = [...containerPath, 'lifecycle', hook];
        const given = lifecycleHandlers.filter((name) => isObject(handler[name]));
        if (given.length === 0) issues.push({ path: fieldPath(...at), message: 'must specify a handler type: exec, httpGet, tcpSocket or sleep (API server rule: lifecycle handlers)' });
        else if (given.length > 1) issues.push({ path: fieldPath(...at, given[1]!), message: `may not specify more than 1 handler type (has ${given.join(', ')}) (API server rule: lifecycle handlers)` });
        for (const name of ['httpGet', 'tcpSocket']) {
          const action = handler[name];
          if (isObject(action)) checkPortNumOrName(action['port'], [...at, name, 'port'], issues);
        }
      }
    }
  }
};
