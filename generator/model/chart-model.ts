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
  /** Port names with the HTTP path a reachability test may call, if any. */
  readonly healthCheck?: { readonly port: string; readonly path: string; readonly scheme: 'http' | 'https' };
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
  readonly components: readonly ComponentModel[];
  readonly values: ValueObject;
  readonly scenarios: readonly ScenarioModel[];
}
