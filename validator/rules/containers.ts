import { isObject } from '../schemas/json-schema.ts';
import { checkDns1123Label, checkPortName, checkQualifiedName } from './dns.ts';
import { checkPortNumOrName } from './probes.ts';
import type { Rule } from './types.ts';
import { fieldPath, objectAt, podTemplatePaths } from './walk.ts';

const containerLists = ['initContainers', 'containers', 'ephemeralContainers'] as const;

/** The protocols a container or Service port may name (`supportedPortProtocols`); the Swagger documents list them only in prose. */
const portProtocols = new Set(['TCP', 'UDP', 'SCTP']);

function checkProtocol(port: Record<string, unknown>, path: string, issues: Parameters<Rule>[1]): void {
  const protocol = port['protocol'];
  if (typeof protocol === 'string' && !portProtocols.has(protocol)) {
    issues.push({ path, message: `unsupported protocol ${JSON.stringify(protocol)}: supported values are "SCTP", "TCP", "UDP" (API server rule: port protocol)` });
  }
}

/**
 * Container names (DNS-1123 labels, unique across init, regular and ephemeral containers),
 * every container's image (the schema leaves it optional for other consumers; the API server
 * requires it in every pod and pod template), container port names (IANA_SVC_NAME, what a
 * Service's `targetPort: http` refers to) and protocols. Duplicates within one list are the
 * list-map rule's (`containers` is keyed by name).
 */
export const containersAndPorts: Rule = (subject, issues) => {
  for (const template of podTemplatePaths(subject.kind)) {
    const specPath = [...template, 'spec'];
    const spec = objectAt(subject.value, ...specPath);
    if (!spec) continue;
    const firstList = new Map<string, string>();
    for (const list of containerLists) {
      const containers = spec[list];
      if (!Array.isArray(containers)) continue;
      containers.forEach((container, index) => {
        if (!isObject(container)) return;
        const path = [...specPath, list, String(index)];
        const name = container['name'];
        if (typeof name === 'string') {
          const why = checkDns1123Label(name);
          if (why) issues.push({ path: fieldPath(...path, 'name'), message: `${JSON.stringify(name)} is not a valid container name: ${why} (API server rule: DNS-1123 label)` });
          const earlier = firstList.get(name);
          if (earlier !== undefined && earlier !== list) {
            issues.push({ path: fieldPath(...path, 'name'), message: `container name ${JSON.stringify(name)} is also used in ${earlier}: names must be unique across a pod's containers (API server rule: unique container names)` });
          } else if (earlier === undefined) {
            firstList.set(name, list);
          }
        }
        const image = container['image'];
        if (image === undefined || image === null || image === '') issues.push({ path: fieldPath(...path, 'image'), message: 'a container needs an image (API server rule: container image required)' });
        const ports = container['ports'];
        if (!Array.isArray(ports)) return;
        ports.forEach((port, portIndex) => {
          if (!isObject(port)) return;
          checkProtocol(port, fieldPath(...path, 'ports', String(portIndex), 'protocol'), issues);
          const containerPort = port['containerPort'];
          if (typeof containerPort === 'number' && (containerPort < 1 || containerPort > 65535)) {
            issues.push({ path: fieldPath(...path, 'ports', String(portIndex), 'containerPort'), message: containerPort === 0 ? 'a containerPort is required (API server rule: port numbers)' : `${containerPort} must be between 1 and 65535, inclusive (API server rule: port numbers)` });
          }
          const hostPort = port['hostPort'];
          if (typeof hostPort === 'number' && hostPort !== 0 && (hostPort < 1 || hostPort > 65535)) {
            issues.push({ path: fieldPath(...path, 'ports', String(portIndex), 'hostPort'), message: `${hostPort} must be between 1 and 65535, inclusive (API server rule: port numbers)` });
          }
          const portName = port['name'];
          if (typeof portName !== 'string') return;
          const why = checkPortName(portName);
          if (why) issues.push({ path: fieldPath(...path, 'ports', String(portIndex), 'name'), message: `${JSON.stringify(portName)} is not a valid port name: ${why} (API server rule: IANA_SVC_NAME)` });
        });
      });
    }
  }
};

/** A Service's ports: each named with a DNS-1123 label, and named at all when there are several; appProtocol a qualified name. */
export const servicePorts: Rule = (subject, issues) => {
  if (subject.kind !== 'Service') return;
  const ports = objectAt(subject.value, 'spec')?.['ports'];
  if (!Array.isArray(ports)) return;
  const names = new Set<string>();
  ports.forEach((port, index) => {
    if (!isObject(port)) return;
    checkProtocol(port, fieldPath('spec', 'ports', index, 'protocol'), issues);
    const number = port['port'];
    if (typeof number === 'number' && (number < 1 || number > 65535)) issues.push({ path: fieldPath('spec', 'ports', index, 'port'), message: `${number} must be between 1 and 65535, inclusive (API server rule: port numbers)` });
    // targetPort 0 or unset is defaulted to the port.
    if (port['targetPort'] !== 0) checkPortNumOrName(port['targetPort'], ['spec', 'ports', index, 'targetPort'], issues);
    const appProtocol = port['appProtocol'];
    if (typeof appProtocol === 'string') {
      const why = checkQualifiedName(appProtocol);
      if (why) issues.push({ path: fieldPath('spec', 'ports', index, 'appProtocol'), message: `${JSON.stringify(appProtocol)} is not a valid appProtocol: ${why} (API server rule: qualified name)` });
    }
    const name = port['name'];
    const path = fieldPath('spec', 'ports', index, 'name');
    if (typeof name !== 'string' || name === '') {
      if (ports.length > 1) issues.push({ path, message: 'a Service with more than one port must name each of them (API server rule: service port names)' });
      return;
    }
    const why = checkDns1123Label(name);
    if (why) issues.push({ path, message: `${JSON.stringify(name)} is not a valid service port name: ${why} (API server rule: DNS-1123 label)` });
    if (names.has(name)) issues.push({ path, message: `port name ${JSON.stringify(name)} is used twice: service port names must be unique (API server rule: service port names)` });
    names.add(name);
  });
};
