import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { diagramDot, renderDiagram, shortTitle } from '../../generator/emit/diagram.ts';
import type { ChartFiles } from '../../generator/emit/chart-files.ts';
import type { ChartModel } from '../../generator/model/chart-model.ts';
import { normalize } from '../../generator/model/normalize.ts';
import { loadPattern } from '../../generator/pattern/load.ts';
import { validatePattern } from '../../generator/pattern/validate.ts';
import { buildCharts, defaultPatternFiles } from '../../generator/pipeline.ts';
import { repoRoot } from '../../generator/tools/paths.ts';

/** Every text of an SVG document, each <text> element's content once, in document order. */
function svgTexts(svg: string): string[] {
  const texts: string[] = [];
  const walk = (node: unknown, name?: string): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child, name);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
        if (key === 'text' && (typeof child === 'string' || typeof child === 'number')) texts.push(String(child));
        else if (key === '#text' && name === 'text') texts.push(String(child));
        else walk(child, key);
      }
    } else if (name === 'text' && node !== undefined) {
      texts.push(String(node));
    }
  };
  walk(new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(svg));
  return texts;
}

const patternFiles = defaultPatternFiles();
let models: Map<string, ChartModel>;
let first: Map<string, ChartFiles>;

beforeAll(async () => {
  models = new Map();
  for (const file of patternFiles) {
    const model = normalize(validatePattern(await loadPattern(file)));
    models.set(model.name, model);
  }
  first = await buildCharts(patternFiles);
}, 120_000);

describe('the architecture diagram of each chart', () => {
  it('exists for every chart, as the committed charts/<chart>/diagram.svg', () => {
    expect([...first.keys()].sort()).toEqual([...models.keys()].sort());
    for (const [chart, files] of first) {
      expect(files.get('diagram.svg'), chart).toBe(readFileSync(path.join(repoRoot, 'charts', chart, 'diagram.svg'), 'utf8'));
    }
  });

  it('is well-formed SVG that names every component, its Service, controller, routes, autoscaler, artifact sync and database', () => {
    for (const [chart, model] of models) {
      const svg = first.get(chart)?.get('diagram.svg') ?? '';
      expect(XMLValidator.validate(svg), chart).toBe(true);
      const root = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg?: { '@_xmlns'?: string } };
      expect(root.svg?.['@_xmlns'], chart).toBe('http://www.w3.org/2000/svg');
      const text = svgTexts(svg).join('\n');
      for (const c of model.components) {
        expect(text, `${chart}: ${c.key}`).toContain(c.key);
        expect(text, `${chart}: ${c.key} title`).toContain(shortTitle(c));
        expect(text, `${chart}: Service of ${c.key}`).toContain(`Service <release>-${chart}-${c.name}`);
        expect(text, `${chart}: controller of ${c.key}`).toContain(`${c.controller} <release>-${chart}-${c.name}`);
        for (const port of c.ports) expect(text, `${chart}: ${c.key} port ${port.name}`).toContain(`${port.name} ${port.port}`);
        for (const route of c.routes) expect(text, `${chart}: route of ${c.key}`).toContain(`https://${route.host}${route.path}`);
        if (c.autoscaling) expect(text, `${chart}: HPA of ${c.key}`).toContain(`${c.autoscaling.minReplicas}–${c.autoscaling.maxReplicas} pods`);
        if (!c.enabledByDefault) expect(text, `${chart}: ${c.key} off`).toContain(`${c.key} (off by default)`);
      }
      expect(text.includes('artifact sync'), `${chart}: artifact sync`).toBe(model.artifactSync !== null);
      const usesDatabase = model.hasDatabases && model.components.some((c) => c.usesDatabases);
      expect(/\b(Shared database|Database)\b/.test(text), `${chart}: database`).toBe(usesDatabase);
      expect(text, chart).toContain(`${chart} ${String(model.chartYaml['version'])}`);
    }
  });

  it('draws one edge per traffic hop, artifact sync target and database user', () => {
    for (const [chart, model] of models) {
      const dot = diagramDot(model);
      const edges = dot.split('\n').filter((line) => line.includes(' -> ') && !line.includes('invis'));
      const routes = model.components.reduce((n, c) => n + c.routes.length, 0);
      const hpas = model.components.filter((c) => c.autoscaling).length;
      const syncs = model.artifactSync?.targets.length ?? 0;
      const dbUsers = model.hasDatabases ? model.components.filter((c) => c.usesDatabases).length : 0;
      expect(edges.length, chart).toBe(2 * routes + model.components.length + hpas + syncs + dbUsers);
    }
  });

  it('is deterministic: two generations are byte-identical, and building the graph changes nothing', async () => {
    const second = await buildCharts(patternFiles);
    for (const [chart, files] of first) expect(second.get(chart)?.get('diagram.svg'), chart).toBe(files.get('diagram.svg'));
    for (const model of models.values()) {
      const frozen = structuredClone(model);
      const dot = diagramDot(model);
      expect(diagramDot(model)).toBe(dot);
      expect(model).toEqual(frozen);
      expect(await renderDiagram(dot)).toBe(await renderDiagram(dot));
    }
  });

  it('has no timestamps or random ids: only graph-order ids and the pinned Graphviz version', () => {
    const pinned = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies['@viz-js/viz'];
    expect(pinned, '@viz-js/viz pinned to an exact version').toMatch(/^\d+\.\d+\.\d+$/);
    for (const [chart, files] of first) {
      const svg = files.get('diagram.svg') ?? '';
      const ids = [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
      expect(ids.every((id) => /^(graph|node|edge|clust)\d+$/.test(id)), `${chart}: ${ids.filter((id) => !/^(graph|node|edge|clust)\d+$/.test(id)).join(', ')}`).toBe(true);
      expect(svg, chart).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    }
  });
});
