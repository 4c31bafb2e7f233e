import { fact, type HealthCheck, type PortFact, type ProductContract, type Source } from './contract.ts';

/**
 * WSO2 ESB 4.9.0 on the images WSO2's (deprecated) Dockerfiles build, as those sources
 * say: wso2/dockerfiles (the images), wso2/kubernetes-artifacts (WSO2's Kubernetes files
 * and the Carbon 4 membership scheme), wso2/puppet-modules (what the "kubernetes" images
 * are provisioned with), carbon-kernel v4.4.1 (ESB 4.9.0's kernel).
 */
const dockerfiles = (path: string, note?: string): Source => ({ repo: 'wso2/dockerfiles', ref: 'master (78a832d3d90a0fbf2f3c67876035515759eac992)', path, ...(note ? { note } : {}) });
const artifacts = (path: string, note?: string): Source => ({ repo: 'wso2/kubernetes-artifacts', ref: 'master (4dc0e690697e437c065d8f2ebc26be075eac79ed)', path, ...(note ? { note } : {}) });
const puppet = (path: string, note?: string): Source => ({ repo: 'wso2/puppet-modules', ref: 'master (0ab4580fa897a63de274f23d0c98798e1d44db88)', path, ...(note ? { note } : {}) });
const kernel = (path: string, note?: string): Source => ({ repo: 'wso2/carbon-kernel', ref: 'v4.4.1 (c31bd40d2baf7dd158ad4bc10cee32f9b573db5c)', path, ...(note ? { note } : {}) });
const scheme = (note: string): Source => artifacts('common/kubernetes-membership-scheme/src/main/java/org/wso2/carbon/membership/scheme/kubernetes/KubernetesMembershipScheme.java', note);

const servlet: PortFact[] = [
  { name: 'servlet-https', port: 9443, appProtocol: 'https', description: 'Management console and admin services (HTTPS).' },
  { name: 'servlet-http', port: 9763, appProtocol: 'http', description: 'Servlet transport (HTTP).' },
];
const passThrough: PortFact[] = [
  { name: 'pass-through', port: 8280, appProtocol: 'http', description: 'HTTP pass-through transport (mediation traffic).' },
  { name: 'pass-through-s', port: 8243, appProtocol: 'https', description: 'HTTPS pass-through transport (mediation traffic).' },
];
const consoleUp: HealthCheck = { type: 'tcpSocket', port: 'servlet-https' };
const transportUp: HealthCheck = { type: 'tcpSocket', port: 'pass-through' };
const tcpProbeSource = { repo: 'wso2/kubernetes-apim', ref: 'v2.1.0.1 (6ebb2b66)', path: 'pattern-1', note: 'WSO2 probes Carbon 4.4 products by TCP; its ESB files have no probes' };

export const esb490: ProductContract = {
  name: 'wso2esb',
  displayName: 'WSO2 ESB',
  version: '4.9.0',
  home: fact('/mnt/wso2esb-4.9.0', dockerfiles('common/provision/default/image-config.sh', 'unzip -q /mnt/${WSO2_SERVER}-${WSO2_SERVER_VERSION}.zip -d /mnt')),
  stopScript: fact('bin/wso2server.sh', kernel('distribution/kernel/carbon-home/bin/wso2server.sh')),
  runAsUser: fact(null, dockerfiles('common/provision/default/image-config.sh', 'adduser --system ... wso2user: a system uid chosen at build time, not fixed')),
  image: {
    registry: '',
    repository: 'wso2esb-manager-kubernetes',
    tag: '4.9.0',
    published: fact(false, artifacts('wso2esb/README.md', 'build the images, then load them on the nodes or push them to a private registry'), dockerfiles('common/scripts/docker-push.sh', 'pushes only to a registry the user names')),
    interface: fact(
      { configVolume: '/mnt/wso2-artifacts', artifactVolume: null, profileEnv: null, memoryEnv: null, acceptsArgs: false, argsEnv: 'STARTUP_ARGS' },
      dockerfiles('common/scripts/entrypoint.sh', 'copies /mnt/wso2-artifacts/* over CARBON_HOME; runs wso2server.sh $STARTUP_ARGS and passes no container arguments'),
    ),
  },
  configFormat: 'carbon-xml',
  configFile: fact('repository/conf/axis2/axis2.xml', dockerfiles('common/scripts/entrypoint.sh', 'AXIS2_XML_FILE=${INSTALL_PATH}/repository/conf/axis2/axis2.xml')),
  roles: {
    manager: {
      description: 'Manager: management console and artifact deployment.',
      profile: fact('', dockerfiles('common/scripts/docker-build.sh', 'the manager is an image variant (-l manager), not a start-up profile')),
      imageRepository: fact('wso2esb-manager-kubernetes', artifacts('wso2esb/wso2esb-manager-controller.yaml', 'image: wso2esb-manager-kubernetes:4.9.0')),
      ports: fact(servlet, artifacts('wso2esb/wso2esb-manager-controller.yaml', 'containerPort 9763, 9443')),
      startup: fact(consoleUp, tcpProbeSource),
      liveness: fact(consoleUp, tcpProbeSource),
      readiness: fact(consoleUp, tcpProbeSource),
      requiredSections: fact([], artifacts('wso2esb/wso2esb-manager-controller.yaml')),
      reaches: fact({}, artifacts('wso2esb/wso2esb-manager-controller.yaml')),
      clustered: fact(true, puppet('hieradata/dev/wso2/wso2esb/4.9.0/kubernetes/manager.yaml', 'clustering enabled, membership_scheme kubernetes, sub_domain mgt')),
      sharedDatabase: fact(false, artifacts('wso2esb/wso2esb-manager-controller.yaml')),
    },
    worker: {
      description: 'Workers: serve the mediation transports.',
      profile: fact('', puppet('modules/wso2esb/templates/4.9.0/bin/wso2server.sh.erb', '-DworkerNode=true is written into the worker image\'s wso2server.sh')),
      imageRepository: fact('wso2esb-worker-kubernetes', artifacts('wso2esb/wso2esb-worker-controller.yaml', 'image: wso2esb-worker-kubernetes:4.9.0')),
      ports: fact(passThrough, artifacts('wso2esb/wso2esb-worker-controller.yaml', 'containerPort 8280, 8243 (9763/9443 removed in 53c9dcd)')),
      startup: fact(transportUp, tcpProbeSource),
      liveness: fact(transportUp, tcpProbeSource),
      readiness: fact(transportUp, tcpProbeSource, kernel('core/org.wso2.carbon.server.admin/src/main/java/org/wso2/carbon/server/admin/service/AuthorizationHandler.java', 'workers refuse admin services, so no console check')),
      requiredSections: fact([], artifacts('wso2esb/wso2esb-worker-controller.yaml')),
      reaches: fact({}, artifacts('wso2esb/wso2esb-worker-controller.yaml')),
      clustered: fact(true, puppet('hieradata/dev/wso2/wso2esb/4.9.0/kubernetes/worker.yaml', 'clustering enabled, sub_domain worker')),
      sharedDatabase: fact(false, artifacts('wso2esb/wso2esb-worker-controller.yaml')),
    },
  },
  healthEndpoints: fact([], tcpProbeSource),
  absentEndpoints: fact(['/api/am/gateway/v2/server-startup-healthcheck', '/services/Version'], kernel('core/org.wso2.carbon.server.admin/src/main/java/org/wso2/carbon/server/admin/service/AuthorizationHandler.java', 'the Version admin service is refused on workers and its port in ESB is unverified: not probed')),
  clustering: {
    schemeClass: fact('org.wso2.carbon.membership.scheme.kubernetes.KubernetesMembershipScheme', puppet('modules/wso2base/templates/clustering/kubernetes.erb')),
    schemeJarShipped: fact(true, puppet('hieradata/dev/platform/kubernetes.yaml', 'kubernetes-membership-scheme-1.0.0.jar and jackson 2.5.4 jars into repository/components/lib of the kubernetes images')),
    schemeJarDir: fact('repository/components/lib', artifacts('common/kubernetes-membership-scheme/README.md')),
    memberPort: fact(4000, puppet('hieradata/dev/wso2/wso2esb/4.9.0/kubernetes/manager.yaml', 'local_member_port 4000')),
    env: fact({ KUBERNETES_MASTER_SKIP_SSL_VERIFICATION: 'true' }, artifacts('wso2esb/wso2esb-manager-controller.yaml', 'the only env WSO2 sets'), scheme('env first, then the axis2.xml parameter of the same name')),
    supportsDns: fact(false, scheme('no USE_DNS in the 1.0.0 scheme: it reads the Endpoints API')),
  },
  keystore: fact({ file: 'wso2carbon.jks', type: 'JKS', alias: 'wso2carbon', truststore: 'client-truststore.jks' }, kernel('distribution/kernel/carbon-home/repository/conf/carbon.xml')),
  topologies: fact({ workerManager: ['manager', 'worker'] }, artifacts('wso2esb/deploy.sh', 'deploy.sh -d: the manager, then the workers')),
  proxy: fact({ hostnameKey: 'HostName', proxyPortKey: 'proxyPort', proxyPort: 443 }, puppet('hieradata/dev/wso2/wso2esb/4.9.0/kubernetes/manager.yaml', 'proxyPort per transport')),
};
