import { serverTables } from '../carbon-toml.ts';
import { chartFragment, componentFragment, componentHost, componentPort, componentUrl } from '../helm-expressions.ts';

/**
 * deployment.toml of the API Manager 4.7 all-in-one server: the file the distribution
 * ships (product-apim v4.7.0, all-in-one-apim/.../conf/deployment.toml), with the
 * advertised host, the credentials and the symmetric key from Secrets, and the databases
 * and keystores from values. The file replaces the shipped one whole, so the shipped
 * tables the server relies on are kept.
 */
const chart = 'apim-all-in-one';
const self = 'apim';
const url = (p: string): string => componentUrl(chart, self, p);
const host = componentHost(chart, self);
const port = (p: string): string => componentPort(chart, self, p);

export const deploymentToml = `${serverTables(chart, self, 'base_path = "${carbon.protocol}://${carbon.host}:${carbon.management.port}"\nserver_role = "default"\n')}
[apim]
gateway_type = "Regular,APK,AWS,Azure,Kong,Envoy,APIPlatform"

[[apim.gateway.environment]]
name = "Default"
type = "hybrid"
gateway_type = "Regular"
provider = "wso2"
display_in_api_console = true
description = "The gateway of this server, for production and sandbox traffic."
show_as_token_endpoint_url = true
service_url = "https://localhost:\${mgt.transport.https.port}/services/"
username = "$ref{super_admin.username}"
password = "$ref{super_admin.password}"
ws_endpoint = "ws://${host}:${port('websocket-ws')}"
wss_endpoint = "wss://${host}:${port('websocket-wss')}"
http_endpoint = "${url('gateway-http')}"
https_endpoint = "${url('gateway-https')}"
websub_event_receiver_http_endpoint = "http://${host}:${port('websub-http')}"
websub_event_receiver_https_endpoint = "https://${host}:${port('websub-https')}"

[apim.sync_runtime_artifacts.gateway]
gateway_labels = ["Default"]

[apim.devportal]
url = "${url('servlet-https')}/devportal"

[apim.key_manager]
enable_lightweight_apikey_generation = true

[apim.cors]
allow_origins = "*"
allow_methods = ["GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS"]
allow_headers = ["authorization", "Access-Control-Allow-Origin", "Content-Type", "SOAPAction", "apikey", "Internal-Key"]
allow_credentials = false

[[event_handler]]
name = "userPostSelfRegistration"
subscriptions = ["POST_ADD_USER"]

[database.local]
url = "jdbc:h2:./repository/database/WSO2CARBON_DB;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1"

[[event_listener]]
id = "token_revocation"
type = "org.wso2.carbon.identity.core.handler.AbstractIdentityHandler"
name = "org.wso2.is.notification.ApimOauthEventInterceptor"
order = 1

[event_listener.properties]
notification_endpoint = "https://localhost:\${mgt.transport.https.port}/internal/data/v1/notify"
username = "$ref{super_admin.username}"
password = "$ref{super_admin.password}"
'header.X-WSO2-KEY-MANAGER' = "default"

${chartFragment(chart, 'encryption')}
${chartFragment(chart, 'databases')}
${chartFragment(chart, 'keystores')}
${componentFragment(chart, 'clustering', self)}
`;
