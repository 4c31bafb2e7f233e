import { describe, expect, it } from 'vitest';
import { listCharts } from '../../generator/tools/charts.ts';
import { containersOf, helms, render, workloads, type Resource } from '../support/render.ts';

/**
 * The defects measured on WSO2's official charts (shared/wso2-facts.md), ruled out for
 * every chart, every ci scenario and both helm versions.
 */
const clusterScopedKinds = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition',
  'PriorityClass', 'IngressClass', 'RuntimeClass', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'APIService', 'CSIDriver',
]);

const cases = helms.flatMap((helm) =>
  listCharts().flatMap((chart) => chart.scenarios.map((scenario) => ({ label: `${chart.name}/${scenario.name} ${helm.name}`, helm, chart, scenario }))),
);

function matches(selector: Record<string, string>, labels: Record<string, string> = {}): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

/** The pod templates of the workloads (and the bare test pods) of a render. */
function pods(resources: readonly Resource[]): { owner: string; labels: Record<string, string>; spec: any }[] { // eslint-disable-line @typescript-eslint/no-explicit-any
  return [
    ...workloads(resources).map((w) => ({ owner: `${w.kind}/${w.metadata.name}`, labels: w.spec.template.metadata.labels, spec: w.spec.template.spec })),
    ...resources.filter((r) => r.kind === 'Pod').map((p) => ({ owner: `Pod/${p.metadata.name}`, labels: p.metadata.labels ?? {}, spec: p.spec })),
  ];
}

describe.each(cases)('$label', ({ helm, chart, scenario }) => {
  let resources: Resource[] = [];
  const load = async (): Promise<Resource[]> => {
    if (resources.length === 0) {
      resources = await render(helm, chart.name, {
        valuesFiles: scenario.valuesFile ? [scenario.valuesFile] : [],
        // The scenario's own credentials settings apply (e.g. an existingSecret), not the test default.
        set: ['adminCredentials.password='],
        apiVersions: ['monitoring.coreos.com/v1/ServiceMonitor', 'gateway.networking.k8s.io/v1/HTTPRoute'],
      });
    }
    return resources;
  };

  it('every PDB, Service and NetworkPolicy selects the pods of its own component and no other', async () => {
    const all = await load();
    const selecting = all.flatMap((r) => {
      const selector = r.kind === 'Service' ? r.spec.selector : r.kind === 'PodDisruptionBudget' ? r.spec.selector.matchLabels : r.kind === 'NetworkPolicy' ? r.spec.podSelector.matchLabels : undefined;
      return selector ? [{ r, selector: selector as Record<string, string> }] : [];
    });
    expect(selecting.length).toBeGreaterThan(0);
    for (const { r, selector } of selecting) {
      const selected = pods(all).filter((p) => matches(selector, p.labels));
      expect(selected.map((p) => p.owner), `${r.kind}/${r.metadata.name}`).toHaveLength(1);
      expect(selected[0]!.labels['app.kubernetes.io/component']).toBe(r.metadata.labels?.['app.kubernetes.io/component']);
    }
  });

  it('an autoscaled workload never sets replicas', async () => {
    const all = await load();
    for (const hpa of all.filter((r) => r.kind === 'HorizontalPodAutoscaler')) {
      const target = all.find((r) => r.kind === hpa.spec.scaleTargetRef.kind && r.metadata.name === hpa.spec.scaleTargetRef.name);
      expect(target, `HPA ${hpa.metadata.name} targets nothing`).toBeDefined();
      expect(target!.spec.replicas).toBeUndefined();
    }
  });

  it('creates no cluster-scoped resources, and everything lives in the release namespace', async () => {
    for (const r of await load()) {
      expect(clusterScopedKinds.has(r.kind), `${r.kind}/${r.metadata.name}`).toBe(false);
      expect(r.metadata.namespace, `${r.kind}/${r.metadata.name}`).toBe('default');
    }
  });

  it('has no default password: credentials come from Secrets, never from config or plain env', async () => {
    const all = await load();
    for (const configMap of all.filter((r) => r.kind === 'ConfigMap')) {
      for (const [key, text] of Object.entries(configMap.data as Record<string, string> ?? {})) {
        for (const line of text.split('\n').filter((l) => /password/i.test(l))) {
          expect(line, `${configMap.metadata.name}/${key}`).toMatch(/\$(env|ref)\{/);
        }
      }
    }
    for (const pod of pods(all)) {
      for (const container of containersOf(pod.spec)) {
        for (const env of container.env ?? []) {
          if (/PASSWORD|SECRET/.test(env.name)) expect(env.value, `${pod.owner} ${env.name}`).toBeUndefined();
        }
      }
    }
  });

  it('rolls out without the Recreate strategy', async () => {
    for (const w of workloads(await load())) {
      expect(w.spec.strategy?.type ?? w.spec.updateStrategy?.type).toBe('RollingUpdate');
    }
  });

  it('every pod meets the restricted Pod Security Standard', async () => {
    for (const pod of pods(await load())) {
      const podContext = pod.spec.securityContext ?? {};
      expect(pod.spec.hostNetwork ?? false).toBe(false);
      expect(pod.spec.hostPID ?? false).toBe(false);
      expect((pod.spec.volumes ?? []).filter((v: object) => 'hostPath' in v)).toEqual([]);
      for (const c of containersOf(pod.spec)) {
        const where = `${pod.owner} container ${c.name}`;
        const context = c.securityContext ?? {};
        expect(context.allowPrivilegeEscalation, where).toBe(false);
        expect(context.privileged ?? false, where).toBe(false);
        expect(context.capabilities?.drop, where).toContain('ALL');
        expect((context.capabilities?.add ?? []).filter((cap: string) => cap !== 'NET_BIND_SERVICE'), where).toEqual([]);
        expect(context.runAsNonRoot ?? podContext.runAsNonRoot, where).toBe(true);
        expect(context.runAsUser ?? podContext.runAsUser ?? 1, where).not.toBe(0);
        expect(['RuntimeDefault', 'Localhost'], where).toContain(context.seccompProfile?.type ?? podContext.seccompProfile?.type);
        expect(c.resources?.limits, `${where} has no limits`).toBeDefined();
      }
    }
  });
});
