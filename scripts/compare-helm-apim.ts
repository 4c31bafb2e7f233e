/**
 * Side by side with WSO2's own charts at the same product version (API Manager 4.7):
 * renders wso2/helm-apim's charts and ours with the pinned helm, and prints a Markdown
 * table of features and of the invariants a chart should keep (README, "Side by side").
 *
 *   tsx scripts/compare-helm-apim.ts <helm-apim checkout>
 *
 * The checkout is a clone of https://github.com/wso2/helm-apim (the README names the
 * commit measured); nothing is fetched at run time.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { helmLint, helmTemplate, pinnedHelms, type Helm } from '../generator/tools/helm.ts';
import { chartsDir } from '../generator/tools/paths.ts';
import { mergeValues } from '../generator/checks/values-schema.ts';

type Doc = { kind?: string; metadata?: { name?: string; labels?: Record<string, string> }; spec?: Record<string, unknown> };

interface Subject {
  readonly label: string;
  readonly dir: string;
  /** Values every render needs (upstream: the encryption key its templates `fail` without). */
  readonly required: Record<string, unknown>;
  /** Every optional feature the chart has switched on. */
  readonly on: Record<string, unknown>;
}

const encryptionKey = { wso2: { apim: { configurations: { encryption: { key: '0123456789abcdef0123456789abcdef' } } } } };
const upstreamIngress = (...names: string[]): Record<string, unknown> => ({
  kubernetes: { ingress: Object.fromEntries(names.map((n) => [n, { enabled: true }])) },
});

function subjects(upstream: string): Subject[] {
  const at = (p: string): string => path.join(upstream, p);
  const oursOn = (components: string[]): Record<string, unknown> => ({
    ...Object.fromEntries(components.map((c) => [c, { ingress: { enabled: true }, httpRoute: { enabled: true } }])),
    metrics: { enabled: true, serviceMonitor: { enabled: true } },
    networkPolicy: { enabled: true },
  });
  return [
    { label: 'helm-apim all-in-one', dir: at('all-in-one'), required: encryptionKey, on: { ...upstreamIngress('management', 'gateway', 'websocket', 'websub'), wso2: { deployment: { highAvailability: true } } } },
    { label: 'helm-apim control-plane', dir: at('distributed/control-plane'), required: encryptionKey, on: upstreamIngress('controlPlane') },
    { label: 'helm-apim gateway', dir: at('distributed/gateway'), required: encryptionKey, on: upstreamIngress('gateway', 'websocket', 'websub') },
    { label: 'helm-apim traffic-manager', dir: at('distributed/traffic-manager'), required: encryptionKey, on: {} },
    { label: 'helm-apim key-manager', dir: at('distributed/key-manager'), required: encryptionKey, on: upstreamIngress('km') },
    { label: 'ours apim-all-in-one', dir: path.join(chartsDir, 'apim-all-in-one'), required: {}, on: oursOn(['apim']) },
    {
      label: 'ours apim-distributed', dir: path.join(chartsDir, 'apim-distributed'), required: {},
      on: {
        ...oursOn(['controlPlane', 'universalGateway', 'keyManager']),
        keyManager: { enabled: true, ingress: { enabled: true }, httpRoute: { enabled: true } },
        // A separate key manager shares the control plane's databases, so an external one.
        database: { type: 'postgresql', host: 'postgres', existingSecret: 'db', jdbcDriver: { image: { registry: 'registry.example.com', repository: 'drivers', tag: '1' }, jarPath: '/drivers/postgresql.jar' } },
      },
    },
  ];
}

interface Render { readonly ok: boolean; readonly docs: Doc[]; readonly error: string }

let files = 0;
function valuesFile(scratch: string, values: Record<string, unknown>): string {
  const file = path.join(scratch, `values-${files++}.yaml`);
  writeFileSync(file, stringify(values));
  return file;
}

// Both charts switch on ServiceMonitor, HTTPRoute and SecretProviderClass only where the cluster serves them.
const apiVersions = ['monitoring.coreos.com/v1', 'monitoring.coreos.com/v1/ServiceMonitor', 'gateway.networking.k8s.io/v1', 'gateway.networking.k8s.io/v1/HTTPRoute', 'secrets-store.csi.x-k8s.io/v1'];

async function render(helm: Helm, dir: string, values: Record<string, unknown>, scratch: string): Promise<Render> {
  const result = await helmTemplate(helm, dir, { valuesFiles: [valuesFile(scratch, values)], releaseName: 'rel', apiVersions });
  const docs = result.ok ? parseAllDocuments(result.stdout).map((d) => d.toJS() as Doc).filter((d) => d?.kind) : [];
  // helm's message, without the template position it was raised at.
  const line = result.stderr.split('\n').find((l) => l.startsWith('Error:')) ?? result.stderr.trim();
  const error = line.replace(/^Error: /, '').replace(/^execution error at \([^)]*\): /, '');
  return { ok: result.ok, docs, error: error.length > 90 ? `${error.slice(0, 90)}…` : error };
}

const podTemplates = (docs: Doc[]): Record<string, string>[] =>
  docs.flatMap((d) => {
    if (d.kind === 'Pod') return [d.metadata?.labels ?? {}];
    const template = d.spec?.['template'] as { metadata?: { labels?: Record<string, string> } } | undefined;
    return template ? [template.metadata?.labels ?? {}] : [];
  });

const images = (docs: Doc[]): string[] =>
  docs.flatMap((d) => {
    const pod = (d.kind === 'Pod' ? d.spec : (d.spec?.['template'] as { spec?: Record<string, unknown> } | undefined)?.spec) ?? {};
    return ['initContainers', 'containers'].flatMap((k) => ((pod[k] as { image?: string }[] | undefined) ?? []).map((c) => c.image ?? ''));
  });

/** Image references the API server or the kubelet refuses, or that pull an unintended image. */
const badImage = (image: string): boolean => image === '' || image.startsWith('/') || image.endsWith(':') || image.includes('//');

function invariants(docs: Doc[]): Record<string, string> {
  const pods = podTemplates(docs);
  const pdbs = docs.filter((d) => d.kind === 'PodDisruptionBudget');
  const workloads = docs.filter((d) => d.kind === 'Deployment' || d.kind === 'StatefulSet');
  const selects = (p: Doc, labels: Record<string, string>): boolean =>
    Object.entries(((p.spec?.['selector'] as { matchLabels?: Record<string, string> } | undefined)?.matchLabels) ?? {}).every(([k, v]) => labels[k] === v);
  const emptyPdbs = pdbs.filter((p) => !pods.some((labels) => selects(p, labels)));
  // A budget that allows no eviction at the workload's own replica count stalls every node drain.
  const blocking = pdbs.filter((p) => {
    const replicas = workloads
      .filter((w) => selects(p, (w.spec?.['template'] as { metadata?: { labels?: Record<string, string> } } | undefined)?.metadata?.labels ?? {}))
      .reduce((sum, w) => sum + Number(w.spec?.['replicas'] ?? 1), 0);
    if (replicas === 0) return false;
    // Percentages round up, as the disruption controller scales them.
    const amount = (v: unknown): number => (typeof v === 'string' && v.endsWith('%') ? Math.ceil((Number(v.slice(0, -1)) * replicas) / 100) : Number(v));
    const { minAvailable, maxUnavailable } = p.spec as { minAvailable?: unknown; maxUnavailable?: unknown };
    return minAvailable !== undefined ? amount(minAvailable) >= replicas : amount(maxUnavailable) === 0;
  });
  const hpas = docs.filter((d) => d.kind === 'HorizontalPodAutoscaler');
  const fixedUnderHpa = hpas.filter((h) => {
    const target = (h.spec?.['scaleTargetRef'] as { name?: string } | undefined)?.name;
    return workloads.some((w) => w.metadata?.name === target && w.spec?.['replicas'] !== undefined);
  });
  const recreate = workloads.filter((w) => (w.spec?.['strategy'] as { type?: string } | undefined)?.type === 'Recreate');
  const bad = images(docs).filter(badImage);
  return {
    'PodDisruptionBudgets that select no pod': `${emptyPdbs.length} of ${pdbs.length}`,
    'PodDisruptionBudgets that allow no eviction': `${blocking.length} of ${pdbs.length}`,
    'HPA beside a fixed `replicas`': `${fixedUnderHpa.length} of ${hpas.length}`,
    '`Recreate` rollouts': `${recreate.length} of ${workloads.length}`,
    'image references like `/` or `/repo:tag`': bad.length ? `${bad.length} (${[...new Set(bad)].map((i) => `\`${i}\``).join(', ')})` : '0',
  };
}

const featureKinds = ['Ingress', 'HTTPRoute', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'ServiceMonitor', 'NetworkPolicy', 'SecretProviderClass', 'PersistentVolumeClaim'];

async function measure(subject: Subject, helms: Helm[], scratch: string): Promise<Record<string, string>> {
  const [helm3, helm4] = helms as [Helm, Helm];
  const pure = await render(helm4, subject.dir, {}, scratch);
  const base = await render(helm4, subject.dir, subject.required, scratch);
  const on = await render(helm4, subject.dir, mergeValues(subject.required, subject.on) as Record<string, unknown>, scratch);
  const lintFile = valuesFile(scratch, subject.required);
  const lints = await Promise.all([helm3, helm4].map((h) => helmLint(h, subject.dir, [lintFile])));
  const kinds = new Set(on.docs.map((d) => d.kind));
  return {
    '`helm install` with no values': pure.ok ? 'renders' : `fails: ${pure.error}`,
    '`helm lint --strict` (helm 3, helm 4)': lints.map((l) => (l.ok ? 'pass' : 'fail')).join(', '),
    ...invariants(base.docs),
    'features, everything switched on': featureKinds.filter((k) => kinds.has(k)).join(', ') || '–',
    ...(on.ok ? {} : { 'render with every feature on': `fails: ${on.error}` }),
  };
}

async function main(): Promise<void> {
  const upstream = process.argv[2];
  if (!upstream || !existsSync(path.join(upstream, 'all-in-one', 'Chart.yaml'))) {
    process.stderr.write('usage: tsx scripts/compare-helm-apim.ts <helm-apim checkout>\n  (a clone of https://github.com/wso2/helm-apim with all-in-one/ and distributed/ at its top)\n');
    process.exit(2);
  }
  const helms = pinnedHelms();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'compare-helm-apim-'));
  try {
    const all = subjects(upstream);
    const rows = await Promise.all(all.map((s) => measure(s, helms, scratch)));
    const checks = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const lines = [
      `| | ${all.map((s) => s.label).join(' | ')} |`,
      `|---|${all.map(() => '---').join('|')}|`,
      ...checks.map((c) => `| ${c} | ${rows.map((r) => r[c] ?? '–').join(' | ')} |`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
