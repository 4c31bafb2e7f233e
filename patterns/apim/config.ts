import { serverTables } from '../carbon-toml.ts';
import {
  chartFragment, componentFragment, componentHost, componentPort, componentUrl, eachMember, memberUrls, whenValue,
} from '../helm-expressions.ts';

/**
 * deployment.toml of each API Manager 3.2 role, following WSO2's own distributed 3.2
 * deployment (kubernetes-apim 3.2.x, advanced/am-pattern-3) and the carbon-apimgt
 * v6.7.206 templates that read these tables (see products/wso2am-3.2.0.ts). Other
 * roles are named through the chart helpers, never by a hard-coded Service name.
 * Credentials come from environment variables fed by Secrets (`$env{…}`).
 */
const chart = 'apim';
const host = (c: string): string => componentHost(chart, c);
const port = (c: string, p: string): string => componentPort(chart, c, p);
const url = (c: string, p: string): string => componentUrl(chart, c, p);
const adminRef = 'username = "$ref{super_admin.username}"\npassword = "$ref{super_admin.password}"';
const environmentName = 'Production and Sandbox';

/** The gateway the publisher deploys to: the gateway manager when it runs, else the workers' Service. */
const deployTarget = (helper: string, extra = ''): string =>
  `{{ include "${chart}.component.${helper}" (dict "context" $ "component" (ternary "gatewayManager" "gatewayWorker" $.Values.gatewayManager.enabled)${extra}) }}`;

const server = (self: string): string => serverTables(chart, self);

const keyManagerClient = `
[apim.key_manager]
service_url = "https://${host('keyManager')}:${port('keyManager', 'servlet-https')}/services/"
${adminRef}
`;

/** Throttling and events through the traffic manager, one URL group per traffic manager pod (as pattern-3 does). */
const trafficManagerClient = `
[apim.throttling]
${adminRef}
service_url = "https://${host('trafficManager')}:${port('trafficManager', 'servlet-https')}/services/"
throttle_decision_endpoints = ${memberUrls(chart, 'trafficManager', 'tcp', 'jms')}
${eachMember(chart, 'trafficManager', `
[[apim.throttling.url_group]]
traffic_manager_urls = ["tcp://{{ $member }}:${port('trafficManager', 'binary')}"]
traffic_manager_auth_urls = ["ssl://{{ $member }}:${port('trafficManager', 'binary-ssl')}"]
type = "loadbalance"
`)}
[apim.event_hub]
enable = true
${adminRef}
service_url = "https://${host('trafficManager')}:${port('trafficManager', 'servlet-https')}/services/"
event_listening_endpoints = ${memberUrls(chart, 'trafficManager', 'tcp', 'jms')}
${eachMember(chart, 'trafficManager', `
[[apim.event_hub.publish.url_group]]
urls = ["tcp://{{ $member }}:${port('trafficManager', 'binary')}"]
auth_urls = ["ssl://{{ $member }}:${port('trafficManager', 'binary-ssl')}"]
`)}`;

const gatewayEnvironment = `
[[apim.gateway.environment]]
name = "${environmentName}"
type = "hybrid"
display_in_api_console = true
description = "The gateways of this release."
show_as_token_endpoint_url = true
service_url = "https://${deployTarget('host')}:${deployTarget('port', ' "port" "servlet-https"')}/services/"
${adminRef}
http_endpoint = "${url('gatewayWorker', 'gateway-http')}"
https_endpoint = "${url('gatewayWorker', 'gateway-https')}"
ws_endpoint = "ws://${host('gatewayWorker')}:${port('gatewayWorker', 'websocket-ws')}"
wss_endpoint = "wss://${host('gatewayWorker')}:${port('gatewayWorker', 'websocket-wss')}"
`;

const portals = `
[apim.devportal]
url = "${url('store', 'servlet-https')}/devportal"
`;

/** The inbuilt artifact synchronizer (3.2+): the publisher saves API artifacts in the database… */
const artifactSaver = whenValue('artifactSync.mode', 'inbuilt', `
[apim.sync_runtime_artifacts.publisher]
artifact_saver = "DBSaver"
`);

/** …and every gateway of the environment retrieves them when the event hub announces a deployment. */
const artifactRetriever = whenValue('artifactSync.mode', 'inbuilt', `
[apim.sync_runtime_artifacts.gateway]
gateway_labels = ["${environmentName}"]
artifact_retriever = "DBRetriever"
`);

/** The key manager tells the traffic manager about revoked tokens, so gateways drop them. */
const tokenRevocation = `
[[event_handler]]
name = "userPostSelfRegistration"
subscriptions = ["POST_ADD_USER"]

[[event_listener]]
id = "token_revocation"
type = "org.wso2.carbon.identity.core.handler.AbstractIdentityHandler"
name = "org.wso2.is.notification.ApimOauthEventInterceptor"
order = 1

[event_listener.properties]
notification_endpoint = "https://${host('trafficManager')}:${port('trafficManager', 'servlet-https')}/internal/data/v1/notify"
${adminRef}
'header.X-WSO2-KEY-MANAGER' = "default"
`;

const revocationEndpoint = `
[apim.oauth_config]
revoke_endpoint = "https://${host('keyManager')}:${port('keyManager', 'servlet-https')}/oauth2/revoke"
`;

/** Sections that follow other values: databases, keystores, clustering. */
const valueDriven = (self: string): string => `
${chartFragment(chart, 'databases')}
${chartFragment(chart, 'keystores')}
${componentFragment(chart, 'clustering', self)}
`;

export const deploymentToml = {
  store: server('store') + keyManagerClient + trafficManagerClient + gatewayEnvironment + portals + valueDriven('store'),
  publisher: server('publisher') + keyManagerClient + trafficManagerClient + gatewayEnvironment + portals + artifactSaver + valueDriven('publisher'),
  keyManager: server('keyManager') + trafficManagerClient + tokenRevocation + valueDriven('keyManager'),
  trafficManager: server('trafficManager') + keyManagerClient + revocationEndpoint + valueDriven('trafficManager'),
  gatewayManager: server('gatewayManager') + keyManagerClient + trafficManagerClient + valueDriven('gatewayManager'),
  gatewayWorker: server('gatewayWorker') + keyManagerClient + trafficManagerClient + artifactRetriever + valueDriven('gatewayWorker'),
} as const;
