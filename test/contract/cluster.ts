import { workloads, type Resource } from '../support/render.ts';

/**
 * What a cluster DNS name of a render points at: `<svc>.<ns>.svc`, or a StatefulSet pod
 * behind its headless Service, `<pod>.<svc>.<ns>.svc`.
 */
export interface Resolved {
  readonly service: Resource;
  /** The component label of the workload the Service selects. */
  readonly component: string | undefined;
  readonly ports: readonly number[];
}

const componentLabel = 'app.kubernetes.io/component';

const selects = (selector: Record<string, string> | undefined, labels: Record<string, string> = {}): boolean =>
  selector !== undefined && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

/** Resolves a host of the render's namespace; a string says why it does not resolve. */
export function resolveHost(resources: readonly Resource[], namespace: string, host: string): Resolved | string {
  const suffix = `.${namespace}.svc`;
  if (!host.endsWith(suffix)) return `${host} is not a Service name of namespace ${namespace} (<svc>${suffix})`;
  const labels = host.slice(0, -suffix.length).split('.');
  const [first, second] = labels;
  if (first === undefined || labels.length > 2) return `${host} is neither <svc>${suffix} nor <pod>.<svc>${suffix}`;
  const serviceName = second ?? first;
  const service = resources.find((r) => r.kind === 'Service' && r.metadata.name === serviceName);
  if (!service) return `no Service ${serviceName} in the render`;
  if (second !== undefined) {
    // A pod name resolves only through a headless Service that is some StatefulSet's serviceName.
    if (service.spec.clusterIP !== 'None') return `${host}: Service ${serviceName} is not headless, so pod names do not resolve`;
    const owner = resources.find((r) => r.kind === 'StatefulSet' && r.spec.serviceName === serviceName);
    if (!owner) return `${host}: no StatefulSet has serviceName ${serviceName}`;
    const ordinal = first.startsWith(`${owner.metadata.name}-`) ? first.slice(owner.metadata.name.length + 1) : '';
    const index = /^\d+$/.test(ordinal) ? Number(ordinal) : NaN;
    const replicas: number = owner.spec.replicas ?? 1;
    if (!Number.isInteger(index) || index < 0 || index >= replicas) return `${host}: ${first} is not a pod of StatefulSet ${owner.metadata.name} (replicas ${replicas})`;
  }
  const selected = workloads(resources).filter((w) => selects(service.spec.selector, w.spec.template.metadata.labels));
  return {
    service,
    component: selected[0]?.spec.template.metadata.labels[componentLabel],
    ports: (service.spec.ports ?? []).map((p: { port: number }) => p.port),
  };
}
