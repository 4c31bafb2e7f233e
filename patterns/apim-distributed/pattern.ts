import type { Component, Pattern } from '../../generator/pattern/pattern.types.ts';
import { apimWhichChart } from '../apim-which-chart.ts';
import { apim470 as contract } from '../../products/wso2am-4.7.0.ts';
import { productOf, roleParts } from '../../products/pattern-parts.ts';
import { logsVolume } from '../carbon.ts';
import { deploymentToml } from './config.ts';
import { externalDatabase, operatorSecrets } from '../scenario-values.ts';

export { contract };
/** The complete deployment of products/wso2am-4.7.0.ts this chart runs. */
export const topology = 'distributed';

/**
 * API Manager 4.7, distributed as WSO2's own 4.7 charts and patterns 3 and 4 deploy it: the
 * control plane (publisher, developer portal, admin portal, resident key manager, event
 * hub), universal gateways that autoscale, traffic managers, and an optional separate key
 * manager; each role its own image (docker-apim 4.7). The chart image is the control
 * plane's; every other role names its own.
 */
const primaryRole = 'controlPlane';
const role = (name: string): ReturnType<typeof roleParts> => roleParts(contract, name, primaryRole);
const config = (component: keyof typeof deploymentToml): Component['configFiles'] => [
  { key: 'deployment.toml', path: contract.configFile.value, content: deploymentToml[component] },
];

const pattern: Pattern = {
  chart: {
    name: 'apim-distributed',
    version: '0.1.0',
    description: 'WSO2 API Manager 4.7, distributed: control plane, autoscaled universal gateways, traffic managers and an optional key manager, each on its own image.',
    whichChart: apimWhichChart,
    kubeVersion: '>=1.30.0-0',
    home: 'https://github.com/wso2/helm-charts',
    sources: ['https://github.com/wso2/helm-charts', 'https://github.com/wso2/product-apim', 'https://github.com/wso2/docker-apim'],
    keywords: ['wso2', 'api-manager', 'api-gateway', 'apim', 'distributed'],
    maintainers: [{ name: 'WSO2 chart maintainers', email: 'helm-charts@wso2.com' }],
    changes: [{ kind: 'added', description: 'API Manager 4.7.0 distributed on the role images wso2/wso2am-acp, wso2/wso2am-universal-gw and wso2/wso2am-tm, with one encryption key generated for every role and kept.' }],
  },
  product: productOf(contract, primaryRole),
  components: [
    {
      name: 'controlPlane',
      description: 'The API control plane: publisher, developer portal, admin portal, the resident key manager and the event hub.',
      ...role('controlPlane'),
      controller: 'StatefulSet',
      singlePod: 'A second control plane needs per-node event hub settings (event_duplicate_url to its peer) that this chart does not render yet.',
      configFiles: config('controlPlane'),
      volumes: logsVolume,
      needs: ['universalGateway'],
      service: { sticky: true },
      ingress: [{ host: 'am.wso2.local', path: '/', port: 'servlet-https', sticky: true }],
    },
    {
      name: 'universalGateway',
      description: 'Universal gateways: serve API traffic; scaled out and autoscaled.',
      ...role('universalGateway'),
      replicas: 2,
      configFiles: config('universalGateway'),
      volumes: logsVolume,
      needs: ['controlPlane', 'trafficManager'],
      ingress: [{ host: 'gw.wso2.local', path: '/', port: 'gateway-https' }],
      scaling: { autoscale: true, minReplicas: 2, maxReplicas: 6, targetCPUUtilizationPercentage: 75 },
      rollout: { maxSurge: 1, maxUnavailable: 0 },
    },
    {
      name: 'trafficManager',
      description: 'Traffic managers: throttling decisions for the gateways, one URL group per pod.',
      ...role('trafficManager'),
      controller: 'StatefulSet',
      replicas: 2,
      configFiles: config('trafficManager'),
      volumes: logsVolume,
      needs: ['controlPlane'],
    },
    {
      name: 'keyManager',
      description: 'A separate key manager (the control plane image with the key-manager profile). Off by default: the control plane has a resident one. Needs an external database, which it shares with the control plane.',
      ...role('keyManager'),
      enabled: false,
      configFiles: config('keyManager'),
      volumes: logsVolume,
      needs: ['controlPlane'],
    },
  ],
  scenarios: [
    {
      name: '01-ingress',
      description: '[3.9] The portals and the gateways behind an Ingress on 443; each role advertises its external host.',
      values: { controlPlane: { ingress: { enabled: true, host: 'am.example.com' } }, universalGateway: { ingress: { enabled: true, host: 'gw.example.com' } } },
    },
    {
      name: '02-key-manager',
      description: 'Pattern 4: a separate key manager on the external PostgreSQL it shares with the control plane; the JDBC driver from an image, the encryption key from a Secret.',
      values: {
        keyManager: { enabled: true },
        database: externalDatabase('postgresql'),
        encryptionKey: { existingSecret: 'apim-encryption' },
      },
    },
    {
      name: '03-production',
      description: 'Production: external PostgreSQL, admin credentials, keystores and the encryption key from Secrets, TLS Ingress for the portals and the gateways with certificates from Secrets, autoscaled gateways, two traffic managers, persistent control plane logs.',
      values: {
        ...operatorSecrets,
        encryptionKey: { existingSecret: 'apim-encryption' },
        database: externalDatabase('postgresql'),
        controlPlane: {
          ingress: { enabled: true, host: 'am.example.com', tls: { secretName: 'apim-control-plane-tls' } },
          volumes: { logs: { persistence: { enabled: true, size: '5Gi' } } },
        },
        universalGateway: {
          autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 10, targetCPUUtilizationPercentage: 70 },
          ingress: { enabled: true, host: 'gw.example.com', tls: { secretName: 'apim-gateway-tls' } },
        },
        trafficManager: { replicaCount: 2 },
      },
    },
  ],
};

export default pattern;
