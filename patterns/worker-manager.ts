import type { Component, Pattern, Product, Scenario } from '../generator/pattern/pattern.types.ts';
import { carbonProbes, logsVolume, servletPorts } from './carbon.ts';

/**
 * The worker/manager separation of Carbon 4 products (whitepaper section 8): one
 * manager (management console, deployment, sticky sessions, one replica) and a scaled,
 * autoscaled set of workers serving the product's transports. Products reuse it with
 * their own ports and profile arguments.
 */
export interface WorkerManagerOptions {
  readonly chart: Pattern['chart'];
  readonly product: Product;
  /** Ports the workers serve traffic on, in addition to the servlet ports. */
  readonly workerPorts: Component['ports'];
  /** Start-up arguments that make a node a worker (Carbon 4: -DworkerNode=true). */
  readonly workerArgs: readonly string[];
  readonly scenarios?: Scenario[];
}

export function workerManagerPattern(options: WorkerManagerOptions): Pattern {
  return {
    chart: options.chart,
    product: options.product,
    components: [
      {
        name: 'manager',
        description: `${options.product.displayName} manager: management console and artifact deployment; one replica, sticky sessions.`,
        profile: { name: '' },
        ports: servletPorts,
        probes: carbonProbes,
        volumes: logsVolume,
        service: { sticky: true },
        clustering: { enabled: true },
        ingress: [{ host: 'mgt.wso2.local', path: '/', port: 'servlet-https', sticky: true }],
      },
      {
        name: 'worker',
        description: `${options.product.displayName} workers: serve the transports; scaled and autoscaled.`,
        profile: { name: '', extraArgs: [...options.workerArgs] },
        replicas: 2,
        ports: [...options.workerPorts, ...servletPorts],
        probes: carbonProbes,
        volumes: logsVolume,
        clustering: { enabled: true },
        scaling: { minReplicas: 2, maxReplicas: 8, targetCPUUtilizationPercentage: 75 },
        rollout: { maxSurge: 1, maxUnavailable: 0 },
        ingress: [{ host: 'esb.wso2.local', path: '/', port: options.workerPorts[0].name }],
      },
    ],
    scenarios: options.scenarios ?? [],
  };
}
