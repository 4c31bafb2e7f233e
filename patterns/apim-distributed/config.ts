import { serverTables } from '../carbon-toml.ts';
import {
  chartFragment, componentFragment, componentHost, componentPort, componentUrl, eachMember, memberUrls, whenEnabled,
} from '../helm-expressions.ts';

/**
 * deployment.toml of each API Manager 4.7 role of the distributed deployment, following
 * WSO2's own 4.7 charts (helm-apim main, distributed/*\/confs) and the files the role
 * distributions ship (product-apim v4.7.0, <role>/modules/distribution/product/src/main/conf):
 * the control plane is the event hub and (unless a separate key manager runs) the key
 * manager; gateways throttle through the traffic managers; every role shares one encryption
 * key. Other roles are named through the chart helpers, never by a hard-coded Service name.
 */
const chart = 'apim-distributed';
const host = (c: string): string => componentHost(chart, c);
const port = (c: string, p: string): string => componentPort(chart, c, p);
const url = (c: string, p: string): string => componentUrl(chart, c, p);
const adminRef = 'username = "$ref{super_admin.username}"\npassword = "$ref{super_admin.password}"';
const environmentName = 'Default';

/** The key manager every role validates tokens with: the separate one when it runs, else the control plane's own. */
const keyManagerUrl = (path: string): string =>
  whenEnabled('keyManager', `https://${host('keyManager')}:${port('keyManager', 'servlet-https')}${path}`, `https://${host('controlPlane')}:${port('controlPlane', 'servlet-https')}${path}`)
    .replace(/\n/g, '');

const keyManagerClient = `
[apim.key_manager]
service_url = "${keyManagerUrl('/services/')}"
${adminRef}
`;

/** Events (API deployments, revocations, policies) come from the control plane's event hub. */
const eventHubClient = `
[apim.event_hub]
enable = true
${adminRef}
service_url = "https://${host('controlPlane')}:${port('controlPlane', 'servlet-https')}/services/"
event_listening_endpoints = ${memberUrls(chart, 'controlPlane', 'tcp', 'jms')}
`;

/** The control plane is the event hub: it listens on its own broker and publishes to its binary receivers. */
const eventHub = `
[apim.event_hub]
enable = true
${adminRef}
service_url = "https://${host('controlPlane')}:${port('controlPlane', 'servlet-https')}/services/"
event_listening_endpoints = ["tcp://localhost:${port('controlPlane', 'jms')}"]
${eachMember(chart, 'controlPlane', `
[[apim.event_hub.publish.url_group]]
urls = ["tcp://{{ $member }}:${port('controlPlane', 'binary')}"]
auth_urls = ["ssl://{{ $member }}:${port('controlPlane', 'binary-ssl')}"]
`)}`;

/** Throttling through the traffic managers: one URL group per traffic manager pod (helm-apim's gateway without distributed throttling). */
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
`)}`;

const gatewayEnvironment = `
[apim]
gateway_type = "Regular,APK,AWS,Azure,Kong,Envoy,APIPlatform"

[[apim.gateway.environment]]
name = "${environmentName}"
type = "hybrid"
gateway_type = "Regular"
provider = "wso2"
display_in_api_console = true
description = "The universal gateways of this release, for production and sandbox traffic."
show_as_token_endpoint_url = true
service_url = "https://${host('universalGateway')}:${port('universalGateway', 'servlet-https')}/services/"
${adminRef}
ws_endpoint = "ws://${host('universalGateway')}:${port('universalGateway', 'websocket-ws')}"
wss_endpoint = "wss://${host('universalGateway')}:${port('universalGateway', 'websocket-wss')}"
http_endpoint = "${url('universalGateway', 'gateway-http')}"
https_endpoint = "${url('universalGateway', 'gateway-https')}"
websub_event_receiver_http_endpoint = "http://${host('universalGateway')}:${port('universalGateway', 'websub-http')}"
websub_event_receiver_https_endpoint = "https://${host('universalGateway')}:${port('universalGateway', 'websub-https')}"
`;

const portals = `
[apim.devportal]
url = "${url('controlPlane', 'servlet-https')}/devportal"

[apim.cors]
allow_origins = "*"
allow_methods = ["GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS"]
allow_headers = ["authorization", "Access-Control-Allow-Origin", "Content-Type", "SOAPAction", "apikey", "Internal-Key"]
allow_credentials = false
`;

const revocation = `
[apim.oauth_config]
revoke_endpoint = "${keyManagerUrl('/oauth2/revoke')}"
`;

/** Revoked tokens are announced to the event hub (the control plane), so gateways drop them. */
const tokenRevocation = (eventHubUrl: string): string => `
[[event_handler]]
name = "userPostSelfRegistration"
subscriptions = ["POST_ADD_USER"]

[[event_listener]]
id = "token_revocation"
type = "org.wso2.carbon.identity.core.handler.AbstractIdentityHandler"
name = "org.wso2.is.notification.ApimOauthEventInterceptor"
order = 1

[event_listener.properties]
notification_endpoint = "${eventHubUrl}/internal/data/v1/notify"
${adminRef}
'header.X-WSO2-KEY-MANAGER' = "default"
`;

const artifactRetriever = `
[apim.sync_runtime_artifacts.gateway]
gateway_labels = ["${environmentName}"]
`;

const server = (self: string, role: string): string => serverTables(chart, self, `server_role = "${role}"\n`);
/** The control plane notifies itself, as the distribution ships it; the key manager notifies the control plane. */
const ownEventHub = 'https://localhost:${mgt.transport.https.port}';
const remoteEventHub = `https://${host('controlPlane')}:${port('controlPlane', 'servlet-https')}`;
const shared = (self: string): string => `
${chartFragment(chart, 'encryption')}
${chartFragment(chart, 'keystores')}
${componentFragment(chart, 'clustering', self)}
`;
const databases = `${chartFragment(chart, 'databases')}
`;

export const deploymentToml = {
  controlPlane: server('controlPlane', 'default') + keyManagerClient + eventHub + gatewayEnvironment + portals + revocation + tokenRevocation(ownEventHub) + databases + shared('controlPlane'),
  universalGateway: server('universalGateway', 'gateway-worker') + keyManagerClient + trafficManagerClient + eventHubClient + artifactRetriever + shared('universalGateway'),
  trafficManager: server('trafficManager', 'traffic-manager') + keyManagerClient + eventHubClient + revocation + shared('trafficManager'),
  keyManager: server('keyManager', 'default') + eventHubClient + tokenRevocation(remoteEventHub) + revocation + databases + shared('keyManager'),
} as const;
