import type { DatabaseSupport, ImageInterface, ProductClustering } from '../pattern/pattern.types.ts';
import type { ValueObject } from './values-tree.ts';

/** A component as the emitters see it: names decided, ports resolved. */
export interface ComponentModel {
  /** camelCase key in values.yaml, e.g. `gatewayWorker`. */
  readonly key: string;
  /** kebab-case name used in resource names and the component label, e.g. `gateway-worker`. */
  readonly name: string;
  readonly description: string;
  /** The port users reach the component on first (the first declared). */
  readonly primaryPort: { readonly name: string; readonly port: number; readonly scheme: 'http' | 'https' };
  /** Whether the component serves deployed artifacts to others, receives them, or neither. */
  readonly artifactRole: 'source' | 'target' | 'none';
  /** The product role it runs, its profile and its readiness check, for the README. */
  readonly role: string;
  readonly profile: string;
  readonly readiness: string;
  readonly enabledByDefault: boolean;
  /** Whether it connects to the product databases (when the product has any). */
  readonly usesDatabases: boolean;
  /** Keys of the components this one cannot work without. */
  readonly needs: readonly string[];
  /** The controller that keeps its pods running, and the pods it runs when not autoscaled. */
  readonly controller: 'Deployment' | 'StatefulSet';
  readonly replicas: number;
  /** Its Service's ports and type. */
  readonly ports: readonly { readonly name: string; readonly port: number }[];
  readonly serviceType: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  /** The routes (Ingress or HTTPRoute) the pattern gives it from 80/443. */
  readonly routes: readonly { readonly host: string; readonly path: string; readonly port: string }[];
  /** The HorizontalPodAutoscaler the pattern plans for it, when it does. */
  readonly autoscaling: { readonly minReplicas: number; readonly maxReplicas: number; readonly enabledByDefault: boolean } | null;
}

export interface ScenarioModel {
  readonly fileName: string;
  readonly description: string;
  readonly values: unknown;
}

/** The typed intermediate form of one chart: every decision made, no text yet. */
export interface ChartModel {
  /** Chart name; the prefix of every named template. */
  readonly name: string;
  readonly chartYaml: Readonly<Record<string, unknown>>;
  readonly productDisplayName: string;
  /** Which of the product's charts fits whom, for the README; absent for a product with one chart. */
  readonly whichChart?: string;
  /** Distribution name (e.g. wso2am): with the version, names the product contract file. */
  readonly productName: string;
  readonly components: readonly ComponentModel[];
  /** Artifact directory relative to the product home, when the pattern distributes artifacts. */
  readonly artifactPath: string;
  readonly values: ValueObject;
  /** How the product is configured: deployment.toml or the Carbon XML files. */
  readonly configFormat: 'toml' | 'carbon-xml';
  /** Whether the product has databases that may be external (then `database` values exist). */
  readonly hasDatabases: boolean;
  /** Key of the component that serves deployed artifacts, when the pattern distributes them. */
  readonly artifactSource: string;
  readonly scenarios: readonly ScenarioModel[];
  /** How the product image takes its settings (from the product contract). */
  readonly image: ImageInterface & { readonly published: boolean; readonly knownUser: boolean };
  /** The product's database support, when it has databases. */
  readonly databaseSupport: DatabaseSupport | null;
  readonly clustering: ProductClustering;
  /** The deployment.toml table of a required symmetric encryption key, when the product needs one. */
  readonly encryptionKey: { readonly table: string } | null;
  /** Values a user must set before the chart can install (also in Chart.yaml). */
  readonly requiredValues: readonly string[];
  /** Distribution of deployed artifacts between components, when the pattern has it. */
  readonly artifactSync: { readonly source: string; readonly targets: readonly string[]; readonly inbuilt: boolean } | null;
  /** Absolute URLs of what the chart points at (see model/repository.ts). */
  readonly links: {
    /** `$id` of values.schema.json: where the publishing step puts this version's schema. */
    readonly valuesSchema: string;
    /** The architecture diagram (diagram.svg) at the chart version's release tag; relative when `home` is not on GitHub. */
    readonly diagram: string;
  };
}
