import type { Pattern, Product } from '../pattern/pattern.types.ts';
import { componentValues } from './component-values.ts';
import { imageValues } from './image-values.ts';
import { bool, formats, int, kubernetes, leaf, object, oneOf, str, stringList, stringMap, type ValueNode, type ValueObject } from './values-tree.ts';

const dnsLabelOrEmpty = { pattern: '^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$' };

/** The chart's whole values tree: chart-wide settings first, then one subtree per component. */
export function chartValues(pattern: Pattern): ValueObject {
  const { product } = pattern;
  return object(`Values of the ${pattern.chart.name} chart.`, {
    global: object(
      'Values shared with parent and sibling charts when this chart is a subchart.',
      {
        imageRegistry: str('Registry for every image, overriding each `image.registry` (e.g. a private mirror).', '', formats.registryOrEmpty),
        imagePullSecrets: kubernetes('Pull secrets added to every pod.', [], 'io.k8s.api.core.v1.LocalObjectReference', 'array'),
      },
      {},
    ),
    nameOverride: str('Replaces the chart name in resource names.', '', dnsLabelOrEmpty),
    fullnameOverride: str('Replaces the release-derived prefix of resource names.', '', dnsLabelOrEmpty),
    commonLabels: stringMap('Labels added to every resource.'),
    image: object(`The ${product.displayName} image every component runs (with its profile).`, {
      ...imageValues('', { registry: product.image.registry, repository: product.image.repository, tag: product.image.tag ?? product.version, digest: '' }).properties,
      pullPolicy: oneOf('When the kubelet pulls the image.', 'IfNotPresent', ['Always', 'IfNotPresent', 'Never']),
    }),
    imagePullSecrets: kubernetes('Pull secrets for private registries.', [], 'io.k8s.api.core.v1.LocalObjectReference', 'array'),
    productHome: str('Where the product is installed inside the image; config files mount below it.', product.home, { pattern: '^/' }),
    serviceAccount: object('The ServiceAccount the pods run as.', {
      create: bool('Create a ServiceAccount for the release.', true),
      name: str('Name of the ServiceAccount; empty derives it from the release.', '', formats.objectNameOrEmpty),
      annotations: stringMap('Annotations for the ServiceAccount (e.g. cloud IAM bindings).'),
    }),
    adminCredentials: object(
      'The super-admin account. No default password: leave `password` empty to have one generated at install and kept across upgrades, or name an `existingSecret`.',
      {
        username: str('Super-admin user name.', 'admin', { minLength: 1 }),
        password: str('Super-admin password; empty generates a random one.', ''),
        existingSecret: str('Secret holding the credentials (keys `username` and `password`); used instead of the two values above.', '', formats.objectNameOrEmpty),
      },
    ),
    ...(product.databases ? { database: databaseValues(product.databases) } : {}),
    keystores: object('Keystores and truststores from a Secret instead of the ones in the image.', {
      existingSecret: str('Secret whose keys are keystore files (e.g. wso2carbon.jks, client-truststore.jks) and `password`; empty keeps the image\'s keystores.', '', formats.objectNameOrEmpty),
      files: stringList('Keys of the Secret mounted as files into repository/resources/security.', ['wso2carbon.jks', 'client-truststore.jks']),
    }),
    clusterDiscovery: object('How clustered components find each other (Carbon Kubernetes membership scheme).', {
      useDNS: bool('Resolve members through DNS of the headless Services instead of the Kubernetes API.', false),
      hazelcastPort: int('Port Hazelcast members talk on.', 4000, { minimum: 1, maximum: 65535 }),
    }),
    ...(pattern.artifactSync ? { artifactSync: artifactSyncValues(pattern) } : {}),
    metrics: object('Resource and application monitoring.', {
      enabled: bool('Add Prometheus scrape annotations to the pods (needs a metrics exporter in the image, e.g. the JMX exporter agent).', false),
      port: int('Port the metrics endpoint listens on.', 9201, { minimum: 1, maximum: 65535 }),
      path: str('Path of the metrics endpoint.', '/metrics', { pattern: '^/' }),
      serviceMonitor: object('A Prometheus Operator ServiceMonitor; created only when the cluster serves monitoring.coreos.com/v1.', {
        enabled: bool('Create the ServiceMonitor.', false),
        interval: str('Scrape interval.', '30s', { pattern: '^[0-9]+(ms|s|m|h)$' }),
      }),
    }),
    networkPolicy: object('NetworkPolicies that isolate the release: its pods accept traffic only from each other and from the allowed namespaces.', {
      enabled: bool('Create a NetworkPolicy per component.', false),
      allowExternal: bool('Accept traffic from any pod and namespace on the component ports (turn off to isolate a tenant namespace).', true),
      ingressNamespaceSelector: leaf('Namespaces (by label) whose pods may reach the components, e.g. the ingress controller\'s.', {
        'kubernetes.io/metadata.name': 'ingress-nginx',
      }, { type: 'object', additionalProperties: { type: 'string' } }),
    }),
    tests: object('The `helm test` pod that checks every component answers on its Service.', {
      image: imageValues('Image with curl.', { registry: 'docker.io', repository: 'curlimages/curl', tag: '8.11.1', digest: '' }),
    }),
    ...Object.fromEntries(pattern.components.map((c): [string, ValueNode] => [c.name, componentValues(c, product)])),
  });
}

function databaseValues(databases: NonNullable<Product['databases']>): ValueObject {
  return object('The product databases. `embedded` keeps the H2 database inside each pod (evaluation only); production uses an external RDBMS.', {
    type: oneOf('Database engine.', 'embedded', ['embedded', 'mysql', 'postgresql', 'mssql', 'oracle']),
    host: str('Database server host name.', '', { pattern: '^([a-zA-Z0-9]([-a-zA-Z0-9.]*[a-zA-Z0-9])?)?$' }),
    port: leaf('Database server port; null uses the engine default.', null, { type: ['integer', 'null'], minimum: 1, maximum: 65535 }),
    names: object(
      'Database names, by the product\'s configuration key.',
      Object.fromEntries(Object.entries(databases).map(([key, db]) => [key, str(db.description, db.name, { minLength: 1 })])),
    ),
    existingSecret: str('Secret with the database `username` and `password`; required for an external database.', '', formats.objectNameOrEmpty),
    jdbcDriver: object('The JDBC driver, copied from an image at start-up (never downloaded at run time).', {
      image: imageValues('Image that contains the driver jar.', { registry: '', repository: '', tag: '', digest: '' }),
      jarPath: str('Path of the driver jar inside that image.', '', { pattern: '^(/.*\\.jar)?$' }),
    }),
  });
}

function artifactSyncValues(pattern: Pattern): ValueObject {
  const sync = pattern.artifactSync!;
  return object(`How ${sync.targets.join(', ')} receive deployed artifacts (${sync.path}) from ${sync.source}.`, {
    mode: oneOf(
      '`rsync`: an rsync daemon beside the source and rsync clients beside the targets; `sharedVolume`: one ReadWriteMany volume mounted by all; `none`: the product distributes artifacts itself.',
      'none', ['none', 'rsync', 'sharedVolume'],
    ),
    rsync: object('The rsync sidecars.', {
      image: imageValues('Image with rsync, run as the product user.', { registry: 'docker.io', repository: 'instrumentisto/rsync-ssh', tag: 'alpine3.21', digest: '' }),
      port: int('Port of the rsync daemon (unprivileged).', 8873, { minimum: 1024, maximum: 65535 }),
      intervalSeconds: int('Seconds between two syncs on each target.', 10, { minimum: 1 }),
      existingSecret: str('Secret with the rsync `password`; empty generates one at install and keeps it.', '', formats.objectNameOrEmpty),
      resources: kubernetes('Requests and limits of each rsync container.', {
        requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '200m', memory: '128Mi' },
      }, 'io.k8s.api.core.v1.ResourceRequirements', 'object'),
    }),
    sharedVolume: object('The shared volume.', {
      storageClass: str('StorageClass with ReadWriteMany support (e.g. NFS, CephFS, EFS); empty uses the default.', '', formats.objectNameOrEmpty),
      size: str('Requested size.', '1Gi', { pattern: '^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi)?$' }),
      existingClaim: str('Use this existing ReadWriteMany claim instead of creating one.', '', formats.objectNameOrEmpty),
    }),
  });
}
