import type { Component, Pattern } from '../../generator/pattern/pattern.types.ts';
import { apimWhichChart } from '../apim-which-chart.ts';
import { apim320 as contract } from '../../products/wso2am-3.2.0.ts';
import { productOf, roleParts } from '../../products/pattern-parts.ts';
import { logsVolume } from '../carbon.ts';
import { deploymentToml } from './config.ts';
import { scenarios } from './scenarios.ts';

export { contract };
/** The complete deployment of the contract this chart runs. */
export const topology = 'distributed';

/**
 * The fully distributed API Manager of the reference architecture (section 9) on API-M
 * 3.2.0, mapped onto the roles 3.2 really has (products/wso2am-3.2.0.ts): developer
 * portal (the whitepaper's store), publisher, key manager, traffic manager and gateway
 * workers. 3.2 has no gateway-manager profile: its inbuilt artifact synchronizer hands
 * APIs from the publisher to every gateway through the shared database, so the
 * whitepaper's gateway manager is a gateway-worker node that only the rsync and
 * shared-volume modes turn on.
 */
const config = (component: keyof typeof deploymentToml): Component['configFiles'] => [
  { key: 'deployment.toml', path: contract.configFile.value, content: deploymentToml[component] },
];

/** Every role but the traffic manager throttles through it and publishes events to it. */
const needsTrafficManager = ['keyManager', 'trafficManager'];

const pattern: Pattern = {
  chart: {
    name: 'apim',
    version: '0.2.0',
    description: 'WSO2 API Manager 3.2, fully distributed: developer portal, publisher, key manager, traffic manager and gateways.',
    whichChart: apimWhichChart,
    kubeVersion: '>=1.30.0-0',
    home: 'https://github.com/wso2/helm-charts',
    sources: ['https://github.com/wso2/helm-charts', 'https://github.com/wso2/product-apim'],
    keywords: ['wso2', 'api-manager', 'api-gateway', 'apim'],
    maintainers: [{ name: 'WSO2 chart maintainers', email: 'helm-charts@wso2.com' }],
    changes: [
      { kind: 'added', description: 'Traffic manager (StatefulSet); every role throttles through it and publishes events to it.' },
      { kind: 'added', description: 'Evaluation database: one shared H2 server from the product image, tables from its dbscripts; external MySQL, PostgreSQL, SQL Server or Oracle for production.' },
      { kind: 'changed', description: 'Gateways receive APIs through the inbuilt artifact synchronizer by default; the gateway manager is only needed for rsync and shared-volume modes.' },
      { kind: 'fixed', description: 'Gateway probes use the pass-through port (3.2 has no startup health check endpoint); profiles and configuration reach the product through the image\'s PROFILE_NAME and config volume.' },
      { kind: 'fixed', description: 'Behind Ingress or an HTTPRoute the product advertises the external host and port 443.' },
    ],
  },
  product: productOf(contract),
  components: [
    {
      name: 'store',
      description: 'Developer portal (the whitepaper\'s API Store): where application developers discover and subscribe to APIs.',
      ...roleParts(contract, 'devportal'),
      configFiles: config('store'),
      volumes: logsVolume,
      needs: needsTrafficManager,
      service: { sticky: true },
      ingress: [{ host: 'store.wso2.local', path: '/', port: 'servlet-https', sticky: true }],
    },
    {
      name: 'publisher',
      description: 'API Publisher: where API creators design, document and publish APIs.',
      ...roleParts(contract, 'publisher'),
      configFiles: config('publisher'),
      volumes: logsVolume,
      needs: needsTrafficManager,
      service: { sticky: true },
      ingress: [{ host: 'publisher.wso2.local', path: '/', port: 'servlet-https', sticky: true }],
    },
    {
      name: 'keyManager',
      description: 'Key Manager: issues and validates OAuth tokens and API keys.',
      ...roleParts(contract, 'keyManager'),
      configFiles: config('keyManager'),
      volumes: logsVolume,
      needs: ['trafficManager'],
    },
    {
      name: 'trafficManager',
      description: 'Traffic Manager: throttling decisions and the event hub every other role publishes to.',
      ...roleParts(contract, 'trafficManager'),
      controller: 'StatefulSet',
      configFiles: config('trafficManager'),
      volumes: logsVolume,
      needs: ['keyManager'],
    },
    {
      name: 'gatewayManager',
      description: 'Gateway manager (the whitepaper\'s): a gateway-worker node the publisher deploys APIs to, which rsync or a shared volume hands to the workers. Off unless artifactSync.mode is rsync or sharedVolume.',
      ...roleParts(contract, 'gatewayWorker'),
      enabled: false,
      configFiles: config('gatewayManager'),
      volumes: logsVolume,
      needs: needsTrafficManager,
    },
    {
      name: 'gatewayWorker',
      description: 'Gateway workers: serve API traffic; scaled out and autoscaled.',
      ...roleParts(contract, 'gatewayWorker'),
      replicas: 2,
      configFiles: config('gatewayWorker'),
      volumes: logsVolume,
      needs: needsTrafficManager,
      ingress: [{ host: 'gateway.wso2.local', path: '/', port: 'gateway-https' }],
      scaling: { minReplicas: 2, maxReplicas: 6, targetCPUUtilizationPercentage: 75 },
      rollout: { maxSurge: 1, maxUnavailable: 0 },
    },
  ],
  artifactSync: { source: 'gatewayManager', targets: ['gatewayWorker'], path: 'repository/deployment/server/synapse-configs', inbuilt: true },
  scenarios,
};

export default pattern;
