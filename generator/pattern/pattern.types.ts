/* Generated from schemas/pattern.schema.json by json-schema-to-typescript. Do not edit; run `npm run generate`. */

/**
 * A deployment pattern of a WSO2 product on Kubernetes: the product, its components and the chart that deploys them.
 */
export interface Pattern {
  /**
   * Schema reference for editors; ignored by the generator.
   */
  $schema?: string;
  chart: ChartMetadata;
  product: Product;
  /**
   * The sub-clusters of the pattern, each deployed by its own controller and Service.
   *
   * @minItems 1
   */
  components: [Component, ...Component[]];
  /**
   * Named values overlays written to the chart's ci/ folder; chart-testing installs each one.
   */
  scenarios?: Scenario[];
  artifactSync?: ArtifactSync;
}
/**
 * What goes into Chart.yaml.
 *
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "ChartMetadata".
 */
export interface ChartMetadata {
  /**
   * Chart name; also the prefix of every named template.
   */
  name: string;
  /**
   * Chart version (SemVer 2).
   */
  version: string;
  description: string;
  /**
   * Two lines for the chart README telling a user which of the product's charts fits (Markdown); set for products with more than one chart.
   */
  whichChart?: string;
  /**
   * Kubernetes versions the chart supports, as a SemVer range.
   */
  kubeVersion: string;
  home?: string;
  icon?: string;
  keywords?: string[];
  sources?: string[];
  maintainers?: {
    name: string;
    email?: string;
    url?: string;
  }[];
  /**
   * What changed in this chart version; written to the artifacthub.io/changes annotation.
   */
  changes?: {
    kind: 'added' | 'changed' | 'deprecated' | 'removed' | 'fixed' | 'security';
    description: string;
  }[];
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "Product".
 */
export interface Product {
  /**
   * Product distribution name, e.g. wso2am.
   */
  name: string;
  /**
   * e.g. WSO2 API Manager.
   */
  displayName: string;
  /**
   * Product version; the chart's appVersion and default image tag.
   */
  version: string;
  /**
   * The product's install directory inside the image (CARBON_HOME).
   */
  home: string;
  image: ImageDefaults;
  /**
   * The non-root user id the product image runs as; null when the image does not fix one (the chart then asks for it).
   */
  runAsUser?: number | null;
  /**
   * The server script, relative to the product home; the preStop hook runs it with `stop` for a graceful shutdown.
   */
  stopScript: string;
  /**
   * How the product is configured: deployment.toml (Carbon 4.5+/TOML era) or the Carbon XML files (carbon.xml, axis2.xml, master-datasources.xml).
   */
  configFormat: 'toml' | 'carbon-xml';
  /**
   * The product's databases by configuration key (e.g. apim_db), with their default database names; enables the external RDBMS settings.
   */
  databases?: {
    [k: string]: {
      name: string;
      description: string;
    };
  };
  imageInterface?: ImageInterface;
  databaseSupport?: DatabaseSupport;
  clustering?: ProductClustering;
  keystore?: Keystore;
  /**
   * A symmetric encryption key the product requires, the same on every node; the chart generates and keeps one unless given.
   */
  encryptionKey?: {
    /**
     * The deployment.toml table that holds it as `key`, e.g. encryption.
     */
    table: string;
  };
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "ImageDefaults".
 */
export interface ImageDefaults {
  /**
   * Registry host; may be empty for images that must be built and pushed by the user.
   */
  registry: string;
  repository: string;
  /**
   * Defaults to the product version.
   */
  tag?: string;
  /**
   * Whether the vendor publishes the image; if not, the chart fails until a registry is set.
   */
  published?: boolean;
}
/**
 * Defaults to an image that takes the profile as -Dprofile= and mounts configuration into the product home.
 */
export interface ImageInterface {
  /**
   * Folder whose files the entrypoint copies over the product home at start-up; null mounts config files into the home itself.
   */
  configVolume: string | null;
  /**
   * Like configVolume, for jars and artifacts; null when the image has none.
   */
  artifactVolume: string | null;
  /**
   * Environment variable that selects the profile; null passes -Dprofile= as an argument.
   */
  profileEnv: string | null;
  /**
   * Environment variable with the JVM memory options; null when the start script reads none.
   */
  memoryEnv: string | null;
  /**
   * Whether the entrypoint passes container arguments to the server.
   */
  acceptsArgs: boolean;
  /**
   * Environment variable for extra start-up arguments when the entrypoint takes no arguments.
   */
  argsEnv: string | null;
}
/**
 * What the product needs of its databases: engines, drivers, table scripts, and the engine its image carries for evaluation.
 *
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "DatabaseSupport".
 */
export interface DatabaseSupport {
  /**
   * Per engine: the `type` the product configuration takes, the driver class and the default port.
   */
  engines: {
    [k: string]: {
      type: string;
      driver: string;
      defaultPort: number;
    };
  };
  /**
   * Per engine, per database key: SQL scripts (relative to the product home) that create its tables.
   */
  scripts: {
    [k: string]: {
      [k: string]: string[];
    };
  };
  /**
   * Where JDBC driver jars go, relative to the product home.
   */
  driverDir: string;
  /**
   * The database engine inside the product image for evaluation installs: run as one server every role shares, or (embedded) inside a single pod, as the distribution ships it.
   */
  evaluation: {
    engine: string;
    jar?: string;
    serverClass?: string;
    scriptClass?: string;
    port?: number;
    /**
     * The engine runs inside the product pod with the databases the distribution ships (one pod only).
     */
    embedded?: boolean;
    /**
     * JDBC URL of an embedded database, with {name} for the database name.
     */
    embeddedUrl?: string;
    embeddedUsername?: string;
    /**
     * The password the shipped databases were created with (not a secret: they never leave the pod).
     */
    embeddedPassword?: string;
  };
}
/**
 * Defaults to a scheme jar shipped in the image, members on port 4000, one cluster per component.
 */
export interface ProductClustering {
  /**
   * Whether the image carries the membership scheme jar; if not, clustering needs it from an image.
   */
  schemeJarShipped: boolean;
  /**
   * Where the scheme jar goes, relative to the product home.
   */
  schemeJarDir: string;
  memberPort: number;
  /**
   * Further environment the scheme reads.
   */
  env: {
    [k: string]: string;
  };
  /**
   * Whether the scheme knows USE_DNS.
   */
  supportsDns: boolean;
  /**
   * All clustered components form one cluster (Carbon 4 worker/manager sub-domains) rather than one cluster each.
   */
  oneCluster: boolean;
}
/**
 * Defaults to wso2carbon.jks (JKS, alias wso2carbon) and client-truststore.jks.
 */
export interface Keystore {
  file: string;
  type: string;
  alias: string;
  truststore: string;
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "Component".
 */
export interface Component {
  /**
   * camelCase key of the component in values.yaml; resource names use its kebab-case form.
   */
  name: string;
  description: string;
  profile: Profile;
  replicas?: number;
  /**
   * @minItems 1
   */
  ports: [Port, ...Port[]];
  probes?: Probes;
  configFiles?: ConfigFile[];
  resources?: Resources;
  scaling?: Scaling;
  rollout?: Rollout;
  service?: ServiceOptions;
  /**
   * Routes from well-known ports (80/443) to this component.
   */
  ingress?: IngressRoute[];
  sidecars?: Sidecar[];
  volumes?: Volume[];
  clustering?: Clustering;
  /**
   * The controller that keeps the pods running: a StatefulSet where the component needs a stable identity.
   */
  controller?: 'Deployment' | 'StatefulSet';
  /**
   * The product role (a key of the product contract's roles) this component runs.
   */
  role?: string;
  /**
   * Whether the component is deployed by default.
   */
  enabled?: boolean;
  /**
   * An image of its own instead of the product image (e.g. Carbon 4 manager and worker images, or the per-role images of API Manager 4.5+).
   */
  image?: {
    repository: string;
  };
  /**
   * Where this component's image installs the product, when it is not the product home (a distribution of its own).
   */
  home?: string;
  /**
   * The server script of this component's distribution, relative to its home, when not the product's.
   */
  stopScript?: string;
  /**
   * Why the component runs at most one pod in this chart (e.g. settings per pod the chart does not render); set, the values schema caps replicaCount at 1 and the component has no autoscaling values.
   */
  singlePod?: string;
  /**
   * Whether the component connects to the product databases (credentials, JDBC driver, the evaluation database's single-pod rule). Roles that keep no shared data (e.g. the 4.x gateway and traffic manager) do not.
   */
  usesDatabases?: boolean;
  /**
   * Components this one cannot work without; disabling one of them fails the install.
   */
  needs?: string[];
}
/**
 * The product's start-up profile (`-Dprofile=`) for this component, per product version.
 *
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "Profile".
 */
export interface Profile {
  /**
   * Profile of the pattern's product version; empty runs the default profile.
   */
  name: string;
  /**
   * The same role's profile in other product versions, documented in the chart README.
   */
  byVersion?: {
    [k: string]: string;
  };
  /**
   * Further start-up arguments the role needs, e.g. -DworkerNode=true.
   */
  extraArgs?: string[];
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "Port".
 */
export interface Port {
  /**
   * IANA-style port name (at most 15 characters), used by probes and Services.
   */
  name: string;
  port: number;
  protocol?: 'TCP' | 'UDP' | 'SCTP';
  /**
   * e.g. https, http, tcp, amqp.
   */
  appProtocol?: string;
  description: string;
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "Probes".
 */
export interface Probes {
  startup?: Probe;
  liveness?: Probe;
  readiness?: Probe;
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "Probe".
 */
export interface Probe {
  check: HttpCheck | TcpCheck | ExecCheck;
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  failureThreshold?: number;
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "HttpCheck".
 */
export interface HttpCheck {
  type: 'httpGet';
  path: string;
  /**
   * Name of one of the component's ports.
   */
  port: string;
  scheme?: 'HTTP' | 'HTTPS';
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "TcpCheck".
 */
export interface TcpCheck {
  type: 'tcpSocket';
  /**
   * Name of one of the component's ports.
   */
  port: string;
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "ExecCheck".
 */
export interface ExecCheck {
  type: 'exec';
  /**
   * @minItems 1
   */
  command: [string, ...string[]];
}
/**
 * A product configuration file delivered through a ConfigMap and rendered with Helm's tpl.
 *
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "ConfigFile".
 */
export interface ConfigFile {
  /**
   * ConfigMap key, e.g. deployment.toml.
   */
  key: string;
  /**
   * Path relative to the product home, e.g. repository/conf/deployment.toml.
   */
  path: string;
  content: string;
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "Resources".
 */
export interface Resources {
  requests: ResourceAmounts;
  limits: ResourceAmounts;
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "ResourceAmounts".
 */
export interface ResourceAmounts {
  cpu: string;
  memory: string;
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "Scaling".
 */
export interface Scaling {
  /**
   * Whether the HorizontalPodAutoscaler is on by default.
   */
  autoscale?: boolean;
  minReplicas?: number;
  maxReplicas?: number;
  targetCPUUtilizationPercentage?: number;
  targetMemoryUtilizationPercentage?: number;
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "Rollout".
 */
export interface Rollout {
  maxSurge?: number | string;
  maxUnavailable?: number | string;
  terminationGracePeriodSeconds?: number;
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "ServiceOptions".
 */
export interface ServiceOptions {
  type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  /**
   * Management consoles need session affinity.
   */
  sticky?: boolean;
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "IngressRoute".
 */
export interface IngressRoute {
  /**
   * Default host name, e.g. gateway.wso2.local.
   */
  host: string;
  path?: string;
  /**
   * Name of the component port the route sends traffic to.
   */
  port: string;
  backendProtocol?: 'HTTP' | 'HTTPS';
  /**
   * Cookie-based session affinity at the ingress controller.
   */
  sticky?: boolean;
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "Sidecar".
 */
export interface Sidecar {
  name: string;
  description: string;
  image: string;
  args?: string[];
  volumeMounts?: {
    volume: string;
    mountPath: string;
    readOnly?: boolean;
  }[];
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "Volume".
 */
export interface Volume {
  name: string;
  description: string;
  /**
   * Mount path, absolute or relative to the product home.
   */
  path: string;
  /**
   * A PersistentVolumeClaim when true, else an emptyDir.
   */
  persistent?: boolean;
  size?: string;
  accessMode?: 'ReadWriteOnce' | 'ReadWriteMany' | 'ReadOnlyMany' | 'ReadWriteOncePod';
}
/**
 * Hazelcast clustering through the Carbon Kubernetes membership scheme.
 *
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "Clustering".
 */
export interface Clustering {
  enabled: boolean;
  port?: number;
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "Scenario".
 */
export interface Scenario {
  /**
   * File name stem, e.g. 01-sidecars.
   */
  name: string;
  description: string;
  /**
   * Values overlay, checked against the chart's values schema.
   */
  values: {};
}
/**
 * Distribution of deployed artifacts from a manager component to worker components (rsync sidecars or a shared volume).
 *
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "ArtifactSync".
 */
export interface ArtifactSync {
  /**
   * Component whose deployed artifacts are the source of truth.
   */
  source: string;
  /**
   * Components that receive the artifacts.
   *
   * @minItems 1
   */
  targets: [string, ...string[]];
  /**
   * Artifact directory relative to the product home.
   */
  path: string;
  /**
   * The product distributes artifacts itself (through its database); then that is the default mode.
   */
  inbuilt?: boolean;
}
/**
 * How the product image takes its settings (its entrypoint's interface).
 *
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "ImageInterface".
 */
export interface ImageInterface1 {
  /**
   * Folder whose files the entrypoint copies over the product home at start-up; null mounts config files into the home itself.
   */
  configVolume: string | null;
  /**
   * Like configVolume, for jars and artifacts; null when the image has none.
   */
  artifactVolume: string | null;
  /**
   * Environment variable that selects the profile; null passes -Dprofile= as an argument.
   */
  profileEnv: string | null;
  /**
   * Environment variable with the JVM memory options; null when the start script reads none.
   */
  memoryEnv: string | null;
  /**
   * Whether the entrypoint passes container arguments to the server.
   */
  acceptsArgs: boolean;
  /**
   * Environment variable for extra start-up arguments when the entrypoint takes no arguments.
   */
  argsEnv: string | null;
}
/**
 * The Carbon Kubernetes membership scheme as this product version uses it.
 *
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "ProductClustering".
 */
export interface ProductClustering1 {
  /**
   * Whether the image carries the membership scheme jar; if not, clustering needs it from an image.
   */
  schemeJarShipped: boolean;
  /**
   * Where the scheme jar goes, relative to the product home.
   */
  schemeJarDir: string;
  memberPort: number;
  /**
   * Further environment the scheme reads.
   */
  env: {
    [k: string]: string;
  };
  /**
   * Whether the scheme knows USE_DNS.
   */
  supportsDns: boolean;
  /**
   * All clustered components form one cluster (Carbon 4 worker/manager sub-domains) rather than one cluster each.
   */
  oneCluster: boolean;
}
/**
 * This interface was referenced by `Pattern`'s JSON-Schema
 * via the `definition` "Keystore".
 */
export interface Keystore1 {
  file: string;
  type: string;
  alias: string;
  truststore: string;
}
