import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { kebabCase } from '../../generator/model/names.ts';
import type { Component, Pattern } from '../../generator/pattern/pattern.types.ts';
import { listCharts, type Scenario } from '../../generator/tools/charts.ts';
import type { Helm } from '../../generator/tools/helm.ts';
import type { ProductContract, RoleContract } from '../../products/contract.ts';
import { apim320 } from '../../products/wso2am-3.2.0.ts';
import { apim470 } from '../../products/wso2am-4.7.0.ts';
import { esb490 } from '../../products/wso2esb-4.9.0.ts';
import * as apimModule from '../../patterns/apim/pattern.ts';
import * as apimAllInOneModule from '../../patterns/apim-all-in-one/pattern.ts';
import * as apimDistributedModule from '../../patterns/apim-distributed/pattern.ts';
import * as esbModule from '../../patterns/esb/pattern.ts';
import { containersOf, helms, ofKind, renderScenario, workloads, type Container, type Resource } from '../support/render.ts';
import { resolveHost } from './cluster.ts';
import { has, isRecord, portOf, urlsIn, valueAt, valuesAt } from './toml-urls.ts';

/**
 * Every chart × scenario × helm checked against the product contract its pattern was
 * built from (products/*.ts): what WSO2's own sources say the product version does.
 * Each test gathers every broken expectation, so one run lists them all.
 */
const release = 'test';
const namespace = 'default';
const componentLabel = 'app.kubernetes.io/component';

/**
 * Each pattern module exports the contract it was built from (the product file is what that
 * must be) and the topology of that contract it runs (a key of contract.topologies).
 */
interface PatternModule {
  readonly default: Pattern;
  readonly contract: ProductContract;
  readonly topology?: unknown;
}
const modules: readonly { readonly module: PatternModule; readonly product: ProductContract }[] = [
  { module: apimModule, product: apim320 },
  { module: esbModule, product: esb490 },
  { module: apimAllInOneModule, product: apim470 },
  { module: apimDistributedModule, product: apim470 },
];
const subjects = modules.map(({ module, product }) => ({ pattern: module.default, contract: module.contract, topology: module.topology, product }));
/** The roles of the topology a pattern module says it runs; undefined when it names none of the contract's. */
const topologyRoles = (contract: ProductContract, topology: unknown): readonly string[] | undefined =>
  typeof topology === 'string' && Object.hasOwn(contract.topologies.value, topology) ? contract.topologies.value[topology] : undefined;

interface Case {
  readonly label: string;
  readonly chart: string;
  readonly scenario: Scenario;
  readonly helm: Helm;
  readonly pattern: Pattern;
  readonly contract: ProductContract;
  /** What the pattern module exports as its topology. */
  readonly topology: unknown;
}

/** The defaults and every ci file; listCharts leaves out the defaults of charts that need values, which are checked to fail. */
const scenariosOf = (chart: string): readonly Scenario[] => [
  { name: 'default' },
  ...(listCharts().find((c) => c.name === chart)?.scenarios ?? []).filter((s) => s.name !== 'default'),
];
/** Values a chart cannot default from its contract: the registry of an unpublished image, the user id of an image that fixes none. */
const requiredValues = (pattern: Pattern, contract: ProductContract): string[] => [
  ...(contract.image.published.value ? [] : ['image.registry']),
  ...(contract.runAsUser.value === null ? pattern.components.map((c) => `${c.name}.podSecurityContext.runAsUser`) : []),
];
const needsValues = (c: { pattern: Pattern; contract: ProductContract }): boolean => requiredValues(c.pattern, c.contract).length > 0;

const allCases: Case[] = subjects.flatMap(({ pattern, contract, topology }) =>
  scenariosOf(pattern.chart.name).flatMap((scenario) =>
    helms.map((helm) => ({ label: `${pattern.chart.name}/${scenario.name} ${helm.name}`, chart: pattern.chart.name, scenario, helm, pattern, contract, topology })),
  ),
);
const renderingCases = allCases.filter((c) => !(c.scenario.name === 'default' && needsValues(c)));
const failingCases = allCases.filter((c) => c.scenario.name === 'default' && needsValues(c));

/** An enabled component of a render: the pattern component, its contract role and what the chart made of it. */
interface Member {
  readonly key: string;
  readonly kebab: string;
  readonly component: Component;
  readonly roleKey: string | undefined;
  readonly role: RoleContract | undefined;
  readonly workload: Resource;
  readonly product: Container;
  readonly configMap: Resource | undefined;
  /** The parsed product config file (TOML products only). */
  readonly config: Record<string, unknown> | undefined;
  readonly configError: string | undefined;
}

interface Rendered {
  readonly all: Resource[];
  readonly members: Member[];
  /** The scenario's values file, as written. */
  readonly values: unknown;
}

function model(c: Case, all: Resource[]): Rendered {
  const configKey = path.posix.basename(c.contract.configFile.value);
  const members = c.pattern.components.flatMap((component): Member[] => {
    const kebab = kebabCase(component.name);
    const workload = workloads(all).find((w) => w.metadata.labels?.[componentLabel] === kebab);
    if (!workload) return []; // disabled in this scenario
    const configMap = all.find((r) => r.kind === 'ConfigMap' && r.metadata.name === workload.metadata.name);
    const text: unknown = configMap?.data?.[configKey];
    let config: Record<string, unknown> | undefined;
    let configError: string | undefined;
    if (c.contract.configFormat === 'toml') {
      try {
        if (typeof text !== 'string') throw new Error(`no ${configKey} in ConfigMap ${workload.metadata.name}`);
        config = parseToml(text);
      } catch (error) {
        configError = (error as Error).message;
      }
    }
    const roleKey = component.role;
    return [{
      key: component.name, kebab, component, roleKey, role: roleKey === undefined ? undefined : c.contract.roles[roleKey],
      workload, product: workload.spec.template.spec.containers[0], configMap, config, configError,
    }];
  });
  const values: unknown = c.scenario.valuesFile ? parseYaml(readFileSync(c.scenario.valuesFile, 'utf8')) : {};
  return { all, members, values };
}

/** One render per case, shared by its concurrent tests. */
function loader(c: Case): () => Promise<Rendered> {
  let rendered: Promise<Rendered> | undefined;
  return () => (rendered ??= renderScenario(c.helm, c.chart, c.scenario.name, {
    // The scenario's own credentials settings apply (e.g. an existingSecret), not the test default.
    set: ['adminCredentials.password='],
    apiVersions: ['monitoring.coreos.com/v1/ServiceMonitor', 'gateway.networking.k8s.io/v1/HTTPRoute'],
  }).then((all) => model(c, all)));
}

/** Collects broken expectations as `<chart>/<scenario> <helm> <component>: expected …`. */
function collector(c: Case): { problems: string[]; check: (ok: boolean, component: string, expected: string) => void } {
  const problems: string[] = [];
  return { problems, check: (ok, component, expected) => void (ok || problems.push(`${c.label} ${component}: expected ${expected}`)) };
}

interface EnvVar {
  readonly value?: string;
  readonly valueFrom?: { readonly fieldRef?: { readonly fieldPath?: string }; readonly secretKeyRef?: { readonly name?: string; readonly key?: string } };
}
const envOf = (container: Container): Map<string, EnvVar> =>
  new Map((container.env ?? []).map((e: { name: string }) => [e.name, e]));
/** A key of a rendered Secret, decoded; undefined when the render has no such Secret or key. */
function secretValue(all: readonly Resource[], name: string | undefined, key: string | undefined): string | undefined {
  const secret = all.find((r) => r.kind === 'Secret' && r.metadata.name === name);
  if (!secret || key === undefined) return undefined;
  const encoded: unknown = secret.data?.[key];
  const plain: unknown = secret.stringData?.[key];
  return typeof encoded === 'string' ? Buffer.from(encoded, 'base64').toString('utf8') : typeof plain === 'string' ? plain : undefined;
}
/**
 * What a config value is at run time: itself, or for `$env{NAME}` the container's env NAME,
 * set directly or from a Secret of the render; undefined when the render does not say.
 */
function resolvedValue(all: readonly Resource[], container: Container, value: unknown): unknown {
  const ref = typeof value === 'string' ? /^\$env\{([^}]+)\}$/.exec(value)?.[1] : undefined;
  if (ref === undefined) return value;
  const env = envOf(container).get(ref);
  if (env?.value !== undefined) return env.value;
  const secretRef = env?.valueFrom?.secretKeyRef;
  return secretRef ? secretValue(all, secretRef.name, secretRef.key) : undefined;
}
const words = (container: Container): string[] => [...(container.command ?? []), ...(container.args ?? [])].map(String);
const show = (v: unknown): string => JSON.stringify(v) ?? 'nothing';
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'parameter' });

describe.each(renderingCases)('$label', (c) => {
  const load = loader(c);
  const { contract, pattern } = c;
  const home = contract.home.value;
  const toml = contract.configFormat === 'toml';

  it.concurrent('every component runs a role of the contract; the default install runs every role of its topology', async () => {
    const { members } = await load();
    const { problems, check } = collector(c);
    for (const m of members) check(m.role !== undefined, m.key, `role "${m.roleKey}" to be one of ${Object.keys(contract.roles).join(', ')}`);
    if (c.scenario.name === 'default') {
      const roles = topologyRoles(contract, c.topology);
      check(roles !== undefined, 'topology', `the pattern's topology ${show(c.topology)} to be one of ${Object.keys(contract.topologies.value).join(', ')}`);
      for (const role of roles ?? []) check(members.some((m) => m.roleKey === role), `role ${role}`, `an enabled component with this role (topology ${String(c.topology)})`);
    }
    expect(members.length, `${c.label}: no component rendered a workload`).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it.concurrent('config files parse, and are mounted from the ConfigMap into the image config volume', async () => {
    const { members } = await load();
    const { problems, check } = collector(c);
    const { configVolume } = contract.image.interface.value;
    // The image copies the config volume over the home; a file mounted into the home is lost (profileSetup.sh moves it aside).
    const base = configVolume ?? home;
    for (const m of members) {
      check(m.configError === undefined, m.key, `a parsable ${contract.configFile.value}: ${m.configError}`);
      if (!m.configMap) {
        check(false, m.key, `a ConfigMap ${m.workload.metadata.name}`);
        continue;
      }
      const volumes = (m.workload.spec.template.spec.volumes ?? [])
        .filter((v: { configMap?: { name: string } }) => v.configMap?.name === m.configMap?.metadata.name)
        .map((v: { name: string }) => v.name);
      for (const [key, text] of Object.entries((m.configMap.data ?? {}) as Record<string, string>)) {
        const mount = (m.product.volumeMounts ?? []).find((vm: { name: string; subPath?: string }) => volumes.includes(vm.name) && vm.subPath === key);
        const rel = m.component.configFiles?.find((f) => f.key === key)?.path ?? (key === path.posix.basename(contract.configFile.value) ? contract.configFile.value : undefined);
        const ok = rel ? mount?.mountPath === `${base}/${rel}` : mount?.mountPath.startsWith(`${base}/`) === true;
        check(ok, m.key, `ConfigMap key ${key} mounted with subPath at ${base}/${rel ?? '…'}, got ${mount?.mountPath ?? 'no mount'}`);
        if (contract.configFormat === 'carbon-xml' && key.endsWith('.xml')) checkCarbonXml(m, key, text, check);
      }
    }
    expect(problems).toEqual([]);
  });

  /** Well-formed XML; the contract's config file of a clustered role names the membership scheme. */
  function checkCarbonXml(m: Member, key: string, text: string, check: (ok: boolean, component: string, expected: string) => void): void {
    const valid = XMLValidator.validate(text);
    check(valid === true, m.key, `${key} to be well-formed XML: ${valid === true ? '' : valid.err.msg}`);
    if (valid !== true || key !== path.posix.basename(contract.configFile.value) || !m.role?.clustered.value) return;
    const clustering = xml.parse(text)?.axisconfig?.clustering;
    const scheme = (clustering?.parameter ?? []).find((p: Record<string, unknown>) => p['@name'] === 'membershipSchemeClassName')?.['#text'];
    check(clustering?.['@enable'] === 'true' && scheme === contract.clustering.schemeClass.value, m.key, `${key} clustering enabled with membershipSchemeClassName ${contract.clustering.schemeClass.value}`);
  }

  it.concurrent('the image gets its profile, memory settings and arguments the way it reads them', async () => {
    const { members } = await load();
    const { problems, check } = collector(c);
    for (const m of members) {
      // A role image of its own (the 4.x per-role images) reads its settings its own way.
      const image = m.role?.imageInterface?.value ?? contract.image.interface.value;
      const env = envOf(m.product);
      if (image.profileEnv) {
        check(!words(m.product).some((w) => w.includes('-Dprofile=')), m.key, `no -Dprofile= argument (the image sets the profile from ${image.profileEnv}), got ${show(words(m.product))}`);
        if (m.role?.profile.value) check(env.get(image.profileEnv)?.value === m.role.profile.value, m.key, `env ${image.profileEnv}=${m.role.profile.value}, got ${show(env.get(image.profileEnv))}`);
      }
      if (image.memoryEnv) check(env.has(image.memoryEnv), m.key, `env ${image.memoryEnv} (the start script's JVM memory options)`);
      if (!image.acceptsArgs) check(m.product.args === undefined, m.key, `no container args (the entrypoint drops them), got ${show(m.product.args)}`);
    }
    expect(problems).toEqual([]);
  });

  if (contract.databases) {
    const db = contract.databases;
    it.concurrent('one shared database of the contract engine: the evaluation database (H2 server or embedded), type, driver and one url per datasource', async () => {
      const { all, members, values } = await load();
      const { problems, check } = collector(c);
      const type = String(valueAt(values, 'database.type') ?? 'evaluation');
      const evaluation = db.evaluation.value;
      const embedded = 'embedded' in evaluation ? evaluation : undefined;
      const server = 'embedded' in evaluation ? undefined : evaluation;
      const engine = type === 'evaluation' ? evaluation.engine : type;
      const spec = db.engines.value[engine];
      check(spec !== undefined, 'database', `engine ${engine} among the contract's engines ${Object.keys(db.engines.value).join(', ')}`);
      const name = `${release}-${c.chart}-database`;
      const statefulSet = all.find((r) => r.kind === 'StatefulSet' && r.metadata.name === name);
      const service = all.find((r) => r.kind === 'Service' && r.metadata.name === name);
      if (type === 'evaluation' && server) {
        check(statefulSet?.metadata.labels?.[componentLabel] === 'database', 'database', `a StatefulSet ${name} labelled ${componentLabel}: database`);
        check((service?.spec.ports ?? []).some((p: { port: number }) => p.port === server.port), 'database', `a Service ${name} on port ${server.port}`);
        const serverWords = statefulSet ? statefulSet.spec.template.spec.containers.flatMap(words).join(' ') : '';
        check(serverWords.includes(server.serverClass) && serverWords.includes(server.jar), 'database', `a container running ${server.serverClass} from ${server.jar}`);
        const scripts = Object.values(db.scripts.value[engine] ?? {}).flat().map((s) => `${home}/${s}`);
        const inits = all.flatMap((r) => (r.spec?.template?.spec?.initContainers ?? []) as Container[]).map((i) => words(i).join(' '));
        const init = inits.find((t) => t.includes(server.scriptClass));
        check(init !== undefined && [server.jar, ...scripts].every((s) => init.includes(s)), 'database', `an init container running ${server.scriptClass} from ${server.jar} with ${scripts.join(', ')}, got ${show(init)}`);
      } else if (type === 'evaluation') {
        // Embedded: the databases the distribution ships stay inside the product pod.
        check(statefulSet === undefined && service === undefined, 'database', `no StatefulSet or Service ${name}: the evaluation databases are embedded in the product pod`);
        const autoscaled = new Set(ofKind(all, 'HorizontalPodAutoscaler').map((h) => `${String(h.spec?.scaleTargetRef?.kind)}/${String(h.spec?.scaleTargetRef?.name)}`));
        for (const m of members.filter((x) => x.role?.sharedDatabase.value)) {
          const replicas: unknown = m.workload.spec.replicas ?? 1;
          check(typeof replicas === 'number' && replicas <= 1, m.key, `at most one replica (the embedded evaluation databases live inside its pod), got ${show(replicas)}`);
          check(!autoscaled.has(`${m.workload.kind}/${m.workload.metadata.name}`), m.key, `no HorizontalPodAutoscaler for ${m.workload.kind} ${m.workload.metadata.name} (the embedded evaluation databases live inside its pod)`);
        }
      } else {
        check(statefulSet === undefined, 'database', `no evaluation database StatefulSet when database.type is ${type}`);
      }
      const urls = new Map<string, Set<string>>();
      for (const m of members.filter((x) => x.role?.sharedDatabase.value && x.config)) {
        for (const [key, { name: defaultName }] of Object.entries(db.keys)) {
          // The scenario may rename a database; the chart defaults to the contract's name.
          const database = String(valueAt(values, `database.names.${key}`) ?? defaultName);
          const table = valueAt(m.config, `database.${key}`);
          if (!isRecord(table)) {
            check(false, m.key, `a [database.${key}] table (role ${m.roleKey} uses the shared databases)`);
            continue;
          }
          check(table.type === spec?.type, m.key, `[database.${key}] type = "${spec?.type}", got ${show(table.type)}`);
          check(table.driver === spec?.driver, m.key, `[database.${key}] driver = "${spec?.driver}", got ${show(table.driver)}`);
          const url = String(table.url);
          urls.set(key, (urls.get(key) ?? new Set()).add(url));
          if (type === 'evaluation' && server) {
            // H2's server URL: jdbc:h2:tcp://<host>:<port>/<database>[;options]
            const prefix = `jdbc:h2:tcp://${name}.${namespace}.svc:${server.port}/`;
            check(url.startsWith(prefix) && (url.slice(prefix.length).split(';')[0] ?? '').endsWith(database), m.key, `[database.${key}] url = "${prefix}${database}", got ${url}`);
          } else if (type === 'evaluation' && embedded) {
            const want = embedded.embeddedUrl.replaceAll('{name}', database);
            check(url === want, m.key, `[database.${key}] url = "${want}" (the database the distribution ships), got ${url}`);
            // Written as is, or as $env{…} from the container env (a value, or a Secret of the render).
            for (const [field, want] of [['username', embedded.embeddedUsername], ['password', embedded.embeddedPassword]] as const) {
              const got = resolvedValue(all, m.product, table[field]);
              check(got === want, m.key, `[database.${key}] ${field} to be "${want}" (the shipped database's), got ${show(table[field])}${got === table[field] ? '' : ` resolving to ${show(got)}`}`);
            }
          }
        }
      }
      for (const key of Object.keys(db.keys)) check((urls.get(key)?.size ?? 0) === 1, 'all roles', `one [database.${key}] url shared by every role, got ${show([...(urls.get(key) ?? [])])}`);
      expect(problems).toEqual([]);
    });
  }

  if (contract.encryptionKey) {
    const { table } = contract.encryptionKey.value;
    it.concurrent('every node has the same encryption key, from one Secret the chart renders unless an existing one is named', async () => {
      const { all, members, values } = await load();
      const { problems, check } = collector(c);
      const expectedRef = '$env{ENCRYPTION_KEY}';
      const refs = new Set<string>();
      for (const m of members) {
        if (toml) check(valueAt(m.config, `${table}.key`) === expectedRef, m.key, `[${table}] key = "${expectedRef}", got ${show(valueAt(m.config, `${table}.key`))}`);
        const ref = envOf(m.product).get('ENCRYPTION_KEY')?.valueFrom?.secretKeyRef;
        check(typeof ref?.name === 'string' && ref.name !== '' && typeof ref.key === 'string' && ref.key !== '', m.key, `env ENCRYPTION_KEY from a secretKeyRef, got ${show(envOf(m.product).get('ENCRYPTION_KEY'))}`);
        if (ref?.name && ref.key) refs.add(show({ name: ref.name, key: ref.key }));
      }
      check(refs.size <= 1, 'all components', `one Secret and key for ENCRYPTION_KEY, got ${[...refs].join(', ')}`);
      const [only] = [...refs];
      const ref = only === undefined ? undefined : (JSON.parse(only) as { name: string; key: string });
      const existing = String(valueAt(values, 'encryptionKey.existingSecret') ?? '');
      if (ref) {
        const secret = all.find((r) => r.kind === 'Secret' && r.metadata.name === ref.name);
        const decoded = secretValue(all, ref.name, ref.key);
        if (existing) {
          check(ref.name === existing, 'encryption key', `ENCRYPTION_KEY from the existing Secret ${existing}, got ${ref.name}`);
          check(secret === undefined, 'encryption key', `no rendered Secret ${existing} (encryptionKey.existingSecret names one that exists)`);
        } else {
          check(secret !== undefined, 'encryption key', `a rendered Secret ${ref.name} (no encryptionKey.existingSecret)`);
          check(typeof decoded === 'string' && /^[0-9a-fA-F]{64}$/.test(decoded), 'encryption key', `Secret ${ref.name} key ${ref.key} to hold 64 hex characters, got ${show(decoded)}`);
          const given = valueAt(values, 'encryptionKey.key');
          if (typeof given === 'string' && given !== '') check(decoded === given, 'encryption key', `Secret ${ref.name} key ${ref.key} to hold the encryptionKey.key of the scenario`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  if (toml) {
    it.concurrent('every cluster URL names a live Service port of an enabled component; each role reaches what the contract says', async () => {
      const { all, members } = await load();
      const { problems, check } = collector(c);
      const byLabel = new Map(members.map((m) => [m.kebab, m]));
      const routed = new Set<string>([
        ...ofKind(all, 'Ingress').flatMap((i) => (i.spec.rules ?? []).map((r: { host?: string }) => r.host)),
        ...ofKind(all, 'HTTPRoute').flatMap((h) => h.spec.hostnames ?? []),
      ]);
      for (const m of members.filter((x) => x.config)) {
        const reached: { role: string | undefined; port: number }[] = [];
        for (const { at, text, url } of urlsIn(m.config)) {
          const port = portOf(url);
          if (!url.hostname.endsWith('.svc')) {
            // A role's URLs to itself (localhost) are not cross-role; anything else outside the cluster must be routed here.
            const ok = ['localhost', '127.0.0.1'].includes(url.hostname) || routed.has(url.hostname);
            check(ok, m.key, `${at} = ${text}: external host ${url.hostname} only where an Ingress or HTTPRoute of the render routes it (routed: ${[...routed].join(', ') || 'none'})`);
            continue;
          }
          const resolved = resolveHost(all, namespace, url.hostname);
          if (typeof resolved === 'string') {
            check(false, m.key, `${at} = ${text} to name a Service of the render: ${resolved}`);
            continue;
          }
          const target = resolved.component === undefined ? undefined : byLabel.get(resolved.component);
          const service = resolved.service.metadata.name;
          check(target !== undefined, m.key, `${at} = ${text}: Service ${service} to select the pods of an enabled component, it selects ${resolved.component ?? 'none'}`);
          check(port !== undefined && resolved.ports.includes(port), m.key, `${at} = ${text}: Service ${service} to expose port ${port}, it has ${resolved.ports.join(', ')}`);
          if (target && port !== undefined) reached.push({ role: target.roleKey, port });
        }
        for (const [role, portNames] of Object.entries(m.role?.reaches.value ?? {})) {
          for (const portName of portNames) {
            const port = contract.roles[role]?.ports.value.find((p) => p.name === portName)?.port;
            check(reached.some((r) => r.role === role && r.port === port), m.key, `a URL to a ${role} Service on ${portName} (${port}): role ${m.roleKey} reaches it`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it.concurrent('every role has its required deployment.toml tables', async () => {
      const { members } = await load();
      const { problems, check } = collector(c);
      for (const m of members.filter((x) => x.config)) {
        for (const section of m.role?.requiredSections.value ?? []) check(has(m.config, section), m.key, `[${section}] (required for role ${m.roleKey})`);
      }
      expect(problems).toEqual([]);
    });

    it.concurrent('the advertised hostname is the routed host (with the proxy port) or the Service name', async () => {
      const { all, members } = await load();
      const { problems, check } = collector(c);
      const { hostnameKey, proxyPortKey, proxyPort } = contract.proxy.value;
      for (const m of members.filter((x) => x.config)) {
        const name = m.workload.metadata.name;
        const ingressHost: string | undefined = all.find((r) => r.kind === 'Ingress' && r.metadata.name === name)?.spec.rules?.[0]?.host;
        const routeHost: string | undefined = all.find((r) => r.kind === 'HTTPRoute' && r.metadata.name === name)?.spec.hostnames?.[0];
        const external = ingressHost ?? routeHost;
        const hostname = external ?? `${name}.${namespace}.svc`;
        check(valueAt(m.config, hostnameKey) === hostname, m.key, `${hostnameKey} = "${hostname}", got ${show(valueAt(m.config, hostnameKey))}`);
        check(valueAt(m.config, proxyPortKey) === (external ? proxyPort : undefined), m.key, `${proxyPortKey} ${external ? `= ${proxyPort} behind ${external}` : 'unset (not routed)'}, got ${show(valueAt(m.config, proxyPortKey))}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it.concurrent('probes use only endpoints this version has; readiness is the role readiness by default', async () => {
    const { members } = await load();
    const { problems, check } = collector(c);
    const healthy = contract.healthEndpoints.value;
    const absent = contract.absentEndpoints.value;
    for (const m of members) {
      for (const kind of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        const get = m.product[kind]?.httpGet;
        if (!get) continue;
        const port = typeof get.port === 'number' ? get.port : (m.product.ports ?? []).find((p: { name: string }) => p.name === get.port)?.containerPort;
        check(healthy.some((e) => e.path === get.path && e.port === port), m.key, `${kind} ${get.path} on ${get.port} (${port}) to be a health endpoint of ${contract.name} ${contract.version}: ${show(healthy)}`);
        check(!absent.includes(get.path), m.key, `${kind} not to probe ${get.path}, which ${contract.name} ${contract.version} does not have`);
      }
      if (c.scenario.name !== 'default' || !m.role) continue;
      const want = m.role.readiness.value;
      const got = m.product.readinessProbe;
      const ok = want.type === 'httpGet'
        ? got?.httpGet?.path === want.path && got.httpGet.port === want.port && (got.httpGet.scheme ?? 'HTTP') === want.scheme
        : got?.tcpSocket?.port === want.port;
      check(ok, m.key, `readinessProbe ${show(want)} (role ${m.roleKey}), got ${show(got)}`);
    }
    expect(problems).toEqual([]);
  });

  if (toml && pattern.artifactSync?.inbuilt) {
    const sync = pattern.artifactSync;
    it.concurrent('gateways get artifacts through the inbuilt synchroniser, or from the gateway manager when it runs', async () => {
      const { members } = await load();
      const { problems, check } = collector(c);
      const targets = members.filter((m) => sync.targets.includes(m.key));
      if (members.some((m) => m.key === sync.source)) {
        for (const t of targets) check(!has(t.config, 'apim.sync_runtime_artifacts.gateway'), t.key, `no inbuilt synchroniser: artifacts come from ${sync.source}`);
      } else {
        const publishers = members.filter((m) => m.roleKey === 'publisher');
        const environments = publishers.flatMap((p) => valuesAt(p.config, 'apim.gateway.environment.name'));
        check(publishers.length > 0, 'publisher', 'an enabled publisher');
        for (const p of publishers) check(has(p.config, 'apim.sync_runtime_artifacts.publisher'), p.key, '[apim.sync_runtime_artifacts.publisher] (it saves the artifacts)');
        for (const t of targets) {
          const labels = valuesAt(t.config, 'apim.sync_runtime_artifacts.gateway.gateway_labels');
          check(labels.some((l) => environments.includes(l)), t.key, `[apim.sync_runtime_artifacts.gateway] gateway_labels naming a publisher gateway environment ${show(environments)}, got ${show(labels)}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it.concurrent('clustering follows the contract: none for unclustered roles, the membership scheme settings for clustered ones', async () => {
    const { all, members } = await load();
    const { problems, check } = collector(c);
    const clustering = contract.clustering;
    if (toml && c.scenario.name === 'default') {
      for (const m of members.filter((x) => x.role && !x.role.clustered.value)) check(!has(m.config, 'clustering'), m.key, `no [clustering] (WSO2 does not cluster role ${m.roleKey})`);
    }
    // Carbon 4 images take the membership settings from the environment (axis2.xml is baked into the image).
    if (contract.configFormat === 'carbon-xml') {
      const clustered = members.filter((m) => m.role?.clustered.value);
      const headless = clustered.map((m) => `${m.workload.metadata.name}-hl`).sort();
      for (const name of headless) check(all.some((r) => r.kind === 'Service' && r.metadata.name === name && r.spec.clusterIP === 'None'), name, 'a headless Service');
      for (const m of clustered) {
        const env = envOf(m.product);
        for (const [name, value] of Object.entries(clustering.env.value)) check(env.get(name)?.value === value, m.key, `env ${name}=${value}, got ${show(env.get(name))}`);
        const ns = env.get('KUBERNETES_NAMESPACE');
        check(ns?.value === namespace || ns?.valueFrom?.fieldRef?.fieldPath === 'metadata.namespace', m.key, `env KUBERNETES_NAMESPACE=${namespace}, got ${show(ns)}`);
        const services = String(env.get('KUBERNETES_SERVICES')?.value ?? '').split(',').filter(Boolean).sort();
        check(show(services) === show(headless), m.key, `env KUBERNETES_SERVICES naming ${headless.join(',')}, got ${services.join(',')}`);
      }
    }
    if (!clustering.supportsDns.value) {
      for (const m of members) check(!envOf(m.product).has('USE_DNS'), m.key, `no env USE_DNS (the ${contract.name} ${contract.version} membership scheme does not read it)`);
    }
    expect(problems).toEqual([]);
  });

  if (Object.values(contract.roles).some((r) => r.imageRepository)) {
    it.concurrent('roles with an image of their own run it, stopped by their own script in their own home', async () => {
      const { members, values } = await load();
      const { problems, check } = collector(c);
      // A scenario may pin its own tag (e.g. a rebuilt image); the contract gives the default.
      const tag = String(valueAt(values, 'image.tag') ?? contract.image.tag);
      for (const m of members) {
        const repository = m.role?.imageRepository?.value;
        if (repository) check(String(m.product.image).endsWith(`${repository}:${tag}`), m.key, `image …${repository}:${tag}, got ${m.product.image}`);
        const roleHome = m.role?.home?.value ?? home;
        const script = `${roleHome}/${m.role?.stopScript?.value ?? contract.stopScript.value} stop`;
        const preStop = words({ command: m.product.lifecycle?.preStop?.exec?.command }).join(' ');
        check(preStop.includes(script), m.key, `a preStop hook running ${script} (the image's distribution), got ${show(preStop)}`);
        for (const mount of (m.product.volumeMounts ?? []) as { name: string; mountPath: string }[]) {
          // Mounts into a product home are into this image's home, never another distribution's.
          const foreign = [contract.home.value, ...Object.values(contract.roles).map((r) => r.home?.value)].filter((h): h is string => h !== undefined && h !== roleHome);
          check(!foreign.some((h) => mount.mountPath.startsWith(`${h}/`)), m.key, `volume ${mount.name} mounted below ${roleHome}, got ${mount.mountPath}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  if (contract.databases) {
    it.concurrent('only roles that use the shared databases get their credentials and driver', async () => {
      const { members } = await load();
      const { problems, check } = collector(c);
      for (const m of members.filter((x) => x.role && !x.role.sharedDatabase.value)) {
        const env = envOf(m.product);
        check(!env.has('DB_USERNAME') && !env.has('DB_PASSWORD'), m.key, `no database credentials (role ${m.roleKey} keeps no shared data)`);
        check(!has(m.config, 'database.apim_db') && !has(m.config, 'database.shared_db'), m.key, `no [database.*] tables (role ${m.roleKey})`);
        const inits = (m.workload.spec.template.spec.initContainers ?? []) as { name: string }[];
        check(!inits.some((i) => i.name === 'jdbc-driver'), m.key, `no JDBC driver init container (role ${m.roleKey})`);
      }
      expect(problems).toEqual([]);
    });
  }

  it.concurrent('the helm test pod checks every enabled component on its readiness endpoint', async () => {
    const { all, members } = await load();
    const { problems, check } = collector(c);
    const name = `${release}-${c.chart}-test`;
    const pod = all.find((r) => r.kind === 'Pod' && r.metadata.name === name);
    check(pod?.metadata.annotations?.['helm.sh/hook'] === 'test', 'test', `a Pod ${name} with annotation helm.sh/hook: test`);
    const lines: string[][] = (pod ? containersOf(pod.spec).flatMap(words) : [])
      .flatMap((script) => script.split('\n'))
      .map((line) => line.split(/\s+/).map((t) => t.replace(/^["']+|["';]+$/g, '')).filter(Boolean));
    for (const m of members) {
      // The rendered readiness probe: the contract's by default (checked above), a scenario's own where it sets one.
      const probe = m.product.readinessProbe;
      const handler = probe?.httpGet ?? probe?.tcpSocket;
      if (!handler) continue; // exec readiness has no endpoint to check from outside
      const port: number | undefined = typeof handler.port === 'number' ? handler.port : (m.product.ports ?? []).find((p: { name: string }) => p.name === handler.port)?.containerPort;
      // Short names resolve in the release namespace too.
      const isMember = (host: string): boolean => {
        const resolved = resolveHost(all, namespace, host.includes('.') ? host : `${host}.${namespace}.svc`);
        return typeof resolved !== 'string' && resolved.component === m.kebab;
      };
      const scheme = `${String(probe.httpGet?.scheme ?? 'HTTP').toLowerCase()}:`;
      // Only the command's own lines count: the echo before it names the same URL.
      const found = probe.httpGet
        ? lines.filter((ts) => ts.includes('curl')).flat().some((t) => {
          if (!t.includes('://') || !URL.canParse(t)) return false;
          const url = new URL(t);
          return url.protocol === scheme && portOf(url) === port && url.pathname === probe.httpGet.path && isMember(url.hostname);
        })
        : lines.some((ts) => ts.includes('nc') && ts.some((t) => /^-[a-z]*z/.test(t)) && ts.some((t, i) => ts[i + 1] === String(port) && isMember(t)));
      const service = `<${m.workload.metadata.name} Service>`;
      const expected = probe.httpGet ? `a curl of ${scheme}//${service}:${port}${probe.httpGet.path}` : `nc -z ${service} ${port}`;
      check(found, m.key, `${expected} in the test pod (its readiness ${show(handler)})`);
    }
    expect(problems).toEqual([]);
  });
});

describe.each(failingCases)('$label', (c) => {
  it.concurrent('the defaults fail, naming every value the contract cannot default', async () => {
    const failure = await renderScenario(c.helm, c.chart, 'default').then(() => 'it rendered', (error: Error) => error.message);
    const missing = requiredValues(c.pattern, c.contract).filter((value) => !failure.includes(value));
    expect(missing, `${c.label}: expected the failure to name ${missing.join(', ')} (${c.contract.name} images are ${c.contract.image.published.value ? '' : 'not '}published, user id ${c.contract.runAsUser.value}); got: ${failure}`).toEqual([]);
  });
});

describe('contracts', () => {
  it.each(subjects.map((s) => [s.pattern.chart.name, s] as const))('patterns/%s/pattern.ts exports the contract it was built from', (_chart, s) => {
    expect(s.contract, `patterns/${s.pattern.chart.name}/pattern.ts should export contract (${s.product.name} ${s.product.version})`).toBe(s.product);
    for (const component of s.pattern.components) {
      expect(component.role, `${s.pattern.chart.name} component ${component.name}: role naming a key of contract.roles`).toBeOneOf(Object.keys(s.product.roles));
    }
    const topologies = s.product.topologies.value;
    expect(s.topology, `patterns/${s.pattern.chart.name}/pattern.ts should export topology, a key of contract.topologies`).toBeOneOf(Object.keys(topologies));
    for (const [topology, roles] of Object.entries(topologies)) {
      expect(roles.filter((r) => !Object.hasOwn(s.product.roles, r)), `${s.product.name} ${s.product.version} topology ${topology}: roles of contract.roles`).toEqual([]);
    }
  });

  /** Every Fact (an object with value and sources) anywhere in a contract, with its path. */
  function* facts(value: unknown, at: string): Generator<{ at: string; sources: unknown }> {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) yield* facts(item, `${at}[${i}]`);
    } else if (isRecord(value)) {
      if ('value' in value && 'sources' in value) yield { at, sources: value.sources };
      for (const [key, item] of Object.entries(value)) if (key !== 'sources') yield* facts(item, `${at}.${key}`);
    }
  }
  const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';
  const cited = (s: unknown): boolean => isRecord(s) && ((nonEmpty(s.repo) && nonEmpty(s.ref) && nonEmpty(s.path)) || (nonEmpty(s.url) && URL.canParse(String(s.url))));

  it.each([...new Set(subjects.map((s) => s.product))].map((p) => [`${p.name} ${p.version}`, p] as const))('every fact of %s has a source, each with repo+ref+path or a url', (label, product) => {
    const found = [...facts(product, label)];
    expect(found.length, `${label}: no facts found`).toBeGreaterThan(20);
    const unsourced = found.filter((f) => !Array.isArray(f.sources) || f.sources.length === 0).map((f) => f.at);
    const uncited = found.flatMap((f) => (Array.isArray(f.sources) ? f.sources : []).filter((s) => !cited(s)).map((s) => `${f.at}: ${show(s)}`));
    expect(unsourced, 'facts without sources').toEqual([]);
    expect(uncited, 'sources without repo+ref+path or url').toEqual([]);
  });
});
