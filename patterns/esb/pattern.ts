import { esb490 as contract } from '../../products/wso2esb-4.9.0.ts';
import { workerManagerPattern } from '../worker-manager.ts';

export { contract };
/** The complete deployment of the contract this chart runs. */
export const topology = 'workerManager';

/**
 * WSO2 ESB 4.9 with worker/manager separation (whitepaper section 8), on the images
 * WSO2's Dockerfiles build (products/wso2esb-4.9.0.ts): a manager image and a worker
 * image (with -DworkerNode=true and the Kubernetes membership scheme baked in), the
 * product under /mnt, configuration overrides copied from /mnt/wso2-artifacts. WSO2
 * never published these images: users build and push them, then set image.registry.
 */
const registry = { global: { imageRegistry: 'registry.example.com' } };
const userId = { podSecurityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } } };

export default workerManagerPattern({
  chart: {
    name: 'esb',
    version: '0.2.0',
    description: 'WSO2 Enterprise Service Bus 4.9 with worker/manager separation, on the images WSO2\'s Dockerfiles build: a sticky manager and autoscaled workers.',
    kubeVersion: '>=1.30.0-0',
    home: 'https://github.com/wso2/helm-charts',
    sources: ['https://github.com/wso2/helm-charts', 'https://github.com/wso2/dockerfiles', 'https://github.com/wso2/kubernetes-artifacts'],
    keywords: ['wso2', 'esb', 'enterprise-service-bus', 'carbon', 'worker-manager'],
    maintainers: [{ name: 'WSO2 chart maintainers', email: 'helm-charts@wso2.com' }],
    changes: [
      { kind: 'changed', description: 'Manager and worker run the wso2esb-manager-kubernetes and wso2esb-worker-kubernetes images WSO2\'s Dockerfiles build (worker mode is baked into the worker image; the entrypoint ignores arguments).' },
      { kind: 'fixed', description: 'Product under /mnt/wso2esb-4.9.0, overrides through /mnt/wso2-artifacts, one cluster of manager and workers with KUBERNETES_MASTER_SKIP_SSL_VERIFICATION as WSO2 sets it.' },
      { kind: 'changed', description: 'The install fails until image.registry and the image user id are set: WSO2 never published these images.' },
    ],
  },
  contract,
  scenarios: [
    {
      name: '01-autoscaled-workers',
      description: '[3.6, 8] Workers autoscaled on CPU and memory; the manager stays at one sticky replica.',
      values: { ...registry, manager: userId, worker: { ...userId, autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 6 } } },
    },
    {
      name: '02-ingress',
      description: '[3.9, 3.10] Ingress for the management console (cookie affinity) and the worker transports.',
      values: { ...registry, manager: { ...userId, ingress: { enabled: true } }, worker: { ...userId, ingress: { enabled: true, backendProtocol: 'HTTP', port: 'pass-through' } } },
    },
    {
      name: '03-private-registry',
      description: '[4, 10] The images pushed to a private registry, pulled with a pull secret.',
      values: {
        global: { imageRegistry: 'registry.example.com', imagePullSecrets: [{ name: 'registry-credentials' }] },
        image: { tag: '4.9.0-k8s.1' },
        manager: userId,
        worker: userId,
      },
    },
    {
      name: '04-production',
      description: 'Production: the images from your registry, admin credentials and keystores from Secrets, TLS Ingress with certificates from Secrets, autoscaled workers, persistent manager logs.',
      values: {
        global: { imageRegistry: 'registry.example.com', imagePullSecrets: [{ name: 'registry-credentials' }] },
        adminCredentials: { existingSecret: 'esb-admin' },
        keystores: { existingSecret: 'esb-keystores' },
        manager: {
          ...userId,
          ingress: { enabled: true, host: 'mgt.example.com', tls: { secretName: 'esb-manager-tls' } },
          volumes: { logs: { persistence: { enabled: true, size: '5Gi' } } },
        },
        worker: {
          ...userId,
          autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 8 },
          ingress: { enabled: true, host: 'esb.example.com', backendProtocol: 'HTTP', port: 'pass-through', tls: { secretName: 'esb-worker-tls' } },
        },
      },
    },
  ],
});
