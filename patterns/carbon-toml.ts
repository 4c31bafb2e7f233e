import { advertisedHost, whenRouted } from './helm-expressions.ts';

/**
 * The deployment.toml tables every TOML-configured Carbon server starts with: its
 * advertised host (the routed host behind Ingress or an HTTPRoute, with the proxy port),
 * the pod address, the super admin from the chart's Secret, the user store.
 * `serverExtra` adds lines to [server].
 */
export function serverTables(chart: string, self: string, serverExtra = ''): string {
  return `[server]
hostname = "${advertisedHost(chart, self)}"
node_ip = "$env{NODE_IP}"
${serverExtra}
[super_admin]
username = "$env{ADMIN_USERNAME}"
password = "$env{ADMIN_PASSWORD}"
create_admin_account = true

[user_store]
type = "database_unique_id"
${whenRouted(chart, self, `
[transport.https.properties]
proxyPort = 443
`)}`;
}
