import { instance, type Viz } from '@viz-js/viz';
import type { ChartModel, ComponentModel } from '../model/chart-model.ts';

/**
 * The chart's architecture diagram (diagram.svg), in the spirit of the reference
 * architecture's figures 16 and 17: inside the release's namespace, each component is a
 * box holding its Service and its controller (with its autoscaler), reached from outside
 * through its Ingress/HTTPRoute; artifact sync runs from the source component to its
 * targets; the database-using components share the database.
 *
 * `diagramDot` builds the Graphviz graph from the chart model (pure); `renderDiagram`
 * lays it out with Graphviz compiled to WebAssembly (@viz-js/viz, pinned exactly), whose
 * output is the same bytes for the same graph: no timestamps, ids in graph order.
 */

/**
 * Helvetica: a font Graphviz has metrics for without fontconfig, so text widths (and the
 * layout) do not depend on the fonts of the machine that generates; SVG viewers fall back
 * to Arial or any sans-serif font of about the same width.
 */
const font = 'Helvetica';

const colors = {
  ink: '#1f2d3d',
  muted: '#5f6b7a',
  release: '#f4f7fb',
  component: '#ffffff',
  componentOff: '#f7f7f7',
  service: '#dcecff',
  workload: '#e3f4e1',
  autoscaler: '#fff4d6',
  route: '#efe4ff',
  database: '#ffe7dc',
  traffic: '#2b6cb0',
  sync: '#d9480f',
  data: '#a0522d',
} as const;

/** A DOT quoted string: backslashes and quotes escaped, `\n` kept as Graphviz's centred line break. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

function attributes(attrs: Readonly<Record<string, string | number>>): string {
  const list = Object.entries(attrs).map(([key, value]) => `${key}=${typeof value === 'number' ? String(value) : quote(value)}`);
  return list.length > 0 ? ` [${list.join(', ')}]` : '';
}

/** The component's name in a few words: its description up to the first `:`, `;` or sentence end. */
export function shortTitle(component: ComponentModel): string {
  const head = component.description.split(/[:;]|\.(?:\s|$)/)[0]?.trim() ?? '';
  return head.length > 0 && head.length <= 48 ? head : component.key;
}

const id = {
  component: (c: ComponentModel) => `cluster_${c.key}`,
  service: (c: ComponentModel) => `svc_${c.key}`,
  workload: (c: ComponentModel) => `pods_${c.key}`,
  autoscaler: (c: ComponentModel) => `hpa_${c.key}`,
  route: (c: ComponentModel, index: number) => `route_${c.key}_${index}`,
};

function podsText(c: ComponentModel): string {
  if (c.autoscaling?.enabledByDefault) return `${c.autoscaling.minReplicas}–${c.autoscaling.maxReplicas} pods (autoscaled)`;
  return `${c.replicas} pod${c.replicas === 1 ? '' : 's'}`;
}

function componentLines(model: ChartModel, c: ComponentModel): string[] {
  const lines: string[] = [];
  const resource = `<release>-${model.name}-${c.name}`;
  lines.push(`  subgraph ${id.component(c)} {`);
  lines.push(
    `    graph${attributes({
      label: `${shortTitle(c)}\n${c.key}${c.enabledByDefault ? '' : ' (off by default)'}`,
      style: c.enabledByDefault ? 'rounded,filled' : 'rounded,filled,dashed',
      fillcolor: c.enabledByDefault ? colors.component : colors.componentOff,
      color: colors.muted,
      fontsize: 11,
    })};`,
  );
  const ports = c.ports.map((p) => `${p.name} ${p.port}`).join('\n');
  lines.push(`    ${id.service(c)}${attributes({ label: `Service ${resource}\n${c.serviceType}\n${ports}`, shape: 'box', style: 'rounded,filled', fillcolor: colors.service })};`);
  const role = c.profile ? `${c.role} (profile ${c.profile})` : c.role;
  const calls = c.needs.length > 0 ? `\nneeds ${c.needs.join(', ')}` : '';
  lines.push(`    ${id.workload(c)}${attributes({ label: `${c.controller} ${resource}\n${role}\n${podsText(c)}${calls}`, shape: 'box3d', style: 'filled', fillcolor: colors.workload })};`);
  if (c.autoscaling) {
    const state = c.autoscaling.enabledByDefault ? 'on by default' : 'off by default';
    lines.push(`    ${id.autoscaler(c)}${attributes({ label: `HorizontalPodAutoscaler\n${c.autoscaling.minReplicas}–${c.autoscaling.maxReplicas} pods, ${state}`, shape: 'note', style: 'filled', fillcolor: colors.autoscaler })};`);
  }
  lines.push('  }');
  return lines;
}

function databaseLabel(model: ChartModel, users: number): string {
  const db = model.databaseSupport;
  if (!db) return 'Product databases';
  const engines = Object.keys(db.engines).filter((engine) => engine !== db.evaluation.engine);
  const evaluation = db.evaluation.embedded
    ? `evaluation: ${db.evaluation.engine} inside the pod`
    : `evaluation: one ${db.evaluation.engine} server in the release`;
  return `${users > 1 ? 'Shared database' : 'Database'}\n${evaluation}\nproduction: external ${engines.join(', ')}`;
}

function syncLabel(model: ChartModel): string {
  const sync = model.artifactSync;
  if (!sync) return '';
  return sync.inbuilt ? 'artifact sync\n(rsync or shared volume;\ninbuilt: through the database)' : 'artifact sync\n(rsync or shared volume)';
}

/** The Graphviz (DOT) graph of the chart: deterministic text, components in pattern order. */
export function diagramDot(model: ChartModel): string {
  const version = String(model.chartYaml['version'] ?? '');
  const appVersion = String(model.chartYaml['appVersion'] ?? '');
  const out: string[] = [];
  out.push(`digraph ${quote(model.name)} {`);
  out.push(
    `  graph${attributes({
      label: `${model.name} ${version}: ${model.productDisplayName} ${appVersion}`,
      labelloc: 't',
      fontname: font,
      fontsize: 14,
      fontcolor: colors.ink,
      rankdir: 'TB',
      newrank: 'true',
      compound: 'true',
      nodesep: 0.3,
      ranksep: 0.5,
      pad: 0.2,
      bgcolor: 'white',
    })};`,
  );
  // Wide margins: viewers without Helvetica draw the text a little wider than it was laid out for.
  out.push(`  node${attributes({ fontname: font, fontsize: 10, fontcolor: colors.ink, color: colors.muted, penwidth: 1, margin: '0.2,0.06' })};`);
  out.push(`  edge${attributes({ fontname: font, fontsize: 9, fontcolor: colors.muted, color: colors.traffic, arrowsize: 0.7 })};`);
  out.push(`  clients${attributes({ label: 'Users and API clients', shape: 'oval', style: 'filled', fillcolor: '#ffffff' })};`);

  out.push('  subgraph cluster_release {');
  out.push(`    graph${attributes({ label: `Namespace of the release (resources named <release>-${model.name}-<component>)`, style: 'rounded,filled', fillcolor: colors.release, color: colors.muted, fontsize: 11 })};`);

  const routed = model.components.filter((c) => c.routes.length > 0);
  for (const c of routed) {
    c.routes.forEach((route, index) => {
      out.push(`  ${id.route(c, index)}${attributes({ label: `Ingress or HTTPRoute, when enabled\nhttps://${route.host}${route.path}`, shape: 'cds', style: 'filled', fillcolor: colors.route })};`);
    });
  }
  for (const c of model.components) out.push(...componentLines(model, c).map((line) => `  ${line}`));
  const databaseUsers = model.hasDatabases ? model.components.filter((c) => c.usesDatabases) : [];
  if (databaseUsers.length > 0) {
    out.push(`    database${attributes({ label: databaseLabel(model, databaseUsers.length), shape: 'cylinder', style: 'filled', fillcolor: colors.database })};`);
  }
  out.push('  }');

  // Traffic: clients → route → Service → pods.
  for (const c of routed) {
    c.routes.forEach((route, index) => {
      out.push(`  clients -> ${id.route(c, index)};`);
      out.push(`  ${id.route(c, index)} -> ${id.service(c)}${attributes({ label: route.port })};`);
    });
  }
  for (const c of model.components) {
    out.push(`  ${id.service(c)} -> ${id.workload(c)};`);
    if (c.autoscaling) out.push(`  ${id.autoscaler(c)} -> ${id.workload(c)}${attributes({ label: 'scales', style: 'dashed', color: colors.muted, arrowhead: 'vee' })};`);
  }
  const byKey = new Map(model.components.map((c) => [c.key, c]));
  const sync = model.artifactSync;
  if (sync) {
    const source = byKey.get(sync.source);
    for (const targetKey of sync.targets) {
      const target = byKey.get(targetKey);
      if (source && target) {
        out.push(`  ${id.workload(source)} -> ${id.workload(target)}${attributes({ label: syncLabel(model), style: 'bold', color: colors.sync, fontcolor: colors.sync })};`);
      }
    }
  }
  for (const c of databaseUsers) out.push(`  ${id.workload(c)} -> database${attributes({ color: colors.data, arrowhead: 'none' })};`);

  // Legend, under the release: only what the diagram shows.
  const legend = [
    'Blue: traffic to each Service and its pods',
    ...(sync ? ['Orange: artifact sync'] : []),
    ...(databaseUsers.length > 0 ? ['Brown: database connections'] : []),
    ...(model.components.some((c) => !c.enabledByDefault) ? ['Dashed box: off by default'] : []),
  ];
  out.push(`  legend${attributes({ label: legend.join('\n'), shape: 'plaintext', fontsize: 9, fontcolor: colors.muted })};`);
  const lowest = databaseUsers.length > 0 ? 'database' : model.components[0] ? id.workload(model.components[0]) : 'clients';
  out.push(`  ${lowest} -> legend${attributes({ style: 'invis' })};`);
  out.push('}');
  return `${out.join('\n')}\n`;
}

let viz: Promise<Viz> | undefined;

/** Lays the graph out and draws it as SVG with Graphviz's dot engine. */
export async function renderDiagram(dot: string): Promise<string> {
  viz ??= instance();
  const svg = (await viz).renderString(dot, { format: 'svg', engine: 'dot' });
  return svg.endsWith('\n') ? svg : `${svg}\n`;
}

/** diagram.svg of the chart. */
export async function diagramSvg(model: ChartModel): Promise<string> {
  return renderDiagram(diagramDot(model));
}
