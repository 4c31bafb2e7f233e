import type { Component, Pattern, Probes } from '../../generator/pattern/pattern.types.ts';
import { carbonProbes, logsVolume, servletPorts } from '../carbon.ts';
import { deploymentToml } from './config.ts';
import { scenarios } from './scenarios.ts';

/**
 * The fully distributed API Manager of the reference architecture (section 9):
 * store, publisher, key manager, gateway manager and gateway workers, each its own
 * sub-cluster. Defaults target API-M 3.2.0, whose images WSO2 publishes; the
 * profile of each role in other versions is recorded beside it.
 */
const productVersion = '3.2.0';
const productHome = `/home/wso2carbon/wso2am-${productVersion}`;

type Ports = Component['ports'];

const gatewayPorts: Ports = [
  { name: 'gateway-https', port: 8243, appProtocol: 'https', description: 'API traffic (HTTPS pass-through).' },
  { name: 'gateway-http', port: 8280, appProtocol: 'http', description: 'API traffic (HTTP).' },
  { name: 'websocket-wss', port: 8099, appProtocol: 'https', description: 'WebSocket APIs (wss).' },
  { name: 'websocket-ws', port: 9099, appProtocol: 'http', description: 'WebSocket APIs (ws).' },
];

const gatewayProbes: Probes = {
  ...carbonProbes,
  readiness: {
    check: { type: 'httpGet', path: '/api/am/gateway/v2/server-startup-healthcheck', port: 'servlet-https', scheme: 'HTTPS' },
    periodSeconds: 10,
    failureThreshold: 3,
  },
};

const config = (component: keyof typeof deploymentToml): Component['configFiles'] => [
  { key: 'deployment.toml', path: 'repository/conf/deployment.toml', content: deploymentToml[component] },
];

const pattern: Pattern = {
  chart: {
    name: 'apim',
    version: '0.1.0',
    description: 'WSO2 API Manager, fully distributed: store, publisher, key manager, gateway manager and gateway workers.',
    kubeVersion: '>=1.30.0-0',
    home: 'https://github.com/wso2/helm-charts',
    sources: ['https://github.com/wso2/helm-charts', 'https://github.com/wso2/product-apim'],
    keywords: ['wso2', 'api-manager', 'api-gateway', 'apim'],
    maintainers: [{ name: 'WSO2 chart maintainers', email: 'helm-charts@wso2.com' }],
    changes: [{ kind: 'added', description: 'Fully distributed API Manager: store, publisher, key manager, gateway manager, gateway worker.' }],
  },
  product: {
    name: 'wso2am',
    displayName: 'WSO2 API Manager',
    version: productVersion,
    home: productHome,
    stopScript: 'bin/wso2server.sh',
    configFormat: 'toml',
    databases: {
      apim_db: { name: 'WSO2AM_DB', description: 'The API Manager database: APIs, applications, subscriptions, tokens.' },
      shared_db: { name: 'WSO2AM_SHARED_DB', description: 'The shared database: registry and user store.' },
    },
    image: { registry: 'docker.io', repository: 'wso2/wso2am' },
    runAsUser: 802,
  },
  components: [
    {
      name: 'store',
      description: 'API Store (developer portal): where application developers discover and subscribe to APIs.',
      profile: { name: 'api-devportal', byVersion: { '2.0.0': 'api-store', '3.2.0': 'api-devportal' } },
      ports: servletPorts,
      probes: carbonProbes,
      configFiles: config('store'),
      volumes: logsVolume,
      service: { sticky: true },
      ingress: [{ host: 'store.wso2.local', path: '/', port: 'servlet-https', sticky: true }],
    },
    {
      name: 'publisher',
      description: 'API Publisher: where API creators design, document and publish APIs.',
      profile: { name: 'api-publisher', byVersion: { '2.0.0': 'api-publisher', '3.2.0': 'api-publisher' } },
      ports: servletPorts,
      probes: carbonProbes,
      configFiles: config('publisher'),
      volumes: logsVolume,
      service: { sticky: true },
      ingress: [{ host: 'publisher.wso2.local', path: '/', port: 'servlet-https', sticky: true }],
    },
    {
      name: 'keyManager',
      description: 'Key Manager: issues and validates OAuth tokens and API keys.',
      profile: { name: 'api-key-manager', byVersion: { '2.0.0': 'api-key-manager', '3.2.0': 'api-key-manager' } },
      ports: servletPorts,
      probes: carbonProbes,
      configFiles: config('keyManager'),
      volumes: logsVolume,
      clustering: { enabled: true },
    },
    {
      name: 'gatewayManager',
      description: 'Gateway manager: receives API deployments from the publisher and hands them to the workers.',
      profile: { name: '', byVersion: { '2.0.0': 'gateway-manager', '3.2.0': '' } },
      ports: [...servletPorts, ...gatewayPorts.slice(0, 2)],
      probes: gatewayProbes,
      configFiles: config('gatewayManager'),
      volumes: logsVolume,
      clustering: { enabled: true },
      ingress: [{ host: 'gateway-manager.wso2.local', path: '/', port: 'servlet-https' }],
    },
    {
      name: 'gatewayWorker',
      description: 'Gateway workers: serve API traffic; scaled out and autoscaled.',
      profile: { name: 'gateway-worker', byVersion: { '2.0.0': 'gateway-worker', '3.2.0': 'gateway-worker' } },
      replicas: 2,
      ports: [...gatewayPorts, ...servletPorts],
      probes: gatewayProbes,
      configFiles: config('gatewayWorker'),
      volumes: logsVolume,
      clustering: { enabled: true },
      ingress: [{ host: 'gateway.wso2.local', path: '/', port: 'gateway-https' }],
      scaling: { minReplicas: 2, maxReplicas: 6, targetCPUUtilizationPercentage: 75 },
      rollout: { maxSurge: 1, maxUnavailable: 0 },
    },
  ],
  artifactSync: { source: 'gatewayManager', targets: ['gatewayWorker'], path: 'repository/deployment/server/synapse-configs' },
  scenarios,
};

export default pattern;
