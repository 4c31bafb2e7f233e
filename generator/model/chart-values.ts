import type { Product } from '../pattern/pattern.types.ts';
import { componentValues } from './component-values.ts';
import type { ResolvedPattern, ResolvedProduct } from './product-defaults.ts';
import { imageValues } from './image-values.ts';
import { bool, formats, int, kubernetes, leaf, object, oneOf, str, stringList, labelMap, annotationMap, type ValueNode, type ValueObject } from './values-tree.ts';

/** The chart's whole values tree: chart-wide settings first, then one subtree per component. */
export function chartValues(pattern: ResolvedPattern): ValueObject {
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
    nameOverride: str('Replaces the chart name in resource names.', '', formats.dnsLabelOrEmpty),
    fullnameOverride: str('Replaces the release-derived prefix of resource names; it starts with a letter, as Service names must.', '', formats.dns1035LabelOrEmpty),
    commonLabels: labelMap('Labels added to every resource.'),
    image: object(`The ${product.displayName} image every component runs (with its profile).`, {
      ...imageValues('', { registry: product.image.registry, repository: product.image.repository, tag: product.image.tag ?? product.version, digest: '' }).properties,
      pullPolicy: oneOf('When the kubelet pulls the image.', 'IfNotPresent', ['Always', 'IfNotPresent', 'Never']),
    }),
    imagePullSecrets: kubernetes('Pull secrets for private registries.', [], 'io.k8s.api.core.v1.LocalObjectReference', 'array'),
    productHome: str('Where the product is installed inside the image (its scripts, dbscripts and jars are read from there).', product.home, formats.absolutePath),
    ...(product.imageInterface.memoryEnv
      ? {
          jvmMemoryOptions: str(
            `JVM heap options of every product container, passed as ${product.imageInterface.memoryEnv}. The default sizes the heap from the container's memory limit instead of the start script's fixed -Xmx1024m.`,
            '-XX:InitialRAMPercentage=50.0 -XX:MaxRAMPercentage=75.0', { minLength: 1 },
          ),
        }
      : {}),
    serviceAccount: object('The ServiceAccount the pods run as.', {
      create: bool('Create a ServiceAccount for the release.', true),
      name: str('Name of the ServiceAccount; empty derives it from the release.', '', formats.objectNameOrEmpty),
      annotations: annotationMap('Annotations for the ServiceAccount (e.g. cloud IAM bindings).'),
    }),
    adminCredentials: object(
      'The super-admin account. No default password: leave `password` empty to have one generated at install and kept across upgrades, or name an `existingSecret`.',
      {
        username: str('Super-admin user name.', 'admin', { minLength: 1 }),
        password: str('Super-admin password; empty generates a random one.', ''),
        existingSecret: str('Secret holding the credentials (keys `username` and `password`); used instead of the two values above.', '', formats.objectNameOrEmpty),
      },
    ),
    ...(product.databases && product.databaseSupport ? { database: databaseValues(product.databases, product.databaseSupport) } : {}),
    keystores: keystoreValues(product),
    ...(product.encryptionKey
      ? {
          encryptionKey: object(`The symmetric key ${product.displayName} encrypts its internal data with; every node must have the same one.`, {
            key: str('The key (64 hex characters, e.g. `openssl rand -hex 32`); empty generates one at install and keeps it across upgrades. Keep a copy: data encrypted with it cannot be read without it.', '', { pattern: '^([0-9a-fA-F]{64})?$' }),
            existingSecret: str('Secret holding the key under `encryption-key`; used instead of `key` (GitOps, external secret stores).', '', formats.objectNameOrEmpty),
          }),
        }
      : {}),
    clusterDiscovery: object('How clustered components find each other (Carbon Kubernetes membership scheme).', {
      ...(product.clustering.supportsDns ? { useDNS: bool('Resolve members through DNS of the headless Services instead of the Kubernetes API.', false) } : {}),
      hazelcastPort: int('Port Hazelcast members talk on.', product.clustering.memberPort, { minimum: 1, maximum: 65535 }),
      ...(product.clustering.schemeJarShipped
        ? {}
        : {
            membershipScheme: object(
              `The Kubernetes membership scheme jar, which the ${product.displayName} image does not carry; copied from an image into ${product.clustering.schemeJarDir} (never downloaded). Required when a component enables clustering.`,
              {
                image: imageValues('Image that contains the jar.', { registry: '', repository: '', tag: '', digest: '' }),
                jarPath: str('Path of the jar inside that image.', '', { pattern: '^(/.*\\.jar)?$' }),
              },
            ),
          }),
    }),
    ...(pattern.artifactSync ? { artifactSync: artifactSyncValues(pattern) } : {}),
    metrics: object('Resource and application monitoring.', {
      enabled: bool('Add Prometheus scrape annotations to the pods (needs a metrics exporter in the image, e.g. the JMX exporter agent).', false),
      port: int('Port the metrics endpoint listens on.', 9201, { minimum: 1, maximum: 65535 }),
      path: str('Path of the metrics endpoint.', '/metrics', formats.httpPath),
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

function databaseValues(databases: NonNullable<Product['databases']>, support: NonNullable<Product['databaseSupport']>): ValueObject {
  const external = Object.keys(support.engines).filter((engine) => engine !== support.evaluation.engine);
  return object(
    support.evaluation.embedded
      ? `The product databases. \`evaluation\` keeps the ${support.evaluation.engine.toUpperCase()} databases the distribution ships inside the one pod (lost with it): for trying the chart, not for production, and never with more than one replica. Production uses an external ${external.join(', ')} database.`
      : `The databases every role shares. \`evaluation\` runs one ${support.evaluation.engine.toUpperCase()} server from the product image, its tables created from the product's own scripts: for trying the chart, not for production. Production uses an external ${external.join(', ')} database.`,
    {
      type: oneOf('Database engine: `evaluation`, or the engine of an external database.', 'evaluation', ['evaluation', ...external]),
      host: str('External database server host name.', '', { pattern: '^([a-zA-Z0-9]([-a-zA-Z0-9.]*[a-zA-Z0-9])?)?$' }),
      port: leaf('External database server port; null uses the engine default.', null, { type: ['integer', 'null'], minimum: 1, maximum: 65535 }),
      names: object(
        'Database names, by the product\'s configuration key.',
        Object.fromEntries(Object.entries(databases).map(([key, db]) => [key, str(db.description, db.name, { minLength: 1, pattern: '^[A-Za-z][A-Za-z0-9_]*$' })])),
      ),
      existingSecret: str(
        support.evaluation.embedded
          ? 'Secret with the database `username` and `password`; required for an external database (the embedded evaluation databases open only with the credentials they ship with).'
          : 'Secret with the database `username` and `password`; required for an external database. For `evaluation`, empty generates credentials at install and keeps them.',
        '', formats.objectNameOrEmpty),
      jdbcDriver: object(`The JDBC driver of an external database, copied from an image into ${support.driverDir} at start-up (never downloaded at run time).`, {
        image: imageValues('Image that contains the driver jar.', { registry: '', repository: '', tag: '', digest: '' }),
        jarPath: str('Path of the driver jar inside that image.', '', { pattern: '^(/.*\\.jar)?$' }),
      }),
      ...(support.evaluation.embedded ? {} : { evaluation: evaluationServerValues() }),
    },
  );
}

function evaluationServerValues(): ValueObject {
  return object('The evaluation database server (used when `type` is `evaluation`).', {
    password: str('Password of its `wso2carbon` user; empty generates one at install and keeps it across upgrades (set it, or `existingSecret`, where every render must be the same, e.g. GitOps).', ''),
    persistence: object('Keep the data on a PersistentVolumeClaim; off, the data lives as long as the pod.', {
      enabled: bool('Claim persistent storage for the database.', false),
      storageClass: str('StorageClass of the claim; empty uses the cluster default.', '', formats.objectNameOrEmpty),
      size: str('Requested size.', '2Gi', { pattern: '^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi)?$' }),
    }),
    resources: kubernetes('Requests and limits of the database server.', {
      requests: { cpu: '100m', memory: '512Mi' }, limits: { cpu: '1000m', memory: '1Gi' },
    }, 'io.k8s.api.core.v1.ResourceRequirements', 'object'),
  });
}

function keystoreValues(product: ResolvedProduct): ValueObject {
  const ks = product.keystore;
  const store = (what: string, file: string, alias: string | null): ValueObject =>
    object(what, {
      fileName: str('File name in repository/resources/security (a key of the Secret).', file, { pattern: '^[^/]*$' }),
      type: oneOf('Keystore type.', ks.type, ['JKS', 'PKCS12']),
      ...(alias === null ? {} : { alias: str('Alias of the private key.', alias) }),
    });
  return object('Keystores and truststores from a Secret instead of the ones in the image.', {
    existingSecret: str('Secret whose keys are keystore files and `password`; empty keeps the image\'s keystores.', '', formats.objectNameOrEmpty),
    files: stringList('Keys of the Secret mounted as files into repository/resources/security.', [ks.file, ks.truststore]),
    ...(product.configFormat === 'toml'
      ? {
          primary: store('The primary keystore: signs tokens and encrypts internal data.', ks.file, ks.alias),
          tls: store('The keystore of the HTTPS transports; empty file name uses the primary one.', '', ks.alias),
          internal: store('The internal keystore (encrypts secrets in the configuration); empty file name uses the primary one.', '', ks.alias),
          truststore: store('The truststore.', ks.truststore, null),
        }
      : {}),
  });
}

function artifactSyncValues(pattern: ResolvedPattern): ValueObject {
  const sync = pattern.artifactSync!;
  return object(`How ${sync.targets.join(', ')} receive deployed artifacts (${sync.path}) from ${sync.source}.`, {
    mode: oneOf(
      sync.inbuilt
        ? `\`inbuilt\`: the product's own synchronizer (the publisher saves artifacts in the shared database, gateways retrieve them on deployment events); \`rsync\`: an rsync daemon beside ${sync.source} and rsync clients beside the targets; \`sharedVolume\`: one ReadWriteMany volume mounted by all. rsync and sharedVolume need ${sync.source}.enabled.`
        : '`rsync`: an rsync daemon beside the source and rsync clients beside the targets; `sharedVolume`: one ReadWriteMany volume mounted by all; `none`: no distribution.',
      sync.inbuilt ? 'inbuilt' : 'none', [sync.inbuilt ? 'inbuilt' : 'none', 'rsync', 'sharedVolume'],
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
