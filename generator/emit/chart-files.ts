import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChartModel } from '../model/chart-model.ts';
import { secretKeys } from '../model/secret-keys.ts';
import { nonDeletablePaths } from '../model/values-tree.ts';
import { repoRoot } from '../tools/paths.ts';
import { renderChartTemplate } from './handlebars.ts';
import { productionSection, scenarioFileText } from './production.ts';
import { valueRows } from './readme.ts';
import { valuesSchema } from './values-schema.ts';
import { valuesYaml } from './values-yaml.ts';
import { toYamlText } from './yaml-text.ts';

/** Generated files of one chart, by path relative to the chart directory. */
export type ChartFiles = ReadonlyMap<string, string>;

const templateRoot = path.join(repoRoot, 'generator', 'templates', 'chart');

function templateSources(dir: string = templateRoot): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? templateSources(full) : entry.name.endsWith('.hbs') ? [full] : [];
    })
    .sort();
}

/** Database support as template data: Helm dict literals the templates index by engine. */
function databaseTemplateData(db: NonNullable<ChartModel['databaseSupport']>): Record<string, unknown> {
  const dict = (entries: [string, string][]): string => `(dict ${entries.map(([k, v]) => `${JSON.stringify(k)} ${JSON.stringify(v)}`).join(' ')})`;
  const engines = Object.entries(db.engines);
  return {
    ...db,
    typeByEngine: dict(engines.map(([engine, e]) => [engine, e.type])),
    driverByEngine: dict(engines.map(([engine, e]) => [engine, e.driver])),
    portByEngine: dict(engines.map(([engine, e]) => [engine, String(e.defaultPort)])),
    evaluationScripts: db.evaluation.embedded ? [] : Object.entries(db.scripts[db.evaluation.engine] ?? {}).map(([key, scripts]) => ({ key, scripts })),
  };
}

/**
 * The values naming a Secret the chart otherwise generates with a random value that it reads
 * back with `lookup` on upgrade (see generatedSecret in _helpers.tpl): offline renders
 * (helm template, Argo CD, Flux) cannot look up, so they need these set.
 */
function generatedSecrets(model: ChartModel): string[] {
  return [
    'adminCredentials.existingSecret',
    ...(model.hasDatabases && model.databaseSupport && !model.databaseSupport.evaluation.embedded ? ['database.existingSecret'] : []),
    ...(model.encryptionKey ? ['encryptionKey.existingSecret'] : []),
    ...(model.artifactPath ? ['artifactSync.rsync.existingSecret'] : []),
  ];
}

/** Emits every file of the chart. Pure apart from reading the template sources. */
export function emitChart(model: ChartModel): ChartFiles {
  const files = new Map<string, string>();
  const data = {
    chart: model.name,
    productDisplayName: model.productDisplayName,
    whichChart: model.whichChart,
    components: model.components,
    chartYaml: model.chartYaml,
    values: valueRows(model),
    artifactPath: model.artifactPath,
    artifactSource: model.artifactSource,
    hasDatabases: model.hasDatabases,
    databaseComponents: model.components.filter((c) => c.usesDatabases).map((c) => c.key),
    toml: model.configFormat === 'toml',
    image: model.image,
    database: model.databaseSupport && databaseTemplateData(model.databaseSupport),
    clustering: { ...model.clustering, env: Object.entries(model.clustering.env).map(([name, value]) => ({ name, value })) },
    encryptionKey: model.encryptionKey,
    contractFile: `products/${model.productName}-${model.chartYaml['appVersion'] as string}.ts`,
    requiredValues: model.requiredValues,
    links: model.links,
    secretKeys,
    production: productionSection(model),
    // Secrets whose generated content is read back with lookup: GitOps renders need existingSecret instead.
    generatedSecrets: generatedSecrets(model),
    // Helm list literals, one path per line, for the null check in _validate.tpl.
    nonDeletablePaths: [...nonDeletablePaths(model.values)].map((p) => `(list ${p.map((key) => JSON.stringify(key)).join(' ')})`),
  };
  files.set('Chart.yaml', toYamlText(model.chartYaml));
  files.set('values.yaml', valuesYaml(model.values));
  files.set('values.schema.json', `${JSON.stringify(valuesSchema(model.values, `Values of the ${model.name} chart`, model.links.valuesSchema), null, 2)}\n`);
  for (const source of templateSources()) {
    const relative = path.relative(templateRoot, source).replace(/\.hbs$/, '');
    const content = renderChartTemplate(readFileSync(source, 'utf8'), relative, data);
    // A template that only applies to other patterns (e.g. artifact sync) is left out.
    if (content.trim() !== '') files.set(relative.split(path.sep).join('/'), content);
  }
  for (const scenario of model.scenarios) files.set(`ci/${scenario.fileName}`, scenarioFileText(scenario));
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
