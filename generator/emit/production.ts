import type { ChartModel, ScenarioModel } from '../model/chart-model.ts';
import { secretKeys } from '../model/secret-keys.ts';
import type { ValueNode } from '../model/values-tree.ts';
import { toYamlText } from './yaml-text.ts';

/** The namespace the README's commands install into (as its Install section does). */
export const readmeNamespace = 'wso2';

/** A Secret the production scenario names, and the command that creates it with the keys the chart reads. */
export interface ProductionSecret {
  readonly name: string;
  readonly purpose: string;
  readonly command: string;
  /** The command indented to sit in a Markdown list item. */
  readonly commandInList: string;
}

export interface ProductionSection {
  /** The scenario's file under ci/, e.g. 20-production.yaml. */
  readonly fileName: string;
  readonly description: string;
  /** The scenario file, exactly as the generator writes it under ci/. */
  readonly valuesFile: string;
  readonly secrets: readonly ProductionSecret[];
}

/** A ci scenario file: the schema line, its description, its values. */
export function scenarioFileText(scenario: ScenarioModel): string {
  return `# yaml-language-server: $schema=../values.schema.json\n# ${scenario.description}\n${toYamlText(scenario.values)}`;
}

/** The chart's production scenario: the one whose name ends in `-production`. */
export function productionScenario(model: ChartModel): ScenarioModel | undefined {
  return model.scenarios.find((s) => /-production(-values)?\.ya?ml$/.test(s.fileName));
}

function at(value: unknown, path: readonly string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The chart default at a values path (undefined where the chart has no such value). */
function defaultAt(model: ChartModel, path: readonly string[]): unknown {
  let node: ValueNode | undefined = model.values;
  for (const key of path) {
    if (node?.kind !== 'object') return undefined;
    node = node.properties[key];
  }
  return node?.kind === 'leaf' ? node.default : undefined;
}

/** The scenario's value at a path, else the chart's default. */
function effective(model: ChartModel, values: unknown, path: readonly string[]): unknown {
  const value = at(values, path);
  return value === undefined ? defaultAt(model, path) : value;
}

const shell = (text: string): string => (/^[\w./:=@-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

function generic(name: string, entries: readonly string[]): string {
  return [`kubectl create secret generic ${shell(name)} --namespace ${readmeNamespace}`, ...entries].join(' \\\n  ');
}

/** The Secrets the production scenario names, with the keys the templates read from each. */
export function productionSecrets(model: ChartModel, values: unknown): Omit<ProductionSecret, 'commandInList'>[] {
  const secrets: Omit<ProductionSecret, 'commandInList'>[] = [];
  const named = (path: readonly string[]): string | undefined => {
    const name = at(values, path);
    return typeof name === 'string' && name !== '' ? name : undefined;
  };
  const admin = named(['adminCredentials', 'existingSecret']);
  if (admin) {
    secrets.push({
      name: admin,
      purpose: 'the super-admin user name and password (`adminCredentials.existingSecret`)',
      command: generic(admin, [`--from-literal=${secretKeys.admin.username}=admin`, `--from-literal=${secretKeys.admin.password}="$(openssl rand -base64 24)"`]),
    });
  }
  const database = model.hasDatabases ? named(['database', 'existingSecret']) : undefined;
  if (database) {
    secrets.push({
      name: database,
      purpose: 'the external database user and password (`database.existingSecret`)',
      command: generic(database, [`--from-literal=${secretKeys.database.username}=apimadmin`, `--from-literal=${secretKeys.database.password}='<database password>'`]),
    });
  }
  const keystores = named(['keystores', 'existingSecret']);
  if (keystores) {
    const files = effective(model, values, ['keystores', 'files']);
    if (!Array.isArray(files)) throw new Error(`${model.name}: keystores.files is not a list`);
    secrets.push({
      name: keystores,
      purpose: 'your keystores and truststore (the files `keystores.files` lists) and their password, the store and key password of each (`keystores.existingSecret`)',
      command: generic(keystores, [...files.map((f) => `--from-file=${String(f)}=./${String(f)}`), `--from-literal=${secretKeys.keystores.password}='<keystore password>'`]),
    });
  }
  const encryption = model.encryptionKey ? named(['encryptionKey', 'existingSecret']) : undefined;
  if (encryption) {
    secrets.push({
      name: encryption,
      purpose: 'the symmetric encryption key, 64 hex characters, the same on every node; keep a copy: what it encrypted is lost without it (`encryptionKey.existingSecret`)',
      command: generic(encryption, [`--from-literal=${secretKeys.encryptionKey.key}="$(openssl rand -hex 32)"`]),
    });
  }
  for (const component of model.components) {
    if (effective(model, values, [component.key, 'ingress', 'enabled']) !== true) continue;
    if (effective(model, values, [component.key, 'ingress', 'tls', 'enabled']) !== true) continue;
    const name = named([component.key, 'ingress', 'tls', 'secretName']);
    if (!name) throw new Error(`${model.name}: the production scenario must name ${component.key}.ingress.tls.secretName, so the README can tell users which Secret to create`);
    const host = String(effective(model, values, [component.key, 'ingress', 'host']));
    secrets.push({
      name,
      purpose: `the TLS certificate and key of ${host} (\`${component.key}.ingress.tls.secretName\`; cert-manager can create it instead)`,
      command: `kubectl create secret tls ${shell(name)} --namespace ${readmeNamespace} \\\n  --cert=./${host}.crt --key=./${host}.key`,
    });
  }
  const pullSecrets = effective(model, values, ['global', 'imagePullSecrets']);
  for (const secret of Array.isArray(pullSecrets) ? pullSecrets : []) {
    const name = String((secret as { name?: unknown }).name);
    secrets.push({
      name,
      purpose: 'credentials of your image registry (`global.imagePullSecrets`)',
      command: `kubectl create secret docker-registry ${shell(name)} --namespace ${readmeNamespace} \\\n  --docker-server='<registry>' --docker-username='<user>' --docker-password='<password>'`,
    });
  }
  return secrets;
}

export function productionSection(model: ChartModel): ProductionSection | null {
  const scenario = productionScenario(model);
  if (!scenario) return null;
  return { fileName: scenario.fileName, description: scenario.description, valuesFile: scenarioFileText(scenario), secrets: productionSecrets(model, scenario.values).map((s) => ({ ...s, commandInList: s.command.replace(/\n/g, '\n  ') })) };
}
