import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCharts } from '../../generator/tools/charts.ts';
import { pinnedHelms } from '../../generator/tools/helm.ts';
import type { Helm } from '../../generator/tools/helm.ts';
import { repoRoot, toolsBin } from '../../generator/tools/paths.ts';
import { readChartMeta } from '../../publish/chart-meta.ts';
import type { ChartMeta } from '../../publish/chart-meta.ts';
import { publishToRepo } from '../../publish/chart-repo.ts';
import { pushToRegistry } from '../../publish/oci.ts';
import { packageCharts } from '../../publish/package-charts.ts';
import type { ChartPackage } from '../../publish/package-charts.ts';
import { runTool } from '../../publish/run.ts';
import type { ToolResult } from '../../publish/run.ts';
import { isolatedHelmEnv, makeThrowawayKey, serveDirectory, startRegistry, tempDir } from './helpers.ts';
import type { LocalRegistry, Served, ThrowawayKey } from './helpers.ts';

/**
 * What a user does: add the published repository (classic over HTTP, or OCI), find
 * the charts, and install one with its signature verified, with helm v3 and v4.
 */
const helms = pinnedHelms();
const charts = listCharts().map((chart) => ({ dir: chart.dir, meta: readChartMeta(chart.dir) }));
// Namespaces of an earlier, interrupted run may still be terminating.
const runId = randomBytes(3).toString('hex');
const kubectl = existsSync(path.join(toolsBin, 'kubectl')) ? path.join(toolsBin, 'kubectl') : 'kubectl';

function requireCluster(): string {
  const kubeconfig = process.env['KUBECONFIG'];
  if (!kubeconfig || !existsSync(kubeconfig)) {
    throw new Error(
      `KUBECONFIG is ${kubeconfig ? `${kubeconfig}, which does not exist` : 'not set'}: install tests need the project's cluster. ` +
        'Run them through `bash scripts/test.sh`, which starts it, or `scripts/cluster up` and export the KUBECONFIG it prints.',
    );
  }
  return kubeconfig;
}

/** A namespace that enforces (and warns on) the restricted Pod Security level; deleted by the returned function. */
function restrictedNamespace(name: string): () => void {
  execFileSync(kubectl, ['create', 'namespace', name], { stdio: 'pipe' });
  execFileSync(kubectl, ['label', 'namespace', name, 'pod-security.kubernetes.io/enforce=restricted', 'pod-security.kubernetes.io/warn=restricted'], {
    stdio: 'pipe',
  });
  return () => execFileSync(kubectl, ['delete', 'namespace', name, '--wait=false'], { stdio: 'pipe' });
}

const show = (r: ToolResult): string => `${r.stdout}\n${r.stderr}`.trim();

describe('publishing end to end: helm repo add, search and install --verify', () => {
  let work: string;
  let key: ThrowawayKey;
  let packages: ChartPackage[];
  let site: Served;
  let registry: LocalRegistry;
  const helmEnv = (helm: Helm): Record<string, string> => isolatedHelmEnv(path.join(work, `home-${helm.name}`));
  const helmRun = (helm: Helm, args: string[]): Promise<ToolResult> => runTool(helm.bin, args, { env: helmEnv(helm) });
  const deployedReleases = async (helm: Helm, namespace: string): Promise<{ name: string; chart: string; status: string }[]> => {
    const list = await helmRun(helm, ['list', '--namespace', namespace, '--output', 'json']);
    if (!list.ok) throw new Error(`helm list in ${namespace} failed: ${show(list)}`);
    return (JSON.parse(list.stdout) as { name: string; chart: string; status: string }[]).map(({ name, chart, status }) => ({ name, chart, status }));
  };
  const apim = (): ChartMeta => {
    const chart = charts.find((c) => c.meta.name === 'apim');
    if (!chart) throw new Error(`charts/apim not found (charts: ${charts.map((c) => c.meta.name).join(', ') || 'none'}): run \`npm run generate\``);
    return chart.meta;
  };

  beforeAll(async () => {
    work = tempDir('e2e');
    key = makeThrowawayKey(work);
    packages = await packageCharts(
      charts.map((c) => c.dir),
      { outDir: path.join(work, 'dist'), key: { name: key.name, keyring: key.secring }, helmBin: helms[0]!.bin },
    );
    const repoDir = path.join(work, 'site');
    await publishToRepo(packages, { repoDir, helmBin: helms[0]!.bin, artifactHubRepoFile: path.join(repoRoot, 'releases', 'artifacthub-repo.yml') });
    site = await serveDirectory(repoDir);
    registry = startRegistry(path.join(work, 'registry'));
    await pushToRegistry(packages, { registry: `oci://${registry.address}/wso2`, helmBin: helms[0]!.bin, plainHttp: true });
  });
  afterAll(async () => {
    await site?.close();
    registry?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('packages every chart, including apim, signed so that every pinned helm verifies it', async () => {
    expect(packages.map((p) => p.name)).toContain(apim().name);
    expect(packages.map((p) => `${p.name}-${p.version}`)).toEqual(charts.map((c) => `${c.meta.name}-${c.meta.version}`));
    for (const helm of helms) {
      for (const pkg of packages) {
        const verify = await helmRun(helm, ['verify', pkg.tgz, '--keyring', key.pubring]);
        expect(verify.ok, `${helm.name} verify ${pkg.tgz}: ${show(verify)}`).toBe(true);
        expect(verify.stdout + verify.stderr).toContain(key.fingerprint);
      }
    }
  });

  describe.each(helms.map((helm) => ({ helm, name: helm.name })))('$name', ({ helm }) => {
    it('adds the repository over HTTP and lists every chart with its version and description', async () => {
      const add = await helmRun(helm, ['repo', 'add', 'wso2', site.url]);
      expect(add.ok, show(add)).toBe(true);
      const update = await helmRun(helm, ['repo', 'update']);
      expect(update.ok, show(update)).toBe(true);
      const search = await helmRun(helm, ['search', 'repo', 'wso2', '--output', 'json']);
      expect(search.ok, show(search)).toBe(true);
      const found = (JSON.parse(search.stdout) as { name: string; version: string; description: string }[])
        .map(({ name, version, description }) => ({ name, version, description }))
        .sort((a, b) => a.name.localeCompare(b.name));
      const expected = charts
        .map(({ meta }) => ({ name: `wso2/${meta.name}`, version: meta.version, description: meta.description }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(found).toEqual(expected);
      expect(site.requests).toContain('/index.yaml');
    });

    it('renders wso2/apim from the repository only after verifying its signature', async () => {
      const template = await helmRun(helm, ['template', 'verified', 'wso2/apim', '--verify', '--keyring', key.pubring]);
      expect(template.ok, show(template)).toBe(true);
      expect(template.stdout).toMatch(/^kind: Deployment$/m);
      const other = makeThrowawayKey(path.join(work, `stranger-${helm.name}`), 'Stranger');
      const refused = await helmRun(helm, ['template', 'unverified', 'wso2/apim', '--verify', '--keyring', other.pubring]);
      expect(refused.ok, 'a chart signed by another key must not render with --verify').toBe(false);
    });

    /** Installs apim with --verify into a fresh restricted namespace, checks the release, removes it. */
    async function installVerified(namespace: string, chartArgs: readonly string[]): Promise<void> {
      requireCluster();
      const release = 'apim';
      const removeNamespace = restrictedNamespace(namespace);
      try {
        const install = await helmRun(helm, [
          'install', release, ...chartArgs, '--namespace', namespace, '--verify', '--keyring', key.pubring, '--wait', '--timeout', '5m',
        ]);
        expect(install.ok, show(install)).toBe(true);
        expect(install.stderr).not.toMatch(/would violate PodSecurity/);
        expect(await deployedReleases(helm, namespace)).toEqual([{ name: release, chart: `apim-${apim().version}`, status: 'deployed' }]);
      } finally {
        await helmRun(helm, ['uninstall', release, '--namespace', namespace, '--wait']);
        removeNamespace();
      }
    }

    it('installs wso2/apim --verify from the classic repository into a restricted namespace', async () => {
      await installVerified(`publish-repo-${helm.name}-${runId}`, ['wso2/apim']);
    });

    it('installs apim --verify from the OCI registry into a restricted namespace', async () => {
      await installVerified(`publish-oci-${helm.name}-${runId}`, [
        `oci://${registry.address}/wso2/apim`, '--version', apim().version, '--plain-http',
      ]);
    });
  });
});
