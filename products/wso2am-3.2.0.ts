import { apimDatabaseEngines, apimDatabaseScripts } from './wso2am-databases.ts';
import { fact, type HealthCheck, type PortFact, type ProductContract, type RoleContract, type Source } from './contract.ts';

/**
 * WSO2 API Manager 3.2.0, as its own sources say. Short names of the sources:
 * product-apim v3.2.0 (the distribution), carbon-apimgt v6.7.206 (the API-M features and
 * their deployment.toml templates), carbon-kernel v4.6.0, docker-apim v3.2.0.1 (the image),
 * kubernetes-apim 3.2.x advanced/am-pattern-3 (WSO2's own distributed 3.2 deployment).
 */
const productApim = (path: string, note?: string): Source => ({ repo: 'wso2/product-apim', ref: 'v3.2.0 (e4956e9301b1c26eb06e80ec5c86628154b6ab55)', path, ...(note ? { note } : {}) });
const carbonApimgt = (path: string, note?: string): Source => ({ repo: 'wso2/carbon-apimgt', ref: 'v6.7.206 (cb3daa44148d48e17dfd1340b640c48f6e372631)', path, ...(note ? { note } : {}) });
const carbonKernel = (path: string, note?: string): Source => ({ repo: 'wso2/carbon-kernel', ref: 'v4.6.0 (9b1a0081d325bc7c509108ca24c83484f9b4835b)', path, ...(note ? { note } : {}) });
const dockerApim = (path: string, note?: string): Source => ({ repo: 'wso2/docker-apim', ref: 'v3.2.0.1 (aead8d0fb2adc9ff78dff782a6f59f4e6c54374d)', path: `dockerfiles/ubuntu/apim/${path}`, ...(note ? { note } : {}) });
const pattern3 = (path: string, note?: string): Source => ({ repo: 'wso2/kubernetes-apim', ref: '3.2.x (91a43e1e327a49e5dbe5c4f3a5fec5c4634bc467)', path: `advanced/am-pattern-3/templates/am/${path}`, ...(note ? { note } : {}) });
const docs = (page: string, note?: string): Source => ({ url: `https://apim.docs.wso2.com/en/3.2.0/${page}`, ...(note ? { note } : {}) });

const profileSetup = productApim('modules/distribution/product/src/main/startup-scripts/profileSetup.sh', 'the five -Dprofile= cases; no gateway-manager');
const throttlingTemplate = carbonApimgt('features/apimgt/org.wso2.carbon.apimgt.core.feature/src/main/resources/conf_templates/templates/repository/conf/api-manager.xml.j2');

const servlet: PortFact[] = [
  { name: 'servlet-https', port: 9443, appProtocol: 'https', description: 'Management console, portals and admin services (HTTPS).' },
  { name: 'servlet-http', port: 9763, appProtocol: 'http', description: 'Servlet transport (HTTP); serves /services/Version.' },
];
const servletSources = [carbonKernel('distribution/kernel/carbon-home/repository/resources/conf/default.json', 'transport.https.properties.port 9443, transport.http.properties.port 9763')];

const gatewayTraffic: PortFact[] = [
  { name: 'gateway-https', port: 8243, appProtocol: 'https', description: 'API traffic (HTTPS pass-through).' },
  { name: 'gateway-http', port: 8280, appProtocol: 'http', description: 'API traffic (HTTP pass-through).' },
  { name: 'websocket-wss', port: 8099, appProtocol: 'https', description: 'WebSocket APIs (wss).' },
  { name: 'websocket-ws', port: 9099, appProtocol: 'http', description: 'WebSocket APIs (ws).' },
];
const gatewaySources = [
  productApim('modules/distribution/product/src/main/resources/conf/default.json', 'pass-through 8280/8243, apim.wss.port 8099'),
  productApim('modules/distribution/product/src/main/resources/conf/synapse-configs/default/inbound-endpoints/WebSocketInboundEndpoint.xml', 'inbound.ws.port 9099'),
];

const eventHub: PortFact[] = [
  { name: 'binary', port: 9611, appProtocol: 'tcp', description: 'Binary transport: throttling events and the event hub (TCP).' },
  { name: 'binary-ssl', port: 9711, appProtocol: 'tcp', description: 'Binary transport, authenticated (SSL).' },
  { name: 'jms', port: 5672, appProtocol: 'amqp', description: 'JMS (AMQP) broker: throttle decisions and event notifications.' },
];
const eventHubSources = [carbonApimgt('components/apimgt/org.wso2.carbon.apimgt.impl/src/main/java/org/wso2/carbon/apimgt/impl/APIManagerConfiguration.java', 'receiverPort 9611, authUrlPort 9711, jmsPort 5672 (+ offset)')];

const versionService: HealthCheck = { type: 'httpGet', path: '/services/Version', port: 'servlet-http', scheme: 'HTTP' };
const versionServiceSources = [
  carbonKernel('core/org.wso2.carbon.core/src/main/java/org/wso2/carbon/core/services/version/META-INF/services.xml', 'the Version service, packaged as Version.aar into axis2services'),
  docs('install-and-setup/installation-guide/basic-health-checks/', 'curl http://localhost:9763/services/Version'),
];
const servletStarted: HealthCheck = { type: 'tcpSocket', port: 'servlet-https' };

/** The tables every role that talks to the traffic manager needs (WSO2's pattern-3 sets them on every role). */
const trafficManagerClient = ['apim.throttling', 'apim.event_hub'];

function role(partial: Omit<RoleContract, 'startup' | 'clustered'> & Partial<Pick<RoleContract, 'startup'>>): RoleContract {
  return {
    startup: fact(servletStarted, pattern3('publisher/instance-1/wso2am-pattern-3-am-publisher-deployment.yaml', 'nc -z localhost 9443')),
    clustered: fact(false, pattern3('', 'no role of pattern-3 configures [clustering]')),
    ...partial,
  };
}

export const apim320: ProductContract = {
  name: 'wso2am',
  displayName: 'WSO2 API Manager',
  version: '3.2.0',
  home: fact('/home/wso2carbon/wso2am-3.2.0', dockerApim('Dockerfile', 'WSO2_SERVER_HOME=${USER_HOME}/${WSO2_SERVER_NAME}-${WSO2_SERVER_VERSION}')),
  stopScript: fact('bin/wso2server.sh', pattern3('gateway/wso2am-pattern-3-am-gateway-deployment.yaml', 'preStop: ${WSO2_SERVER_HOME}/bin/wso2server.sh stop')),
  runAsUser: fact(802, dockerApim('Dockerfile', 'ARG USER_ID=802; USER ${USER_ID}')),
  image: {
    registry: 'docker.io',
    repository: 'wso2/wso2am',
    tag: '3.2.0',
    published: fact(true, { url: 'https://hub.docker.com/r/wso2/wso2am/tags', note: 'tag 3.2.0' }, pattern3('../../values.yaml', 'imageName wso2am, imageTag 3.2.0')),
    interface: fact(
      {
        configVolume: '/home/wso2carbon/wso2-config-volume',
        artifactVolume: '/home/wso2carbon/wso2-artifact-volume',
        profileEnv: 'PROFILE_NAME',
        memoryEnv: 'JVM_MEM_OPTS',
        acceptsArgs: true,
        argsEnv: null,
      },
      dockerApim('docker-entrypoint.sh', 'runs profileSetup.sh -Dprofile=${PROFILE_NAME}, then cp -RL ${WORKING_DIRECTORY}/wso2-config-volume/* and wso2-artifact-volume/* into ${WSO2_SERVER_HOME}, then wso2server.sh "$@"'),
      productApim('modules/distribution/product/src/main/startup-scripts/wso2server.sh', 'JVM_MEM_OPTS defaults to -Xms256m -Xmx1024m only when unset'),
      productApim('modules/distribution/product/src/main/startup-scripts/profileSetup.sh', 'moves repository/conf/deployment.toml aside and copies the profile template over it: a file mounted there directly is lost'),
    ),
  },
  configFormat: 'toml',
  configFile: fact('repository/conf/deployment.toml', pattern3('gateway/wso2am-pattern-3-am-gateway-conf.yaml')),
  roles: {
    devportal: role({
      description: 'Developer portal (the whitepaper\'s API Store).',
      profile: fact('api-devportal', profileSetup, pattern3('devportal/instance-1/wso2am-pattern-3-am-devportal-deployment.yaml', 'PROFILE_NAME api-devportal')),
      ports: fact(servlet, ...servletSources),
      liveness: fact(versionService, ...versionServiceSources),
      readiness: fact(versionService, ...versionServiceSources),
      requiredSections: fact(['server', 'super_admin', 'database.apim_db', 'database.shared_db', 'apim.key_manager', 'apim.gateway.environment', 'apim.devportal', ...trafficManagerClient], pattern3('devportal/wso2am-pattern-3-am-devportal-conf.yaml')),
      reaches: fact({ keyManager: ['servlet-https'], trafficManager: ['servlet-https', 'binary', 'binary-ssl', 'jms'] }, pattern3('devportal/wso2am-pattern-3-am-devportal-conf.yaml')),
      sharedDatabase: fact(true, pattern3('devportal/wso2am-pattern-3-am-devportal-conf.yaml', 'apim_db and shared_db on the shared MySQL')),
    }),
    publisher: role({
      description: 'API Publisher.',
      profile: fact('api-publisher', profileSetup, pattern3('publisher/instance-1/wso2am-pattern-3-am-publisher-deployment.yaml', 'PROFILE_NAME api-publisher')),
      ports: fact(servlet, ...servletSources),
      liveness: fact(versionService, ...versionServiceSources),
      readiness: fact(versionService, ...versionServiceSources),
      requiredSections: fact(['server', 'super_admin', 'database.apim_db', 'database.shared_db', 'apim.key_manager', 'apim.gateway.environment', 'apim.devportal', ...trafficManagerClient], pattern3('publisher/wso2am-pattern-3-am-publisher-conf.yaml')),
      reaches: fact({ keyManager: ['servlet-https'], trafficManager: ['servlet-https', 'binary', 'binary-ssl', 'jms'] }, pattern3('publisher/wso2am-pattern-3-am-publisher-conf.yaml')),
      sharedDatabase: fact(true, pattern3('publisher/wso2am-pattern-3-am-publisher-conf.yaml')),
    }),
    keyManager: role({
      description: 'Key Manager: issues and validates tokens.',
      profile: fact('api-key-manager', profileSetup, pattern3('km/wso2am-pattern-3-am-km-statefulset.yaml', 'PROFILE_NAME api-key-manager')),
      ports: fact(servlet, ...servletSources),
      liveness: fact(versionService, ...versionServiceSources),
      readiness: fact(versionService, ...versionServiceSources),
      requiredSections: fact(['server', 'super_admin', 'database.apim_db', 'database.shared_db', 'event_listener', ...trafficManagerClient], pattern3('km/wso2am-pattern-3-am-km-conf.yaml', 'token_revocation event listener notifies the traffic manager')),
      reaches: fact({ trafficManager: ['servlet-https', 'binary', 'binary-ssl', 'jms'] }, pattern3('km/wso2am-pattern-3-am-km-conf.yaml')),
      sharedDatabase: fact(true, pattern3('km/wso2am-pattern-3-am-km-conf.yaml')),
    }),
    trafficManager: role({
      description: 'Traffic Manager: throttling decisions and the event hub.',
      profile: fact('traffic-manager', profileSetup, pattern3('tm/wso2am-pattern-3-am-tm-statefulset.yaml', 'PROFILE_NAME traffic-manager')),
      ports: fact([...servlet, ...eventHub], ...servletSources, ...eventHubSources),
      liveness: fact({ type: 'tcpSocket', port: 'binary' }, pattern3('tm/wso2am-pattern-3-am-tm-statefulset.yaml', 'nc -z localhost 9611')),
      readiness: fact({ type: 'tcpSocket', port: 'binary' }, pattern3('tm/wso2am-pattern-3-am-tm-statefulset.yaml', 'nc -z localhost 9611')),
      requiredSections: fact(['server', 'super_admin', 'database.apim_db', 'database.shared_db', 'apim.key_manager'], pattern3('tm/wso2am-pattern-3-am-tm-conf.yaml')),
      reaches: fact({ keyManager: ['servlet-https'] }, pattern3('tm/wso2am-pattern-3-am-tm-conf.yaml', 'revoke_endpoint on the key manager')),
      sharedDatabase: fact(true, pattern3('tm/wso2am-pattern-3-am-tm-conf.yaml')),
    }),
    gatewayWorker: role({
      description: 'Gateway: serves API traffic.',
      profile: fact('gateway-worker', profileSetup, pattern3('gateway/wso2am-pattern-3-am-gateway-deployment.yaml', 'PROFILE_NAME gateway-worker')),
      ports: fact([...gatewayTraffic, ...servlet], ...gatewaySources, ...servletSources),
      liveness: fact({ type: 'tcpSocket', port: 'gateway-https' }, pattern3('gateway/wso2am-pattern-3-am-gateway-deployment.yaml', 'nc -z localhost 8243')),
      readiness: fact({ type: 'tcpSocket', port: 'gateway-https' }, pattern3('gateway/wso2am-pattern-3-am-gateway-deployment.yaml', 'nc -z localhost 8243')),
      requiredSections: fact(['server', 'super_admin', 'apim.key_manager', ...trafficManagerClient], pattern3('gateway/wso2am-pattern-3-am-gateway-conf.yaml')),
      reaches: fact({ keyManager: ['servlet-https'], trafficManager: ['servlet-https', 'binary', 'binary-ssl', 'jms'] }, pattern3('gateway/wso2am-pattern-3-am-gateway-conf.yaml')),
      sharedDatabase: fact(
        true,
        carbonApimgt('components/apimgt/org.wso2.carbon.apimgt.impl/src/main/java/org/wso2/carbon/apimgt/impl/dto/GatewayArtifactSynchronizerProperties.java', 'the inbuilt synchronizer reads artifacts from jdbc/WSO2AM_DB'),
        pattern3('gateway/wso2am-pattern-3-am-gateway-conf.yaml', 'pattern-3 gives the gateway only shared_db because it shares synapse-configs on a volume instead'),
      ),
    }),
  },
  healthEndpoints: fact([{ path: '/services/Version', port: 9763 }], ...versionServiceSources),
  absentEndpoints: fact(
    ['/api/am/gateway/v2/server-startup-healthcheck'],
    carbonApimgt('components/apimgt/org.wso2.carbon.apimgt.rest.api.gateway.v1/src/main/resources/gateway-api.yaml', 'basePath /api/am/gateway/v1: redeploy-api, undeploy-api, api-artifact, local-entry, sequence, end-points only'),
    { repo: 'wso2/product-apim', ref: 'v4.1.0', path: 'modules/integration/tests-common/clients/gateway/src/main/resources/gateway-api.yaml', note: 'the health check first appears here' },
  ),
  databases: {
    keys: {
      apim_db: { name: 'WSO2AM_DB', description: 'The API Manager database: APIs, applications, subscriptions, tokens, gateway artifacts.' },
      shared_db: { name: 'WSO2AM_SHARED_DB', description: 'The shared database: registry and user store.' },
    },
    scripts: fact(
      apimDatabaseScripts,
      productApim('modules/distribution/product/src/main/assembly/bin.xml', 'kernel dbscripts/*.sql (REG_*, UM_*) and dbscripts/apimgt/*.sql from the apimgt feature'),
      docs('install-and-setup/setting-up-databases/changing-default-databases/changing-to-mysql/', 'shared_db from dbscripts/mysql.sql, apim_db from dbscripts/apimgt/mysql.sql'),
    ),
    engines: fact(
      apimDatabaseEngines,
      carbonKernel('distribution/kernel/carbon-home/repository/resources/conf/infer.json', 'types mysql, postgre (sic), mssql, oracle, h2 and their drivers'),
      docs('install-and-setup/setting-up-databases/changing-default-databases/changing-to-mysql/', 'MySQL 8: driver="com.mysql.cj.jdbc.Driver"'),
      pattern3('publisher/wso2am-pattern-3-am-publisher-conf.yaml', 'driver = "com.mysql.cj.jdbc.Driver"'),
    ),
    driverDir: fact(
      'repository/components/lib',
      docs('install-and-setup/setting-up-databases/changing-default-databases/changing-to-mysql/', 'copy the connector to <API-M_HOME>/repository/components/lib (converted into dropins at start-up); no driver but H2 ships'),
      pattern3('publisher/instance-1/wso2am-pattern-3-am-publisher-deployment.yaml', 'pattern-3 downloads the connector at run time into wso2-artifact-volume/repository/components/dropins: the chart keeps the artifact volume and the documented lib folder, and takes the jar from an image'),
    ),
    evaluation: fact(
      { engine: 'h2', jar: 'repository/components/plugins/h2_1.4.199.wso2v1.jar', serverClass: 'org.h2.tools.Server', scriptClass: 'org.h2.tools.RunScript', port: 9092 },
      carbonKernel('parent/pom.xml', 'version.h2.engine 1.4.199.wso2v1, an orbit bundle embedding com.h2database:h2 with org.h2.tools'),
      docs('install-and-setup/setting-up-databases/changing-default-databases/changing-to-embedded-h2/', '<API-M_HOME>/repository/components/plugins/h2_1.4.199.wso2v1.jar'),
      { url: 'https://h2database.com/html/cheatSheet.html', note: 'server: java -cp h2*.jar org.h2.tools.Server; jdbc:h2:tcp://localhost//data/test for an absolute path' },
    ),
  },
  clustering: {
    schemeClass: fact('org.wso2.carbon.membership.scheme.kubernetes.KubernetesMembershipScheme', { repo: 'wso2/kubernetes-common', ref: 'master (063ce54c9e6c82639b1696fcc0781351d82c9def)', path: 'kubernetes-membership-scheme/README.md' }),
    schemeJarShipped: fact(false, productApim('modules/distribution/product/src/main/assembly/bin.xml', 'no kubernetes-membership-scheme jar in the distribution')),
    schemeJarDir: fact('repository/components/dropins', { repo: 'wso2/kubernetes-common', ref: 'master (063ce54c9e6c82639b1696fcc0781351d82c9def)', path: 'kubernetes-membership-scheme/README.md' }),
    memberPort: fact(4000, productApim('modules/distribution/product/src/main/resources/conf/templates/repository/conf/axis2/axis2.xml.j2', 'local_member_port default 4000; clustering on only when membership_scheme is set')),
    env: fact({}, { repo: 'wso2/kubernetes-common', ref: 'master (063ce54c9e6c82639b1696fcc0781351d82c9def)', path: 'kubernetes-membership-scheme/src/main/java/org/wso2/carbon/membership/scheme/kubernetes/Constants.java' }),
    supportsDns: fact(true, { repo: 'wso2/kubernetes-common', ref: 'master (063ce54c9e6c82639b1696fcc0781351d82c9def)', path: 'kubernetes-membership-scheme/src/main/java/org/wso2/carbon/membership/scheme/kubernetes/Constants.java', note: 'USE_DNS' }),
  },
  keystore: fact(
    { file: 'wso2carbon.jks', type: 'JKS', alias: 'wso2carbon', truststore: 'client-truststore.jks' },
    carbonKernel('distribution/kernel/carbon-home/repository/resources/conf/default.json', 'keystore.primary wso2carbon.jks/JKS/wso2carbon; keystore.tls and keystore.internal default to primary; truststore client-truststore.jks'),
  ),
  topologies: fact({ distributed: ['devportal', 'publisher', 'keyManager', 'trafficManager', 'gatewayWorker'] }, pattern3('', 'the five roles of pattern-3 (analytics aside)')),
  proxy: fact(
    { hostnameKey: 'server.hostname', proxyPortKey: 'transport.https.properties.proxyPort', proxyPort: 443 },
    productApim('modules/distribution/product/src/main/resources/conf/templates/repository/conf/tomcat/catalina-server.xml.j2', '[transport.https.properties] are written verbatim as Connector attributes'),
    pattern3('publisher/wso2am-pattern-3-am-publisher-conf.yaml', 'hostname = the ingress host; [transport.https.properties] proxyPort = 443'),
    { repo: 'wso2/kubernetes-apim', ref: 'issues', path: '#570', note: 'OAuth redirects break behind Ingress when hostname is the Service name' },
  ),
};

/** The references the throttling and event hub sections follow. */
export const apim320ConfigSources = { throttlingTemplate, pattern3: pattern3('gateway/wso2am-pattern-3-am-gateway-conf.yaml') };
