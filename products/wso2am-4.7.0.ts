import { apimDatabaseEngines, apimDatabaseScripts } from './wso2am-databases.ts';
import { fact, type HealthCheck, type ImageInterface, type PortFact, type ProductContract, type Source } from './contract.ts';

/**
 * WSO2 API Manager 4.7.0, as its own sources say: product-apim v4.7.0 (four
 * distributions: all-in-one-apim, api-control-plane, gateway, traffic-manager),
 * docker-apim v4.7.0.1 (an image per distribution), helm-apim main (WSO2's own 4.7 charts)
 * and WSO2's 4.7 documentation. Two topologies: the all-in-one server (the wso2am image),
 * and the distributed one, where each role is a distribution and image of its own (the
 * control plane, universal gateway and traffic manager; the key manager is the control
 * plane image started with PROFILE_NAME=key-manager).
 */
const productApim = (path: string, note?: string): Source => ({ repo: 'wso2/product-apim', ref: 'v4.7.0 (53b83f28bf0d6222fd6aa67fa344ae3932d42476)', path, ...(note ? { note } : {}) });
const dockerApim = (path: string, note?: string): Source => ({ repo: 'wso2/docker-apim', ref: 'v4.7.0.1 (ba1d0bf3d978c3c4960b62c7d5e090334a4e81ee)', path: `dockerfiles/ubuntu/${path}`, ...(note ? { note } : {}) });
const helmApim = (path: string, note?: string): Source => ({ repo: 'wso2/helm-apim', ref: 'main (5be7c15f3f60ac1cba08e7d8f16c835ebf24ea9d)', path, ...(note ? { note } : {}) });
const docs = (page: string, note?: string): Source => ({ url: `https://apim.docs.wso2.com/en/4.7.0/${page}`, ...(note ? { note } : {}) });

const aio = 'all-in-one-apim/modules/distribution/product/src/main';
const shippedToml = productApim(`${aio}/conf/deployment.toml`);

const ports: PortFact[] = [
  { name: 'servlet-https', port: 9443, appProtocol: 'https', description: 'Portals, admin services and REST APIs (HTTPS).' },
  { name: 'servlet-http', port: 9763, appProtocol: 'http', description: 'Servlet transport (HTTP); serves /services/Version.' },
  { name: 'gateway-https', port: 8243, appProtocol: 'https', description: 'API traffic (HTTPS pass-through).' },
  { name: 'gateway-http', port: 8280, appProtocol: 'http', description: 'API traffic (HTTP pass-through).' },
  { name: 'websocket-wss', port: 8099, appProtocol: 'https', description: 'WebSocket APIs (wss).' },
  { name: 'websocket-ws', port: 9099, appProtocol: 'http', description: 'WebSocket APIs (ws).' },
  { name: 'websub-https', port: 8021, appProtocol: 'https', description: 'WebSub/webhook APIs (HTTPS).' },
  { name: 'websub-http', port: 9021, appProtocol: 'http', description: 'WebSub/webhook APIs (HTTP).' },
  { name: 'binary', port: 9611, appProtocol: 'tcp', description: 'Binary transport: throttling events and the event hub (TCP).' },
  { name: 'binary-ssl', port: 9711, appProtocol: 'tcp', description: 'Binary transport, authenticated (SSL).' },
  { name: 'jms', port: 5672, appProtocol: 'amqp', description: 'JMS (AMQP) broker: throttle decisions and event notifications.' },
];

const byName = (...names: string[]): PortFact[] => names.map((n) => {
  const found = ports.find((p) => p.name === n);
  if (!found) throw new Error(`no 4.7 port ${n}`);
  return found;
});
const servletPorts = ['servlet-https', 'servlet-http'];
const eventHubPorts = ['binary', 'binary-ssl', 'jms'];

const versionService: HealthCheck = { type: 'httpGet', path: '/services/Version', port: 'servlet-http', scheme: 'HTTP' };
const gatewayStarted: HealthCheck = { type: 'httpGet', path: '/api/am/gateway/v2/server-startup-healthcheck', port: 'servlet-https', scheme: 'HTTPS' };
const gatewayApi = productApim('all-in-one-apim/modules/integration/tests-common/clients/gateway/src/main/resources/gateway-api.yaml', '/server-startup-healthcheck: all APIs deployed after start-up');

const publishWorkflow: Source = { repo: 'wso2/docker-apim', ref: '4.7.x', path: '.github/workflows/docker-publish-multi.yml', note: 'apim-acp → wso2/wso2am-acp, apim-universal-gw → wso2/wso2am-universal-gw, apim-tm → wso2/wso2am-tm on Docker Hub' };
const cpDeployment = 'distributed/control-plane/templates/control-plane/instance-1/wso2am-cp-deployment.yaml';
const gwDeployment = 'distributed/gateway/templates/gateway/wso2am-gateway-deployment.yaml';
const tmDeployment = 'distributed/traffic-manager/templates/traffic-manager/instance-1/wso2am-tm-deployment.yaml';

/** The role images (docker-apim 4.5+): the same volumes and memory variable as the wso2am image. */
const plainInterface: ImageInterface = {
  configVolume: '/home/wso2carbon/wso2-config-volume',
  artifactVolume: '/home/wso2carbon/wso2-artifact-volume',
  profileEnv: null,
  memoryEnv: 'JVM_MEM_OPTS',
  acceptsArgs: true,
  argsEnv: null,
};
/** The control plane image also reads PROFILE_NAME (only key-manager changes anything). */
const acpInterface: ImageInterface = { ...plainInterface, profileEnv: 'PROFILE_NAME' };

export const apim470: ProductContract = {
  name: 'wso2am',
  displayName: 'WSO2 API Manager',
  version: '4.7.0',
  home: fact('/home/wso2carbon/wso2am-4.7.0', dockerApim('apim/Dockerfile', 'WSO2_SERVER_NAME=wso2am, WSO2_SERVER_VERSION=4.7.0, home ${USER_HOME}/${WSO2_SERVER}')),
  stopScript: fact('bin/api-manager.sh', dockerApim('apim/docker-entrypoint.sh', 'starts ${WSO2_SERVER_HOME}/bin/api-manager.sh'), helmApim('all-in-one/templates/am/instance-1/wso2am-deployment.yaml', 'preStop: api-manager.sh stop')),
  runAsUser: fact(10001, dockerApim('apim/Dockerfile', 'ARG USER_ID=10001')),
  image: {
    registry: 'docker.io',
    repository: 'wso2/wso2am',
    tag: '4.7.0',
    published: fact(
      true,
      helmApim('all-in-one/default_values.yaml', 'registry docker.io, repository wso2/wso2am, tag 4.7.0'),
      { repo: 'wso2/docker-apim', ref: '4.7.x', path: '.github/workflows/docker-publish-multi.yml', note: 'apim → wso2/wso2am on Docker Hub' },
    ),
    interface: fact(
      {
        configVolume: '/home/wso2carbon/wso2-config-volume',
        artifactVolume: '/home/wso2carbon/wso2-artifact-volume',
        profileEnv: null,
        memoryEnv: 'JVM_MEM_OPTS',
        acceptsArgs: true,
        argsEnv: null,
      },
      dockerApim('apim/docker-entrypoint.sh', 'copies ~/wso2-config-volume/* then ~/wso2-artifact-volume/* over ${WSO2_SERVER_HOME}; runs api-manager.sh "$@"; reads no PROFILE_NAME'),
      productApim(`${aio}/startup-scripts/api-manager.sh`, 'JVM_MEM_OPTS defaults to -Xms256m -Xmx1024m only when unset'),
    ),
  },
  configFormat: 'toml',
  configFile: fact('repository/conf/deployment.toml', shippedToml),
  roles: {
    allInOne: {
      description: 'Every API Manager component in one server: portals, key manager, traffic manager and gateway.',
      profile: fact('', dockerApim('apim/docker-entrypoint.sh', 'the all-in-one distribution has no profileSetup.sh; the image starts the default profile')),
      ports: fact(ports, dockerApim('apim/Dockerfile', 'EXPOSE 9763 9443 9999 11111 8280 8243 5672 9711 9611 9099'), helmApim('all-in-one/templates/am/wso2am-service.yaml', 'adds 9021/8021 and 8099')),
      startup: fact({ type: 'tcpSocket', port: 'servlet-https' }, helmApim('all-in-one/templates/am/instance-1/wso2am-deployment.yaml', 'startupProbe: TCP 9443')),
      liveness: fact(versionService, helmApim('all-in-one/templates/am/instance-1/wso2am-deployment.yaml', 'livenessProbe /services/Version on 9763')),
      readiness: fact(gatewayStarted, helmApim('all-in-one/templates/am/instance-1/wso2am-deployment.yaml', 'readinessProbe: the gateway start-up health check on 9443 HTTPS'), gatewayApi),
      requiredSections: fact(['server', 'super_admin', 'database.apim_db', 'database.shared_db', 'encryption'], shippedToml, helmApim('all-in-one/confs/instance-1/deployment.toml')),
      reaches: fact({}, shippedToml),
      clustered: fact(false, helmApim('all-in-one/confs/instance-1/deployment.toml', 'no [clustering]')),
      sharedDatabase: fact(true, shippedToml),
    },
    controlPlane: {
      description: 'The API control plane: publisher, developer portal, admin portal, the resident key manager and the event hub.',
      profile: fact('', dockerApim('apim-acp/docker-entrypoint.sh', 'any PROFILE_NAME but key-manager starts api-cp.sh, the control plane')),
      imageRepository: fact('wso2/wso2am-acp', publishWorkflow),
      home: fact('/home/wso2carbon/wso2am-acp-4.7.0', dockerApim('apim-acp/Dockerfile', 'WSO2_SERVER_NAME=wso2am-acp')),
      stopScript: fact('bin/api-cp.sh', dockerApim('apim-acp/docker-entrypoint.sh', 'starts and stops ${WSO2_SERVER_HOME}/bin/api-cp.sh')),
      imageInterface: fact(acpInterface, dockerApim('apim-acp/docker-entrypoint.sh', 'PROFILE_NAME=key-manager runs profileSetup.sh -Dprofile=key-manager, then the volumes are copied over the home')),
      ports: fact(byName(...servletPorts, ...eventHubPorts), helmApim('distributed/control-plane/templates/control-plane/wso2am-cp-service.yaml', '9763, 9443; per instance 9611, 9711, 5672')),
      startup: fact({ type: 'tcpSocket', port: 'servlet-https' }, helmApim(cpDeployment, 'startupProbe: TCP 9443')),
      liveness: fact(versionService, helmApim(cpDeployment, 'livenessProbe /services/Version on 9763')),
      readiness: fact(versionService, helmApim(cpDeployment, 'readinessProbe /services/Version on 9763'), productApim('api-control-plane/modules/distribution/product/src/main/assembly/bin.xml', 'the control plane ships no gateway, so no gateway start-up health check')),
      requiredSections: fact(['server', 'super_admin', 'database.apim_db', 'database.shared_db', 'encryption', 'apim.gateway.environment', 'apim.event_hub', 'apim.key_manager'], helmApim('distributed/control-plane/confs/instance-1/deployment.toml')),
      reaches: fact({ universalGateway: ['servlet-https'] }, helmApim('distributed/control-plane/confs/instance-1/deployment.toml', '[[apim.gateway.environment]] service_url = https://<gateway service>:9443/services/')),
      clustered: fact(false, helmApim('distributed/control-plane/confs/instance-1/deployment.toml', 'no [clustering]')),
      sharedDatabase: fact(true, helmApim('distributed/control-plane/confs/instance-1/deployment.toml', '[database.apim_db] and [database.shared_db]')),
    },
    universalGateway: {
      description: 'The universal gateway: serves API traffic; scaled out and autoscaled.',
      profile: fact('', dockerApim('apim-universal-gw/docker-entrypoint.sh', 'runs gateway.sh "$@"; reads no PROFILE_NAME')),
      imageRepository: fact('wso2/wso2am-universal-gw', publishWorkflow),
      home: fact('/home/wso2carbon/wso2am-universal-gw-4.7.0', dockerApim('apim-universal-gw/Dockerfile', 'WSO2_SERVER_NAME=wso2am-universal-gw')),
      stopScript: fact('bin/gateway.sh', dockerApim('apim-universal-gw/docker-entrypoint.sh', 'starts and stops ${WSO2_SERVER_HOME}/bin/gateway.sh')),
      imageInterface: fact(plainInterface, dockerApim('apim-universal-gw/docker-entrypoint.sh', 'copies the config and artifact volumes over the home; reads no PROFILE_NAME')),
      ports: fact(byName(...servletPorts, 'gateway-https', 'gateway-http', 'websocket-wss', 'websocket-ws', 'websub-https', 'websub-http'), dockerApim('apim-universal-gw/Dockerfile', 'EXPOSE 8280 8243 9763 9443 9099 8099 9021 8021'), helmApim('distributed/gateway/templates/gateway/wso2am-gateway-service.yaml')),
      startup: fact({ type: 'tcpSocket', port: 'servlet-https' }, helmApim(gwDeployment, 'startupProbe: TCP 9443')),
      liveness: fact(versionService, helmApim(gwDeployment, 'livenessProbe /services/Version on 9763')),
      readiness: fact(gatewayStarted, helmApim(gwDeployment, 'readinessProbe: the gateway start-up health check on 9443 HTTPS'), productApim('gateway/modules/distribution/product/src/main/assembly/bin.xml', 'ships api#am#gateway#v2.war'), gatewayApi),
      requiredSections: fact(['server', 'super_admin', 'encryption', 'apim.key_manager', 'apim.throttling', 'apim.event_hub', 'apim.sync_runtime_artifacts.gateway'], helmApim('distributed/gateway/confs/deployment.toml', '[apim.event_hub] "should be enabled if the traffic manager is separated"')),
      reaches: fact({ controlPlane: ['servlet-https', 'jms'], trafficManager: ['servlet-https', 'binary', 'binary-ssl', 'jms'] }, helmApim('distributed/gateway/confs/deployment.toml', 'key manager and event hub on the control plane; throttling on the traffic managers')),
      clustered: fact(false, helmApim('distributed/gateway/confs/deployment.toml', 'no [clustering]')),
      sharedDatabase: fact(false, productApim('gateway/modules/distribution/product/src/main/conf/deployment.toml', 'the gateway distribution ships no [database.*]'), docs('install-and-setup/setup/kubernetes-deployment/', 'the traffic manager and gateway need no JDBC driver')),
    },
    trafficManager: {
      description: 'The traffic manager: throttling decisions for the gateways.',
      profile: fact('', dockerApim('apim-tm/docker-entrypoint.sh', 'runs traffic-manager.sh "$@"; reads no PROFILE_NAME')),
      imageRepository: fact('wso2/wso2am-tm', publishWorkflow),
      home: fact('/home/wso2carbon/wso2am-tm-4.7.0', dockerApim('apim-tm/Dockerfile', 'WSO2_SERVER_NAME=wso2am-tm')),
      stopScript: fact('bin/traffic-manager.sh', dockerApim('apim-tm/docker-entrypoint.sh', 'starts and stops ${WSO2_SERVER_HOME}/bin/traffic-manager.sh')),
      imageInterface: fact(plainInterface, dockerApim('apim-tm/docker-entrypoint.sh', 'copies the config and artifact volumes over the home; reads no PROFILE_NAME')),
      ports: fact(byName(...servletPorts, ...eventHubPorts), helmApim('distributed/traffic-manager/templates/traffic-manager/wso2am-tm-service.yaml', '9763, 9443; per instance 9611, 9711, 5672')),
      startup: fact({ type: 'tcpSocket', port: 'servlet-https' }, helmApim(tmDeployment, 'startupProbe: TCP 9443')),
      liveness: fact(versionService, helmApim(tmDeployment, 'livenessProbe /services/Version on 9763')),
      readiness: fact(versionService, helmApim(tmDeployment, 'readinessProbe /services/Version on 9763')),
      requiredSections: fact(['server', 'super_admin', 'encryption', 'apim.key_manager', 'apim.event_hub'], helmApim('distributed/traffic-manager/confs/instance-1/deployment.toml')),
      reaches: fact({ controlPlane: ['servlet-https', 'jms'] }, helmApim('distributed/traffic-manager/confs/instance-1/deployment.toml', '[apim.event_hub] service_url and event_listening_endpoints on the control plane')),
      clustered: fact(false, helmApim('distributed/traffic-manager/confs/instance-1/deployment.toml', 'no [clustering]')),
      sharedDatabase: fact(false, productApim('traffic-manager/modules/distribution/product/src/main/conf/deployment.toml', 'the traffic manager distribution ships no [database.*]'), helmApim('distributed/traffic-manager/values.yaml', 'no databases')),
    },
    keyManager: {
      description: 'A separate key manager: issues and validates tokens, off the control plane.',
      profile: fact('key-manager', dockerApim('apim-acp/docker-entrypoint.sh', 'PROFILE_NAME=key-manager: profileSetup.sh -Dprofile=key-manager, then key-manager.sh'), helmApim('distributed/key-manager/templates/key-manager/wso2am-km-deployment.yaml', 'env PROFILE_NAME=key-manager')),
      imageRepository: fact('wso2/wso2am-acp', helmApim('resources/am-pattern-4-ACP_TM_GW_KM/default_km_values.yaml', 'the key manager runs the control plane image'), publishWorkflow),
      home: fact('/home/wso2carbon/wso2am-acp-4.7.0', dockerApim('apim-acp/Dockerfile', 'WSO2_SERVER_NAME=wso2am-acp')),
      stopScript: fact('bin/key-manager.sh', dockerApim('apim-acp/docker-entrypoint.sh', 'PROFILE_NAME=key-manager starts and stops ${WSO2_SERVER_HOME}/bin/key-manager.sh')),
      imageInterface: fact(acpInterface, dockerApim('apim-acp/docker-entrypoint.sh')),
      ports: fact(byName(...servletPorts), helmApim('distributed/key-manager/templates/key-manager/wso2am-km-service.yaml', '9763, 9443')),
      startup: fact({ type: 'tcpSocket', port: 'servlet-https' }, helmApim(cpDeployment, 'the control plane image is up once 9443 listens (the key manager chart sets no startup probe)')),
      liveness: fact(versionService, helmApim('distributed/key-manager/templates/key-manager/wso2am-km-deployment.yaml', 'livenessProbe /services/Version on 9763')),
      readiness: fact(versionService, helmApim('distributed/key-manager/templates/key-manager/wso2am-km-deployment.yaml', 'readinessProbe /services/Version on 9763')),
      requiredSections: fact(['server', 'super_admin', 'database.apim_db', 'database.shared_db', 'encryption', 'apim.event_hub', 'event_listener'], helmApim('distributed/key-manager/confs/deployment.toml')),
      reaches: fact({ controlPlane: ['servlet-https', 'jms'] }, helmApim('distributed/key-manager/confs/deployment.toml', 'token revocation notifications and the event hub on the control plane')),
      clustered: fact(false, helmApim('distributed/key-manager/confs/deployment.toml', 'no [clustering]')),
      sharedDatabase: fact(true, helmApim('distributed/key-manager/confs/deployment.toml', 'the same apim_db and shared_db as the control plane')),
    },
  },
  healthEndpoints: fact(
    [{ path: '/services/Version', port: 9763 }, { path: '/api/am/gateway/v2/server-startup-healthcheck', port: 9443 }],
    helmApim('all-in-one/templates/am/instance-1/wso2am-deployment.yaml'),
    gatewayApi,
  ),
  absentEndpoints: fact([], gatewayApi),
  databases: {
    keys: {
      apim_db: { name: 'WSO2AM_DB', description: 'The API Manager database: APIs, applications, subscriptions, tokens.' },
      shared_db: { name: 'WSO2SHARED_DB', description: 'The shared database: registry and user store.' },
    },
    scripts: fact(
      apimDatabaseScripts,
      productApim(`${aio}/assembly/bin.xml`, 'dbscripts/apimgt from the p2 profile; the kernel tree with dbscripts/*.sql copied whole'),
      docs('install-and-setup/setup/setting-up-databases/changing-default-databases/changing-to-postgresql/', '<API-M_HOME>/dbscripts/postgresql.sql and dbscripts/apimgt/postgresql.sql'),
    ),
    engines: fact(
      apimDatabaseEngines,
      docs('install-and-setup/setup/setting-up-databases/changing-default-databases/changing-to-mysql/'),
    ),
    driverDir: fact('repository/components/lib', docs('install-and-setup/setup/kubernetes-deployment/', 'the images carry no database connectors; drivers go to repository/components/lib')),
    evaluation: fact(
      { engine: 'h2', embedded: true, embeddedUrl: 'jdbc:h2:./repository/database/{name};DB_CLOSE_ON_EXIT=FALSE', embeddedUsername: 'wso2carbon', embeddedPassword: 'wso2carbon' },
      shippedToml,
    ),
  },
  clustering: {
    schemeClass: fact('org.wso2.carbon.membership.scheme.kubernetes.KubernetesMembershipScheme', { repo: 'wso2/kubernetes-common', ref: 'master (063ce54c9e6c82639b1696fcc0781351d82c9def)', path: 'kubernetes-membership-scheme/README.md' }),
    schemeJarShipped: fact(false, productApim(`${aio}/assembly/bin.xml`, 'no kubernetes-membership-scheme jar')),
    schemeJarDir: fact('repository/components/dropins', { repo: 'wso2/kubernetes-common', ref: 'master (063ce54c9e6c82639b1696fcc0781351d82c9def)', path: 'kubernetes-membership-scheme/README.md' }),
    memberPort: fact(4000, shippedToml),
    env: fact({}, { repo: 'wso2/kubernetes-common', ref: 'master (063ce54c9e6c82639b1696fcc0781351d82c9def)', path: 'kubernetes-membership-scheme/src/main/java/org/wso2/carbon/membership/scheme/kubernetes/Constants.java' }),
    supportsDns: fact(true, { repo: 'wso2/kubernetes-common', ref: 'master (063ce54c9e6c82639b1696fcc0781351d82c9def)', path: 'kubernetes-membership-scheme/src/main/java/org/wso2/carbon/membership/scheme/kubernetes/Constants.java', note: 'USE_DNS' }),
  },
  keystore: fact({ file: 'wso2carbon.jks', type: 'JKS', alias: 'wso2carbon', truststore: 'client-truststore.jks' }, shippedToml),
  encryptionKey: fact(
    { table: 'encryption' },
    productApim(`${aio}/resources/conf/default.json`, 'encryption.internal_crypto_provider = SymmetricKeyInternalCryptoProvider, AES/GCM/NoPadding'),
    docs('install-and-setup/setup/security/encryption/symmetric-encryption/', 'without [encryption] key each node generates its own random key: never in multi-node setups; openssl rand -hex 32'),
    helmApim('all-in-one/confs/instance-1/deployment.toml', 'fails the render without wso2.apim.configurations.encryption.key'),
  ),
  topologies: fact({ allInOne: ['allInOne'], distributed: ['controlPlane', 'universalGateway', 'trafficManager'] }, helmApim('all-in-one/Chart.yaml'), helmApim('resources/am-pattern-3-ACP_TM_GW/default_acp_values.yaml', 'control plane, traffic manager and gateway; pattern 4 adds the key manager'), docs('install-and-setup/setup/kubernetes-deployment/', 'all-in-one and distributed patterns')),
  proxy: fact(
    { hostnameKey: 'server.hostname', proxyPortKey: 'transport.https.properties.proxyPort', proxyPort: 443 },
    helmApim('all-in-one/confs/instance-1/deployment.toml', 'hostname = the ingress / Gateway API management host'),
  ),
};
