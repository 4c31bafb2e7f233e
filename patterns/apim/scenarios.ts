import type { Scenario } from '../../generator/pattern/pattern.types.ts';
import { externalDatabase, operatorSecrets } from '../scenario-values.ts';

/**
 * ci/ scenario files: each turns on capabilities of the reference architecture
 * (whitepaper section in brackets). chart-testing installs every one of them.
 */
const restrictedContainer = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
};

export const scenarios: Scenario[] = [
  {
    name: '01-sidecars',
    description: '[3.1] A log shipper sidecar reads the gateway workers\' logs from the shared logs volume.',
    values: {
      gatewayWorker: {
        sidecars: [
          {
            name: 'log-shipper',
            image: 'docker.io/fluent/fluent-bit:3.2.4',
            args: ['-i', 'tail', '-p', 'path=/logs/*.log', '-o', 'stdout'],
            volumeMounts: [{ name: 'logs', mountPath: '/logs', readOnly: true }],
            resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
            securityContext: restrictedContainer,
          },
        ],
      },
    },
  },
  {
    name: '02-controllers-and-probes',
    description: '[3.2, 3.3] A StatefulSet key manager; probes as exec commands and TCP sockets instead of HTTP.',
    values: {
      keyManager: { controller: 'StatefulSet', replicaCount: 2 },
      store: { livenessProbe: { httpGet: null, exec: { command: ['sh', '-c', 'test -d /home/wso2carbon'] } } },
      publisher: { readinessProbe: { httpGet: null, tcpSocket: { port: 'servlet-https' } } },
    },
  },
  {
    name: '03-nodeport-services',
    description: '[3.4] NodePort Services, one with fixed node ports, and ClientIP session affinity on the key manager.',
    values: {
      store: { service: { type: 'NodePort' }, ports: { 'servlet-https': { nodePort: 30443 } } },
      gatewayWorker: { service: { type: 'NodePort' } },
      keyManager: { service: { sessionAffinity: 'ClientIP' } },
    },
  },
  {
    name: '04-loadbalancer-service',
    description: '[3.4] The gateway workers behind a cloud LoadBalancer (needs a load balancer controller to get an address).',
    values: {
      gatewayWorker: { service: { type: 'LoadBalancer', annotations: { 'service.beta.kubernetes.io/aws-load-balancer-type': 'nlb' } } },
    },
  },
  {
    name: '05-rolling-update',
    description: '[3.5, 7] Rolling updates by image digest, with surge and history limits set.',
    values: {
      image: { digest: 'sha256:5c40b3c27b9f13c5d9ddf6a9d7e4e7c2a1f3c39e1a0c0d3f1f1a2b3c4d5e6f70' },
      gatewayWorker: {
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '50%', maxUnavailable: 0 } },
        revisionHistoryLimit: 5,
        terminationGracePeriodSeconds: 90,
      },
    },
  },
  {
    name: '06-autoscaling',
    description: '[3.6] HorizontalPodAutoscalers (autoscaling/v2) on CPU and memory for the gateway workers and the store.',
    values: {
      gatewayWorker: { autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 10, targetCPUUtilizationPercentage: 70 } },
      store: { autoscaling: { enabled: true, minReplicas: 1, maxReplicas: 3 } },
    },
  },
  {
    name: '07-configuration',
    description: '[3.7] An admin password given at install, and an extra product configuration file from the ConfigMap.',
    values: {
      adminCredentials: { username: 'wso2admin', password: 'ci-only-not-a-secret' },
      gatewayWorker: {
        configFiles: {
          'log4j2.properties': { path: 'repository/conf/log4j2.properties', content: 'rootLogger.level = INFO\n' },
        },
      },
    },
  },
  {
    name: '08-existing-secrets',
    description: '[3.7] Credentials and keystores from Secrets the operator created beforehand (ci creates them first).',
    values: {
      ...operatorSecrets,
    },
  },
  {
    name: '09-persistence',
    description: '[3.8] Persistent logs and a persistent evaluation database on PersistentVolumeClaims (needs a storage provisioner).',
    values: {
      publisher: { volumes: { logs: { persistence: { enabled: true, size: '2Gi' } } } },
      keyManager: { volumes: { logs: { persistence: { enabled: true, existingClaim: 'key-manager-logs' } } } },
      database: { evaluation: { persistence: { enabled: true, size: '5Gi' } } },
    },
  },
  {
    name: '10-ingress-sticky',
    description: '[3.9, 3.10] Ingress on 80/443 with TLS for the store, publisher and gateway; cookie affinity for the consoles.',
    values: {
      store: { ingress: { enabled: true } },
      publisher: { ingress: { enabled: true, tls: { secretName: 'publisher-tls' } } },
      gatewayWorker: { ingress: { enabled: true, host: 'api.example.com' } },
    },
  },
  {
    name: '11-gateway-api',
    description: '[3.9] Gateway API HTTPRoutes instead of Ingress (needs the Gateway API CRDs).',
    values: {
      gatewayWorker: { httpRoute: { enabled: true, parentRefs: [{ name: 'public', namespace: 'gateways' }], hostnames: ['api.example.com'] } },
      store: { httpRoute: { enabled: true } },
    },
  },
  {
    name: '12-monitoring',
    description: '[3.11] Prometheus scrape annotations, and a ServiceMonitor where the cluster serves monitoring.coreos.com/v1.',
    values: { metrics: { enabled: true, serviceMonitor: { enabled: true } } },
  },
  {
    name: '13-tenant-isolation',
    description: '[6] NetworkPolicies isolating the release: only its own pods and the ingress controller may connect.',
    values: { networkPolicy: { enabled: true, allowExternal: false } },
  },
  {
    name: '14-artifact-sync-rsync',
    description: '[7, 9] The whitepaper\'s gateway manager: the publisher deploys to it, gateway workers pull its artifacts with rsync sidecars.',
    values: { artifactSync: { mode: 'rsync', rsync: { intervalSeconds: 5 } }, gatewayManager: { enabled: true } },
  },
  {
    name: '15-artifact-sync-shared-volume',
    description: '[7, 9] Gateway manager and workers share API artifacts on one ReadWriteMany volume, as WSO2\'s 3.2 deployment does (needs RWX storage).',
    values: { artifactSync: { mode: 'sharedVolume', sharedVolume: { size: '2Gi' } }, gatewayManager: { enabled: true } },
  },
  {
    name: '16-external-database',
    description: 'External MySQL with credentials from a Secret and the JDBC driver from an image.',
    values: {
      database: externalDatabase('mysql'),
    },
  },
  {
    name: '17-high-availability',
    description: 'Two of every component (every role publishes to both traffic managers), spread over nodes and zones, each with a PodDisruptionBudget.',
    values: {
      store: { replicaCount: 2 },
      publisher: { replicaCount: 2, podAntiAffinityPreset: 'hard' },
      keyManager: { replicaCount: 2 },
      trafficManager: { replicaCount: 2 },
      gatewayWorker: {
        replicaCount: 3,
        topologySpreadConstraints: [
          { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { 'app.kubernetes.io/component': 'gateway-worker' } } },
        ],
      },
    },
  },
  {
    name: '18-private-registry',
    description: '[4, 10] Images from a private registry with pull secrets, as in the deployment workflow.',
    values: {
      global: { imageRegistry: 'registry.example.com', imagePullSecrets: [{ name: 'registry-credentials' }] },
      image: { repository: 'wso2/wso2am', tag: '3.2.0-custom.1' },
    },
  },
  {
    name: '19-clustering',
    description: '[5] Hazelcast clustering of the key managers through the Kubernetes API, with the membership scheme jar from an image (WSO2\'s 3.2 roles run unclustered by default).',
    values: {
      keyManager: { replicaCount: 2, clustering: { enabled: true } },
      clusterDiscovery: {
        membershipScheme: {
          image: { registry: 'registry.example.com', repository: 'wso2/kubernetes-membership-scheme', tag: '1.0.11' },
          jarPath: '/jars/kubernetes-membership-scheme-1.0.11.jar',
        },
      },
    },
  },
  {
    name: '20-production',
    description: 'Production: external MySQL, admin credentials and keystores from Secrets, TLS Ingress with certificates from Secrets, two of every role and autoscaled gateway workers.',
    values: {
      ...operatorSecrets,
      database: externalDatabase('mysql'),
      store: { replicaCount: 2, ingress: { enabled: true, host: 'store.example.com', tls: { secretName: 'apim-store-tls' } } },
      publisher: { replicaCount: 2, ingress: { enabled: true, host: 'publisher.example.com', tls: { secretName: 'apim-publisher-tls' } } },
      keyManager: { replicaCount: 2 },
      trafficManager: { replicaCount: 2 },
      gatewayWorker: {
        autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 10, targetCPUUtilizationPercentage: 70 },
        ingress: { enabled: true, host: 'api.example.com', tls: { secretName: 'apim-gateway-tls' } },
      },
    },
  },
];
