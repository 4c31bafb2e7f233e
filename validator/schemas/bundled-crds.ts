/**
 * Custom resource APIs whose schemas ship with the Kubernetes ones, because charts render
 * them: the Gateway API's standard channel (HTTPRoute, Gateway, …). Pinned like the releases.
 */
export interface CrdSource {
  readonly module: string;
  readonly version: string;
  readonly files: readonly string[];
}

const gatewayApiVersion = 'v1.6.3';

export const bundledCrdSources: readonly CrdSource[] = [
  {
    module: 'sigs.k8s.io/gateway-api',
    version: gatewayApiVersion,
    files: ['backendtlspolicies', 'gatewayclasses', 'gateways', 'grpcroutes', 'httproutes', 'listenersets', 'referencegrants', 'tcproutes', 'tlsroutes', 'udproutes'].map(
      (name) => `config/crd/standard/gateway.networking.k8s.io_${name}.yaml`,
    ),
  },
];
