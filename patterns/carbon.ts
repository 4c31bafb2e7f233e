import type { Component, Probes } from '../generator/pattern/pattern.types.ts';

/** What every Carbon-based WSO2 product shares: servlet ports, health checks, log directory. */
export const servletPorts: Component['ports'] = [
  { name: 'servlet-https', port: 9443, appProtocol: 'https', description: 'Management console and admin services (HTTPS).' },
  { name: 'servlet-http', port: 9763, appProtocol: 'http', description: 'Management services (HTTP); health checks use it.' },
];

/** Probes as WSO2's own charts define them. */
export const carbonProbes: Probes = {
  startup: { check: { type: 'tcpSocket', port: 'servlet-https' }, periodSeconds: 10, failureThreshold: 30 },
  liveness: { check: { type: 'httpGet', path: '/services/Version', port: 'servlet-http' }, periodSeconds: 10, failureThreshold: 3 },
  readiness: { check: { type: 'httpGet', path: '/services/Version', port: 'servlet-http' }, periodSeconds: 10, failureThreshold: 3 },
};

/** Carbon writes its logs here; an emptyDir lets sidecars (e.g. a log shipper) read them. */
export const logsVolume: Component['volumes'] = [
  { name: 'logs', path: 'repository/logs', description: 'The product logs, shared with sidecars.' },
];
