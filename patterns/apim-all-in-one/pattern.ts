import type { Pattern } from '../../generator/pattern/pattern.types.ts';
import { apimWhichChart } from '../apim-which-chart.ts';
import { apim470 as contract } from '../../products/wso2am-4.7.0.ts';
import { productOf, roleParts } from '../../products/pattern-parts.ts';
import { logsVolume } from '../carbon.ts';
import { deploymentToml } from './config.ts';
import { externalDatabase, operatorSecrets } from '../scenario-values.ts';

export { contract };
/** The complete deployment of products/wso2am-4.7.0.ts this chart runs. */
export const topology = 'allInOne';

/**
 * API Manager 4.7 all-in-one: every component in one server, for evaluation and small
 * installs (WSO2's own all-in-one chart and pattern 0). One replica: the evaluation
 * databases live inside the pod, and scaling out needs an external database and the
 * distributed chart. The whitepaper's distributed pattern is the apim chart (API-M 3.2).
 */
const pattern: Pattern = {
  chart: {
    name: 'apim-all-in-one',
    version: '0.1.0',
    description: 'WSO2 API Manager 4.7 all-in-one: portals, key manager, traffic manager and gateway in one server, for evaluation and small installs.',
    whichChart: apimWhichChart,
    kubeVersion: '>=1.30.0-0',
    home: 'https://github.com/wso2/helm-charts',
    sources: ['https://github.com/wso2/helm-charts', 'https://github.com/wso2/product-apim', 'https://github.com/wso2/docker-apim'],
    keywords: ['wso2', 'api-manager', 'api-gateway', 'apim', 'all-in-one'],
    maintainers: [{ name: 'WSO2 chart maintainers', email: 'helm-charts@wso2.com' }],
    changes: [{ kind: 'added', description: 'API Manager 4.7.0 all-in-one on wso2/wso2am:4.7.0, with its mandatory encryption key generated and kept.' }],
  },
  product: productOf(contract),
  components: [
    {
      name: 'apim',
      description: 'The API Manager server: publisher, developer portal, admin portal, key manager, traffic manager and gateway.',
      ...roleParts(contract, 'allInOne'),
      configFiles: [{ key: 'deployment.toml', path: contract.configFile.value, content: deploymentToml }],
      volumes: logsVolume,
      service: { sticky: true },
      ingress: [{ host: 'am.wso2.local', path: '/', port: 'servlet-https', sticky: true }],
    },
  ],
  scenarios: [
    {
      name: '01-ingress',
      description: '[3.9] The portals behind an Ingress on 443; the server advertises the external host.',
      values: { apim: { ingress: { enabled: true, host: 'am.example.com' } } },
    },
    {
      name: '02-external-database',
      description: 'External PostgreSQL with credentials from a Secret and the JDBC driver from an image; the encryption key from a Secret.',
      values: {
        database: externalDatabase('postgresql'),
        encryptionKey: { existingSecret: 'apim-encryption' },
      },
    },
    {
      name: '03-production',
      description: 'Production: external PostgreSQL, admin credentials, keystores and the encryption key from Secrets, a TLS Ingress with its certificate from a Secret, persistent logs (one replica: more nodes need the distributed chart).',
      values: {
        ...operatorSecrets,
        encryptionKey: { existingSecret: 'apim-encryption' },
        database: externalDatabase('postgresql'),
        apim: {
          ingress: { enabled: true, host: 'am.example.com', tls: { secretName: 'apim-tls' } },
          volumes: { logs: { persistence: { enabled: true, size: '5Gi' } } },
        },
      },
    },
  ],
};

export default pattern;
