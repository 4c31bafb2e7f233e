import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { listCharts } from '../../generator/tools/charts.ts';
import { runHelm } from '../../generator/tools/helm.ts';
import { prerequisitesDir } from '../cluster/prerequisites.ts';
import { helms, ofKind, parseManifests, type Resource } from '../support/render.ts';

/**
 * The chart READMEs' production section and the NOTES warnings, checked on the generated
 * charts: the values file shown is the ci scenario file, the Secrets it tells users to create
 * are the ones the rendered chart reads (with the same keys), and NOTES warns about each
 * evaluation-only setting only while it is in effect.
 */
const charts = listCharts().map((chart) => {
  const production = chart.scenarios.find((s) => s.name.endsWith('-production'));
  return { chart, production, readme: readFileSync(path.join(chart.dir, 'README.md'), 'utf8') };
});

/** `kubectl create secret …` commands of the README: Secret name, type and the keys it is given. */
function readmeSecrets(readme: string): Map<string, { type: string; keys: string[] }> {
  const secrets = new Map<string, { type: string; keys: string[] }>();
  for (const match of readme.matchAll(/kubectl create secret (generic|tls|docker-registry) (\S+) [^\n\\]*((?:\\\n[^\n\\]*)*)/g)) {
    const [, type, name, rest] = match;
    const keys = [...(rest ?? '').matchAll(/--from-(?:literal|file)=([^=\s]+)=/g)].map((m) => m[1]!);
    secrets.set(name!, { type: type!, keys: type === 'tls' ? ['tls.crt', 'tls.key'] : keys });
  }
  return secrets;
}

/** What the rendered workloads read from Secrets: secretKeyRef keys, and files mounted from secret volumes. */
function secretReads(resources: readonly Resource[]): Map<string, Set<string>> {
  const reads = new Map<string, Set<string>>();
  const add = (name: string, key: string): void => void (reads.get(name) ?? reads.set(name, new Set()).get(name)!).add(key);
  for (const workload of [...ofKind(resources, 'Deployment'), ...ofKind(resources, 'StatefulSet')]) {
    const pod = workload.spec.template.spec;
    const secretVolumes = new Map<string, string>(
      (pod.volumes ?? []).filter((v: Resource) => v.secret).map((v: Resource) => [v.name, v.secret.secretName]),
    );
    for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
      for (const env of container.env ?? []) {
        const ref = env.valueFrom?.secretKeyRef;
        if (ref) add(ref.name, ref.key);
      }
      for (const mount of container.volumeMounts ?? []) {
        const secret = secretVolumes.get(mount.name);
        if (secret && mount.subPath) add(secret, mount.subPath);
      }
    }
  }
  return reads;
}

describe.each(charts)('$chart.name README', ({ chart, production, readme }) => {
  it('has a production scenario', () => {
    expect(production?.valuesFile).toBeDefined();
  });

  it('shows the production values file verbatim', () => {
    const file = readFileSync(production!.valuesFile!, 'utf8');
    expect(readme).toContain(`## Production`);
    expect(readme).toContain('```yaml\n' + file + '```\n');
    expect(readme).toContain(`\`ci/${path.basename(production!.valuesFile!)}\``);
  });

  it.each(helms.map((h) => [h.name, h] as const))('%s: tells users to create every Secret the production render reads, with its keys', async (_n, helm) => {
    const result = await runHelm(helm, ['template', 'prod', chart.dir, '--namespace', 'wso2', '--values', production!.valuesFile!]);
    expect(result.stderr).toBe('');
    const resources = parseManifests(result.stdout);
    const generated = new Set(ofKind(resources, 'Secret').map((s) => s.metadata.name));
    const documented = readmeSecrets(readme);
    const reads = secretReads(resources);
    for (const [name, keys] of reads) {
      if (generated.has(name)) continue;
      expect(documented.get(name)?.keys, `README command for Secret ${name}`).toEqual(expect.arrayContaining([...keys]));
    }
    for (const ingress of ofKind(resources, 'Ingress')) {
      for (const tls of ingress.spec.tls ?? []) expect(documented.get(tls.secretName)?.type, `TLS Secret ${tls.secretName}`).toBe('tls');
    }
    // Nothing documented that the chart does not use.
    const used = new Set([...reads.keys(), ...ofKind(resources, 'Ingress').flatMap((i) => (i.spec.tls ?? []).map((t: Resource) => t.secretName))]);
    const pullSecrets = [...ofKind(resources, 'Deployment'), ...ofKind(resources, 'StatefulSet')].flatMap((w) => (w.spec.template.spec.imagePullSecrets ?? []).map((s: Resource) => s.name));
    for (const name of pullSecrets) used.add(name);
    expect([...documented.keys()].sort()).toEqual([...used].filter((n) => !generated.has(n)).sort());
  });

  it('ci creates the same Secrets before installing the production scenario', () => {
    const file = path.join(prerequisitesDir, chart.name, `${production!.name}.yaml`);
    expect(existsSync(file), file).toBe(true);
    const objects = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS() as Resource);
    const documented = readmeSecrets(readme);
    expect(objects.map((o) => o.metadata.name).sort()).toEqual([...documented.keys()].sort());
    for (const secret of objects) {
      const data = Object.keys({ ...secret['data'], ...secret['stringData'] });
      const type = documented.get(secret.metadata.name)!.type;
      if (type === 'docker-registry') expect(data).toEqual(['.dockerconfigjson']);
      else expect(data.sort()).toEqual([...documented.get(secret.metadata.name)!.keys].sort());
    }
  });

  it('lists the allowed values of enums and the range of bounded integers', () => {
    expect(readme).toMatch(/\| `[\w.]+\.controller` \| string \| `"(Deployment|StatefulSet)"` \| [^|]*One of: `Deployment`, `StatefulSet`\. \|/);
    expect(readme).toMatch(/\| `[\w.]+\.replicaCount` \| integer \| `\d+` \| [^|]*From 0 to \d+\. \|/);
  });

  it('has upgrade, rollback, uninstall and GitOps notes', () => {
    for (const text of ['helm upgrade', '--reuse-values', 'checksum/config', 'helm rollback', 'helm uninstall', 'lookup', 'adminCredentials.existingSecret']) expect(readme).toContain(text);
    if (readme.includes('encryptionKey.existingSecret')) expect(readme).toContain('helm.sh/resource-policy: keep');
  });
});

/**
 * NOTES as `helm install --dry-run=client` prints them. helm 4 renders them without a
 * cluster; helm 3 needs one to reach, so it runs here only when KUBECONFIG names one.
 */
const notesHelms = helms.filter((h) => h.name === 'helm4' || (h.name === 'helm3' && process.env['KUBECONFIG'] !== undefined && existsSync(process.env['KUBECONFIG'])));

async function notes(helm: (typeof helms)[number], chartDir: string, args: readonly string[]): Promise<string> {
  const result = await runHelm(helm, ['install', 'notes', chartDir, '--dry-run=client', '--namespace', 'wso2', ...args]);
  expect(result.stderr).toBe('');
  const at = result.stdout.indexOf('\nNOTES:\n');
  expect(at).toBeGreaterThan(0);
  return result.stdout.slice(at);
}

const warnings = {
  generatedPassword: 'WARNING: the super-admin password was generated at install',
  passwordInValues: 'WARNING: the super-admin password is in your values',
  defaultKeystores: 'WARNING: the servers use the default keystores shipped in the product image',
  exampleHost: /WARNING: \w+\.ingress\.host is the example host [\w.-]+\.wso2\.local/,
  evaluationDatabase: /WARNING: (every role shares the evaluation database|the evaluation databases are)/,
};

describe.each(notesHelms.flatMap((helm) => charts.map((c) => ({ ...c, helm, label: `${c.chart.name} ${helm.name}` }))))('$label NOTES', ({ chart, production, helm }) => {
  // A chart whose defaults do not install (the ESB images need a registry) is checked with its values.
  const base = chart.requiredValues.length > 0 ? ['--values', path.join(chart.dir, 'ci', path.basename(chart.scenarios.find((s) => s.valuesFile && !s.name.endsWith('-production'))!.valuesFile!))] : [];

  it('warns about each evaluation-only default', async () => {
    const text = await notes(helm, chart.dir, base);
    expect(text).toContain(warnings.generatedPassword);
    expect(text).not.toContain(warnings.passwordInValues);
    expect(text).toContain(warnings.defaultKeystores);
    if (readFileSync(path.join(chart.dir, 'values.yaml'), 'utf8').includes('\ndatabase:')) expect(text).toMatch(warnings.evaluationDatabase);
  });

  it('warns about a password in values and example Ingress hosts', async () => {
    const ingress = (chart.name === 'apim' ? ['store'] : chart.name === 'esb' ? ['manager'] : chart.name === 'apim-all-in-one' ? ['apim'] : ['controlPlane']).map((c) => `${c}.ingress.enabled=true`);
    const text = await notes(helm, chart.dir, [...base, '--set', 'adminCredentials.password=not-a-secret', ...ingress.flatMap((s) => ['--set', s])]);
    expect(text).toContain(warnings.passwordInValues);
    expect(text).not.toContain(warnings.generatedPassword);
    expect(text).toMatch(warnings.exampleHost);
  });

  it('warns about nothing with the production values', async () => {
    const text = await notes(helm, chart.dir, ['--values', production!.valuesFile!]);
    expect(text).not.toContain('WARNING');
    expect(text).toMatch(/https:\/\/[\w.-]+\.example\.com\//);
  });
});
