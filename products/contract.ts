/**
 * The product contract: what a WSO2 product version really does, as its own sources say.
 * Patterns build charts from it and the contract tests check rendered charts against it,
 * so a fact lives here once, with where it was read.
 */

/** Where a fact was read: a file of a repository at a tag or commit, or a documentation page. */
export type Source =
  | { readonly repo: string; readonly ref: string; readonly path: string; readonly note?: string }
  | { readonly url: string; readonly note?: string };

/** A fact the charts depend on, with its sources. */
export interface Fact<T> {
  readonly value: T;
  readonly sources: readonly Source[];
}

export const fact = <T>(value: T, ...sources: Source[]): Fact<T> => ({ value, sources });

/**
 * How the product image takes its settings. WSO2's images differ by generation: the
 * docker-apim images read PROFILE_NAME and copy a config volume into the product home;
 * the Carbon 4 dockerfiles images ignore container arguments.
 */
export interface ImageInterface {
  /** Files mounted below this folder are copied over the product home at start-up; null: mount into the home itself. */
  readonly configVolume: string | null;
  /** Like configVolume, for jars and artifacts (copied after the config volume); null when the image has none. */
  readonly artifactVolume: string | null;
  /** Environment variable that selects the profile (and runs its optimisation); null: the image has no such switch. */
  readonly profileEnv: string | null;
  /** Environment variable with the JVM memory options; null when the start script has none. */
  readonly memoryEnv: string | null;
  /** Whether the entrypoint passes container arguments to the server. */
  readonly acceptsArgs: boolean;
  /** Environment variable that carries extra start-up arguments when `acceptsArgs` is false; null if none. */
  readonly argsEnv: string | null;
}

export interface PortFact {
  readonly name: string;
  readonly port: number;
  readonly appProtocol: string;
  readonly description: string;
}

export type HealthCheck =
  | { readonly type: 'httpGet'; readonly path: string; readonly port: string; readonly scheme: 'HTTP' | 'HTTPS' }
  | { readonly type: 'tcpSocket'; readonly port: string };

/** One role of the product (a profile of the distribution, or an image variant). */
export interface RoleContract {
  readonly description: string;
  /** The profile name the image is told; empty: the default profile. */
  readonly profile: Fact<string>;
  /** An image of its own (Carbon 4 worker/manager images); null: the product image. */
  readonly imageRepository?: Fact<string>;
  /** Where that image installs the product, when it is not the contract's home (a distribution of its own). */
  readonly home?: Fact<string>;
  /** The server script of that distribution, relative to its home, when not the contract's. */
  readonly stopScript?: Fact<string>;
  /** How that image takes its settings, when not as the contract's image does. */
  readonly imageInterface?: Fact<ImageInterface>;
  readonly ports: Fact<readonly PortFact[]>;
  readonly startup: Fact<HealthCheck>;
  readonly liveness: Fact<HealthCheck>;
  readonly readiness: Fact<HealthCheck>;
  /** deployment.toml tables this role must have in a distributed deployment. */
  readonly requiredSections: Fact<readonly string[]>;
  /** Roles this one must reach (by the role's key), and the ports it uses on them. */
  readonly reaches: Fact<Readonly<Record<string, readonly string[]>>>;
  /** Whether WSO2's own deployments of this version cluster the role with Hazelcast. */
  readonly clustered: Fact<boolean>;
  /** Whether the role needs the shared databases. */
  readonly sharedDatabase: Fact<boolean>;
}

export interface DatabaseContract {
  /** The product's datasources by configuration key, with their default names. */
  readonly keys: Readonly<Record<string, { readonly name: string; readonly description: string }>>;
  /** SQL scripts that create each datasource's tables, per engine, relative to the product home. */
  readonly scripts: Fact<Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>>;
  /** The `type` deployment.toml takes for each engine, and the driver class to name. */
  readonly engines: Fact<Readonly<Record<string, { readonly type: string; readonly driver: string; readonly defaultPort: number }>>>;
  /** Where JDBC driver jars go, relative to the product home. */
  readonly driverDir: Fact<string>;
  /** The database engine the product image carries, run as a server for evaluation installs. */
  readonly evaluation: Fact<
    | { readonly engine: string; readonly jar: string; readonly serverClass: string; readonly scriptClass: string; readonly port: number }
    /** Embedded: the databases the distribution ships, inside the one pod (all-in-one installs). */
    | { readonly engine: string; readonly embedded: true; readonly embeddedUrl: string; readonly embeddedUsername: string; readonly embeddedPassword: string }
  >;
}

export interface ClusteringContract {
  readonly schemeClass: Fact<string>;
  /** Whether the product image carries the Kubernetes membership scheme jar. */
  readonly schemeJarShipped: Fact<boolean>;
  /** Where the scheme jar goes, relative to the product home. */
  readonly schemeJarDir: Fact<string>;
  readonly memberPort: Fact<number>;
  /** Environment the scheme reads (besides namespace and services), e.g. skipping TLS checks of the API server. */
  readonly env: Fact<Readonly<Record<string, string>>>;
  /** Whether the scheme version knows USE_DNS. */
  readonly supportsDns: Fact<boolean>;
}

export interface ProductContract {
  readonly name: string;
  readonly displayName: string;
  readonly version: string;
  readonly home: Fact<string>;
  readonly stopScript: Fact<string>;
  /** The user id the image runs as; null when the Dockerfile does not fix one. */
  readonly runAsUser: Fact<number | null>;
  readonly image: {
    readonly registry: string;
    readonly repository: string;
    readonly tag: string;
    /** Whether WSO2 publishes the image; if not, users build and push it first. */
    readonly published: Fact<boolean>;
    readonly interface: Fact<ImageInterface>;
  };
  readonly configFormat: 'toml' | 'carbon-xml';
  /** Where the product configuration file lives, relative to the product home. */
  readonly configFile: Fact<string>;
  readonly roles: Readonly<Record<string, RoleContract>>;
  /** HTTP endpoints this version ships that health checks may use. */
  readonly healthEndpoints: Fact<readonly { readonly path: string; readonly port: number }[]>;
  /** Endpoints other versions have and this one does not; a chart must never probe them. */
  readonly absentEndpoints: Fact<readonly string[]>;
  readonly databases?: DatabaseContract;
  readonly clustering: ClusteringContract;
  readonly keystore: Fact<{ readonly file: string; readonly type: string; readonly alias: string; readonly truststore: string }>;
  /** A symmetric encryption key the product requires, identical on every node (the deployment.toml table that holds it). */
  readonly encryptionKey?: Fact<{ readonly table: string }>;
  /** The roles each complete deployment of this version runs, by topology (e.g. all-in-one, distributed). */
  readonly topologies: Fact<Readonly<Record<string, readonly string[]>>>;
  /** Settings behind a reverse proxy (Ingress, HTTPRoute): the external host and port the product must advertise. */
  readonly proxy: Fact<{ readonly hostnameKey: string; readonly proxyPortKey: string; readonly proxyPort: number }>;
}
