import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCharts } from '../../generator/tools/charts.ts';
import { repoRoot } from '../../generator/tools/paths.ts';
import { plainText, YamlLanguageClient, type CompletionItem } from './language-client.ts';

/**
 * Editing a chart's values in an IDE: the real yaml-language-server, told nothing but what the
 * files' `# yaml-language-server: $schema=` modelines say, completes, checks and explains values.
 */

interface SchemaNode {
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly definitions?: Readonly<Record<string, SchemaNode>>;
}

const charts = listCharts();
let client: YamlLanguageClient;

beforeAll(async () => {
  client = await YamlLanguageClient.start();
});
afterAll(async () => {
  await client.stop();
});

/** A component: a root key whose object can be switched off. */
function firstComponent(schema: SchemaNode): [string, SchemaNode] {
  const found = Object.entries(schema.properties ?? {}).find(([, node]) => node.properties?.['enabled'] !== undefined);
  if (!found) throw new Error('the chart has no component (no root object with `enabled`)');
  return found;
}

/** Inserts lines right below the line `key:` at the root of the document. */
function insertBelowRootKey(text: string, key: string, lines: readonly string[]): { text: string; line: number } {
  const all = text.split('\n');
  const at = all.indexOf(`${key}:`);
  if (at === -1) throw new Error(`no root key ${key} in the document`);
  all.splice(at + 1, 0, ...lines);
  return { text: all.join('\n'), line: at + 1 };
}

/** The lines of `key:` and of its value: up to the next line indented no deeper than the key. */
function keyBlock(lines: readonly string[], key: string): { start: number; end: number } {
  const start = lines.findIndex((line) => !line.startsWith('#') && new RegExp(`^\\s*(- )?${key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:`).test(line));
  if (start === -1) throw new Error(`no line with the key ${key}`);
  const indent = (line: string) => line.length - line.trimStart().replace(/^- /, '').length;
  let end = start + 1;
  while (end < lines.length && (lines[end]!.trim() === '' || indent(lines[end]!) > indent(lines[start]!))) end += 1;
  return { start, end };
}

function lineOf(text: string, predicate: (line: string, index: number) => boolean): number {
  const index = text.split('\n').findIndex(predicate);
  if (index === -1) throw new Error('line not found');
  return index;
}

describe.each(charts.map((chart) => [chart.name, chart] as const))('yaml-language-server on %s', (_name, chart) => {
  const valuesFile = path.join(chart.dir, 'values.yaml');
  const valuesText = readFileSync(valuesFile, 'utf8');
  const schema = JSON.parse(readFileSync(path.join(chart.dir, 'values.schema.json'), 'utf8')) as SchemaNode;
  const [component, componentSchema] = firstComponent(schema);
  const componentKeys = Object.keys(componentSchema.properties ?? {});

  it('finds the schema through the modeline of values.yaml and every ci file, and accepts them', async () => {
    expect(valuesText.split('\n')[0]).toBe('# yaml-language-server: $schema=values.schema.json');
    const { uri } = client.open(valuesFile, valuesText);
    expect(await client.diagnostics(uri)).toEqual([]);
    for (const scenario of chart.scenarios) {
      if (!scenario.valuesFile) continue;
      const text = readFileSync(scenario.valuesFile, 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../values.schema.json');
      const opened = client.open(scenario.valuesFile, text);
      expect(await client.diagnostics(opened.uri), scenario.name).toEqual([]);
    }
  });

  it(`completes the keys of ${component} with their descriptions`, async () => {
    const edited = insertBelowRootKey(valuesText, component, ['  r']);
    const { uri } = client.open(valuesFile, edited.text);
    const result = await client.completion(uri, { line: edited.line, character: 3 });
    const items: CompletionItem[] = Array.isArray(result) ? result : (result?.items ?? []);
    const offered = new Map(items.map((item) => [item.label, plainText(item.documentation)]));
    for (const key of componentKeys) {
      expect(offered.has(key), `completion offers ${component}.${key}`).toBe(true);
      expect(offered.get(key), `${component}.${key} documentation`).toContain(componentSchema.properties?.[key]?.description);
    }
    // Keys of other levels are not offered here.
    expect(offered.has('nameOverride')).toBe(false);
  });

  it('reports a misspelt key, at the component and inside a Kubernetes-shaped value, on its line', async () => {
    const edited = insertBelowRootKey(valuesText, component, ['  replicaCont: 2']);
    const probeLine = lineOf(edited.text, (line, i) => i > edited.line && line === '  livenessProbe:');
    const lines = edited.text.split('\n');
    lines.splice(probeLine + 1, 0, '    periodSecond: 5');
    const { uri } = client.open(valuesFile, lines.join('\n'));
    const diagnostics = await client.diagnostics(uri);
    const at = (line: number) => diagnostics.filter((d) => d.range.start.line === line).map((d) => d.message).join('\n');
    expect(at(edited.line)).toContain('replicaCont');
    expect(at(probeLine + 1)).toContain('periodSecond');
    expect(diagnostics).toHaveLength(2);
  });

  it('reports a value of the wrong type on its line', async () => {
    const line = lineOf(valuesText, (text, i) => i > valuesText.split('\n').indexOf(`${component}:`) && text.startsWith('  replicaCount:'));
    const lines = valuesText.split('\n');
    lines[line] = '  replicaCount: two';
    const { uri } = client.open(valuesFile, lines.join('\n'));
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.range.start.line).toBe(line);
    expect(diagnostics[0]?.message).toMatch(/integer/);
  });

  it('shows the description of a key on hover', async () => {
    const { uri } = client.open(valuesFile, valuesText);
    const start = valuesText.split('\n').indexOf(`${component}:`);
    for (const key of ['replicaCount', 'autoscaling', 'livenessProbe'].filter((k) => componentKeys.includes(k))) {
      const line = lineOf(valuesText, (text, i) => i > start && text.startsWith(`  ${key}:`));
      const hover = await client.hover(uri, { line, character: 4 });
      expect(plainText(hover?.contents), `${component}.${key}`).toContain(componentSchema.properties?.[key]?.description);
    }
  });

  it('completes and explains the fields of a Kubernetes-shaped value from the embedded Kubernetes schema', async () => {
    const probe = schema.definitions?.['io.k8s.api.core.v1.Probe'];
    expect(probe, 'the Probe definition is embedded').toBeDefined();
    const start = valuesText.split('\n').indexOf(`${component}:`);
    const probeLine = lineOf(valuesText, (text, i) => i > start && text === '  livenessProbe:');
    const lines = valuesText.split('\n');
    lines.splice(probeLine + 1, 0, '    i');
    const { uri } = client.open(valuesFile, lines.join('\n'));
    const result = await client.completion(uri, { line: probeLine + 1, character: 5 });
    const items: CompletionItem[] = Array.isArray(result) ? result : (result?.items ?? []);
    const offered = new Map(items.map((item) => [item.label, plainText(item.documentation)]));
    for (const key of ['initialDelaySeconds', 'timeoutSeconds', 'grpc']) {
      expect(offered.get(key), `livenessProbe.${key}`).toContain(probe?.properties?.[key]?.description);
    }
    const opened = client.open(valuesFile, valuesText);
    const periodLine = lineOf(valuesText, (text, i) => i > probeLine && text.startsWith('    periodSeconds:'));
    const hover = await client.hover(opened.uri, { line: periodLine, character: 6 });
    expect(plainText(hover?.contents)).toContain(probe?.properties?.['periodSeconds']?.description);
  });

  it('flags every schema mistake of the bad-values catalog at the offending key', async () => {
    const dir = path.join(repoRoot, 'test', 'fixtures', 'bad-values', chart.name);
    const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.yaml')).sort() : [];
    for (const file of files) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const schemaCaught = /^# caught-by: schema$/m.test(text);
      const { uri } = client.open(path.join(dir, file), text);
      const diagnostics = await client.diagnostics(uri);
      if (!schemaCaught) {
        // Cross-field rules are beyond the schema: the file itself is well-formed values.
        expect(diagnostics, file).toEqual([]);
        continue;
      }
      expect(diagnostics.length, file).toBeGreaterThan(0);
      const lines = text.split('\n');
      for (const expected of [...text.matchAll(/^# expect: (.+)$/gm)].map((m) => m[1]!)) {
        const key = expected.split('.').filter((segment) => !/^\d+$/.test(segment)).pop()!;
        const block = keyBlock(lines, key);
        const inBlock = diagnostics.some((d) => d.range.start.line >= block.start && d.range.start.line < block.end);
        expect(inBlock, `${file}: a diagnostic at ${key} (lines ${block.start}-${block.end - 1}): ${JSON.stringify(diagnostics.map((d) => [d.range.start.line, d.message]))}`).toBe(true);
      }
    }
  });
});
