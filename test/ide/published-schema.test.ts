import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { valuesSchemaPath, valuesSchemaUrl } from '../../generator/model/repository.ts';
import { pinnedHelms } from '../../generator/tools/helm.ts';
import { listCharts } from '../../generator/tools/charts.ts';
import { repoRoot } from '../../generator/tools/paths.ts';
import { publishToRepo } from '../../publish/chart-repo.ts';
import { packageCharts } from '../../publish/package-charts.ts';
import { makeThrowawayKey, serveDirectory, tempDir, type Served } from '../publish/helpers.ts';
import { YamlLanguageClient } from './language-client.ts';

/**
 * A user's own values file, outside any chart, checked by the real yaml-language-server
 * against the schema the publishing step put beside index.yaml: the charts are packaged,
 * published into a repository directory, and that directory served over real HTTP (as
 * GitHub Pages serves it); the file's modeline points at the published schema by URL.
 */

const charts = listCharts();
const [helm3] = pinnedHelms();
let work: string;
let repoDir: string;
let site: Served;
let client: YamlLanguageClient;

beforeAll(async () => {
  work = tempDir('ide-published');
  const key = makeThrowawayKey(work);
  const packages = await packageCharts(
    charts.map((c) => c.dir),
    { outDir: path.join(work, 'dist'), key: { name: key.name, keyring: key.secring }, helmBin: helm3!.bin },
  );
  repoDir = path.join(work, 'site');
  await publishToRepo(packages, { repoDir, helmBin: helm3!.bin });
  site = await serveDirectory(repoDir);
  client = await YamlLanguageClient.start();
}, 180_000);
afterAll(async () => {
  await client?.stop();
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Schema {
  readonly $id?: string;
  readonly properties?: Readonly<Record<string, { readonly properties?: Readonly<Record<string, unknown>> }>>;
}

describe.each(charts.map((chart) => [chart.name, chart] as const))('the published values schema of %s', (_name, chart) => {
  const { version } = parse(readFileSync(path.join(chart.dir, 'Chart.yaml'), 'utf8')) as { version: string };
  const local = JSON.parse(readFileSync(path.join(chart.dir, 'values.schema.json'), 'utf8')) as Schema;
  /** The first component: a root key with replicas and probes. */
  const component = Object.entries(local.properties ?? {}).find(([, node]) => ['replicaCount', 'livenessProbe'].every((key) => node.properties?.[key] !== undefined))?.[0] ?? '';
  /** A values file of the user's, in a folder of their own (no chart, no values.schema.json beside it). */
  const userFile = (): string => {
    const dir = path.join(work, 'my-deployment', chart.name);
    mkdirSync(dir, { recursive: true });
    return path.join(dir, 'my-values.yaml');
  };

  it('is served at the URL its $id names, below the repository, byte for byte the chart\'s', async () => {
    expect(local.$id).toBe(valuesSchemaUrl(chart.name, version));
    expect(local.$id?.endsWith(`/${valuesSchemaPath(chart.name, version)}`)).toBe(true);
    const response = await fetch(`${site.url}/${valuesSchemaPath(chart.name, version)}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(readFileSync(path.join(chart.dir, 'values.schema.json'), 'utf8'));
  });

  it('is the URL the chart README tells users to put in their modeline', () => {
    const readme = readFileSync(path.join(chart.dir, 'README.md'), 'utf8');
    expect(readme).toContain(`# yaml-language-server: $schema=${valuesSchemaUrl(chart.name, version)}\n`);
  });

  it.each([
    ['over HTTP', () => `${site.url}/${valuesSchemaPath(chart.name, version)}`],
    ['as a file:// URL', () => pathToFileURL(path.join(repoDir, valuesSchemaPath(chart.name, version))).href],
  ] as const)('checks a user\'s values file whose modeline points at it %s', async (_how, schemaUrl) => {
    expect(component, 'the chart has a component').not.toBe('');
    const modeline = `# yaml-language-server: $schema=${schemaUrl()}`;
    const file = userFile();
    const requestsBefore = site.requests.length;

    const clean = [modeline, `${component}:`, '  replicaCount: 1', '  livenessProbe:', '    periodSeconds: 20', ''].join('\n');
    const opened = client.open(file, clean);
    expect(await client.diagnostics(opened.uri)).toEqual([]);

    // A misspelt key of the chart and one inside a Kubernetes-shaped value (a $ref into the schema's definitions).
    const misspelt = [modeline, `${component}:`, '  replicaCont: 1', '  livenessProbe:', '    periodSecond: 20', ''].join('\n');
    const { uri } = client.open(file, misspelt);
    const diagnostics = await client.diagnostics(uri);
    const at = (line: number): string => diagnostics.filter((d) => d.range.start.line === line).map((d) => d.message).join('\n');
    expect(at(2), JSON.stringify(diagnostics)).toContain('replicaCont');
    expect(at(4), JSON.stringify(diagnostics)).toContain('periodSecond');
    expect(diagnostics).toHaveLength(2);
    // Over HTTP, the server really fetched the schema from the served repository.
    if (schemaUrl().startsWith('http:')) expect(site.requests.slice(requestsBefore)).toContain(`/${valuesSchemaPath(chart.name, version)}`);
  });
});

it('the main README\'s modeline example names a current chart version\'s schema URL', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const examples = [...readme.matchAll(/^# yaml-language-server: \$schema=(\S+)$/gm)].map((m) => m[1]);
  expect(examples.length).toBeGreaterThan(0);
  const current = charts.map((chart) => valuesSchemaUrl(chart.name, (parse(readFileSync(path.join(chart.dir, 'Chart.yaml'), 'utf8')) as { version: string }).version));
  for (const url of examples) expect(current).toContain(url);
});
