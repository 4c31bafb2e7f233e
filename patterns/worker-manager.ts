import type { Pattern, Scenario } from '../generator/pattern/pattern.types.ts';
import type { ProductContract } from '../products/contract.ts';
import { productOf, roleParts } from '../products/pattern-parts.ts';
import { logsVolume } from './carbon.ts';

/**
 * The worker/manager separation of Carbon 4 products (whitepaper section 8): one
 * manager (management console, deployment, sticky sessions, one replica) and a scaled,
 * autoscaled set of workers serving the product's transports. Roles, ports, probes and
 * images come from the product contract (its `manager` and `worker` roles).
 */
export interface WorkerManagerOptions {
  readonly chart: Pattern['chart'];
  readonly contract: ProductContract;
  readonly scenarios?: Scenario[];
}

export function workerManagerPattern({ chart, contract, scenarios }: WorkerManagerOptions): Pattern {
  const worker = roleParts(contract, 'worker');
  return {
    chart,
    product: productOf(contract),
    components: [
      {
        name: 'manager',
        description: `${contract.displayName} manager: management console and artifact deployment; one replica, sticky sessions.`,
        ...roleParts(contract, 'manager'),
        volumes: logsVolume,
        service: { sticky: true },
        clustering: { enabled: contract.roles.manager?.clustered.value ?? false },
        ingress: [{ host: 'mgt.wso2.local', path: '/', port: 'servlet-https', sticky: true }],
      },
      {
        name: 'worker',
        description: `${contract.displayName} workers: serve the transports; scaled and autoscaled.`,
        ...worker,
        replicas: 2,
        volumes: logsVolume,
        clustering: { enabled: contract.roles.worker?.clustered.value ?? false },
        scaling: { minReplicas: 2, maxReplicas: 8, targetCPUUtilizationPercentage: 75 },
        rollout: { maxSurge: 1, maxUnavailable: 0 },
        ingress: [{ host: 'esb.wso2.local', path: '/', port: worker.ports[0]!.name, backendProtocol: 'HTTP' }],
      },
    ],
    scenarios: scenarios ?? [],
  };
}
