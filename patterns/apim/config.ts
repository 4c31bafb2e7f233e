import { chartFragment, componentFragment, componentHost } from '../helm-expressions.ts';

/**
 * deployment.toml of each API Manager 3.2 role. Credentials come from environment
 * variables fed by the chart's Secret (`$env{…}`), never from the file.
 */
const host = (component: string): string => componentHost('apim', component);

const common = (self: string): string => `[server]
hostname = "${host(self)}"
node_ip = "$env{NODE_IP}"

[super_admin]
username = "$env{ADMIN_USERNAME}"
password = "$env{ADMIN_PASSWORD}"
create_admin_account = true

[user_store]
type = "database_unique_id"
`;

const keyManagerClient = `
[apim.key_manager]
service_url = "https://${host('keyManager')}:9443/services/"
username = "$ref{super_admin.username}"
password = "$ref{super_admin.password}"
`;

const gatewayEnvironment = `
[[apim.gateway.environment]]
name = "Production and Sandbox"
type = "hybrid"
display_in_api_console = true
description = "The gateway workers of this release."
show_as_token_endpoint_url = true
service_url = "https://${host('gatewayManager')}:9443/services/"
username = "$ref{super_admin.username}"
password = "$ref{super_admin.password}"
ws_endpoint = "ws://${host('gatewayWorker')}:9099"
wss_endpoint = "wss://${host('gatewayWorker')}:8099"
http_endpoint = "http://${host('gatewayWorker')}:8280"
https_endpoint = "https://${host('gatewayWorker')}:8243"
`;

const portals = `
[apim.devportal]
url = "https://${host('store')}:9443/devportal"
`;

/** Sections that follow other values: external databases, keystores, clustering. */
const valueDriven = (self: string): string => `
${chartFragment('apim', 'databases')}
${chartFragment('apim', 'keystores')}
${componentFragment('apim', 'clustering', self)}
`;

export const deploymentToml = {
  store: common('store') + keyManagerClient + gatewayEnvironment + portals + valueDriven('store'),
  publisher: common('publisher') + keyManagerClient + gatewayEnvironment + portals + valueDriven('publisher'),
  keyManager: common('keyManager') + valueDriven('keyManager'),
  gatewayManager: common('gatewayManager') + keyManagerClient + valueDriven('gatewayManager'),
  gatewayWorker: common('gatewayWorker') + keyManagerClient + valueDriven('gatewayWorker'),
} as const;
