import { workerManagerPattern } from '../worker-manager.ts';

/**
 * WSO2 ESB 4.9 with worker/manager separation (whitepaper section 8). Carbon 4 images
 * were never published (Oracle JDK licence): users build a pre-configured image with
 * WSO2's Dockerfiles, with the Kubernetes membership scheme in axis2.xml, and push it to
 * their registry (`global.imageRegistry`, `image.repository`).
 */
export default workerManagerPattern({
  chart: {
    name: 'esb',
    version: '0.1.0',
    description: 'WSO2 Enterprise Service Bus 4.9 with worker/manager separation: a sticky management node and autoscaled workers.',
    kubeVersion: '>=1.30.0-0',
    home: 'https://github.com/wso2/helm-charts',
    sources: ['https://github.com/wso2/helm-charts', 'https://github.com/wso2/dockerfiles'],
    keywords: ['wso2', 'esb', 'enterprise-service-bus', 'carbon', 'worker-manager'],
    maintainers: [{ name: 'WSO2 chart maintainers', email: 'helm-charts@wso2.com' }],
    changes: [{ kind: 'added', description: 'ESB 4.9 worker/manager pattern: manager and autoscaled workers.' }],
  },
  product: {
    name: 'wso2esb',
    displayName: 'WSO2 ESB',
    version: '4.9.0',
    home: '/home/wso2carbon/wso2esb-4.9.0',
    stopScript: 'bin/wso2server.sh',
    configFormat: 'carbon-xml',
    image: { registry: '', repository: 'wso2/wso2esb' },
    runAsUser: 802,
  },
  workerPorts: [
    { name: 'pass-through', port: 8280, appProtocol: 'http', description: 'HTTP pass-through transport (mediation traffic).' },
    { name: 'pass-through-s', port: 8243, appProtocol: 'https', description: 'HTTPS pass-through transport (mediation traffic).' },
  ],
  workerArgs: ['-DworkerNode=true'],
  scenarios: [
    {
      name: '01-autoscaled-workers',
      description: '[3.6, 8] Workers autoscaled on CPU and memory; the manager stays at one sticky replica.',
      values: { worker: { autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 6 } } },
    },
    {
      name: '02-ingress',
      description: '[3.9, 3.10] Ingress for the management console (cookie affinity) and the worker transports.',
      values: { manager: { ingress: { enabled: true } }, worker: { ingress: { enabled: true, backendProtocol: 'HTTP', port: 'pass-through' } } },
    },
    {
      name: '03-private-registry',
      description: '[4, 10] The pre-configured image pushed to a private registry, pulled with a pull secret.',
      values: {
        global: { imageRegistry: 'registry.example.com', imagePullSecrets: [{ name: 'registry-credentials' }] },
        image: { repository: 'wso2/wso2esb', tag: '4.9.0-k8s.1' },
      },
    },
  ],
});
