import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../../cli/errors.ts';
import type { ProductContract } from '../../products/contract.ts';
import { repoRoot } from '../tools/paths.ts';
import { contractFileIds, productsDir } from './contracts.ts';

/**
 * `wso2-charts new <name>`: writes `<dir>/<name>/pattern.ts`, a TypeScript pattern typed
 * against the generated `Pattern` and built from a product contract with
 * products/pattern-parts.ts, one component per role of the chosen topology. It generates and
 * validates as written; the comments say where to go next (PATTERNS.md).
 */
export interface NewPatternOptions {
  /** A contract file of products/ without `.ts`, e.g. wso2am-4.7.0. */
  readonly product: string;
  /** A key of the contract's topologies; default the one with the fewest roles. */
  readonly topology?: string;
  /** Where pattern folders live; default patterns/. */
  readonly dir: string;
}

/** The chart name rule of schemas/pattern.schema.json (ChartMetadata.name), read from the schema itself. */
export function chartNamePattern(): RegExp {
  const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'pattern.schema.json'), 'utf8')) as {
    definitions: { ChartMetadata: { properties: { name: { pattern: string } } } };
  };
  return new RegExp(schema.definitions.ChartMetadata.properties.name.pattern);
}

/** Why `name` cannot be a chart name, or undefined when it can. */
export function chartNameProblem(name: string): string | undefined {
  const rule = chartNamePattern();
  if (rule.test(name)) return undefined;
  return `invalid chart name "${name}": expected 2 to 54 characters, lower-case letters, digits and "-", starting with a letter and ending with a letter or digit (${rule.source})`;
}

interface LoadedContract {
  readonly id: string;
  readonly exportName: string;
  readonly contract: ProductContract;
}

const isContract = (value: unknown): value is ProductContract =>
  typeof value === 'object' && value !== null && 'roles' in value && 'topologies' in value && 'version' in value && 'image' in value;

async function loadContract(id: string): Promise<LoadedContract> {
  const ids = contractFileIds();
  if (!ids.includes(id)) throw new UsageError(`no product contract "${id}" in products/ (contracts: ${ids.join(', ')})`);
  const module = (await import(pathToFileURL(path.join(productsDir, `${id}.ts`)).href)) as Record<string, unknown>;
  const found = Object.entries(module).filter(([, value]) => isContract(value));
  const [entry] = found;
  if (!entry || found.length > 1) throw new Error(`products/${id}.ts: expected exactly one exported ProductContract, found ${found.length}`);
  return { id, exportName: entry[0], contract: entry[1] as ProductContract };
}

/** The topology with the fewest roles (the smallest complete deployment); the first on a tie. */
export function smallestTopology(contract: ProductContract): string {
  const entries = Object.entries(contract.topologies.value);
  const [first] = [...entries].sort((a, b) => a[1].length - b[1].length);
  if (!first) throw new Error(`${contract.name} ${contract.version} has no topologies`);
  return first[0];
}

/** An import specifier from a file in `fromDir` to a file of the repository. */
function importPath(fromDir: string, repoFile: string): string {
  const relative = path.relative(fromDir, path.join(repoRoot, repoFile)).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** A path as the pattern's comments show it: from the repository root when inside it, else absolute. */
function shownPath(dir: string): string {
  const relative = path.relative(repoRoot, dir);
  return relative.startsWith('..') || path.isAbsolute(relative) ? dir : relative.split(path.sep).join('/');
}

const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The first port of a role a route can send browsers to: HTTPS before HTTP. */
function routedPort(ports: readonly { name: string; appProtocol: string }[]): { name: string; appProtocol: string } | undefined {
  return ports.find((p) => p.appProtocol === 'https') ?? ports.find((p) => p.appProtocol === 'http');
}

/** The text of the scaffolded pattern.ts. */
export function patternSource(name: string, loaded: LoadedContract, topology: string, patternDir: string): string {
  const { contract, exportName, id } = loaded;
  const roles = contract.topologies.value[topology];
  if (!roles) throw new UsageError(`${id} has no topology "${topology}" (topologies: ${Object.keys(contract.topologies.value).join(', ')})`);
  const [primaryRole] = roles;
  if (primaryRole === undefined) throw new Error(`${id} topology ${topology} has no roles`);
  const needsUserId = contract.runAsUser.value === null;
  const unpublished = !contract.image.published.value;

  const components = roles.map((role, index) => {
    const r = contract.roles[role];
    if (!r) throw new Error(`${id} topology ${topology} names role "${role}", which contract.roles lacks`);
    const lines = [
      `    {`,
      `      // The values key (and, in kebab-case, the resource name) of this component.`,
      `      name: ${quote(role)},`,
      `      description: ${quote(r.description)},`,
      `      // Role, profile, ports, probes (and the role's own image, when it has one) from the contract.`,
      `      ...roleParts(contract, ${quote(role)}, primaryRole),`,
    ];
    const port = index === 0 ? routedPort(r.ports.value) : undefined;
    if (port) {
      lines.push(
        `      // An Ingress/HTTPRoute on 443 to this port, off by default (values: ${role}.ingress, ${role}.httpRoute).`,
        `      ingress: [{ host: ${quote(`${name}.wso2.local`)}, path: '/', port: ${quote(port.name)}${port.appProtocol === 'http' ? ", backendProtocol: 'HTTP'" : ''} }],`,
      );
    }
    if (r.requiredSections.value.length > 0 && roles.length > 1) {
      lines.push(
        `      // Runs the configuration its image ships. To work with the other roles it needs its own`,
        `      // ${contract.configFile.value} with: ${r.requiredSections.value.join(', ')}`,
        `      // (configFiles: [{ key, path, content }]; see PATTERNS.md and patterns/apim/config.ts).`,
      );
    }
    lines.push(`    },`);
    return lines.join('\n');
  });

  // Values a scenario needs so the chart installs: images WSO2 does not publish, images with no fixed user id.
  const required: string[] = [];
  if (unpublished) required.push(`global: { imageRegistry: 'registry.example.com' }`);
  const userId = `podSecurityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000 }`;
  const first = roles[0]!;
  const firstRouted = routedPort(contract.roles[first]!.ports.value) !== undefined;
  const componentValues = roles
    .map((role) => {
      const parts = [...(needsUserId ? [userId] : []), ...(role === first && firstRouted ? [`ingress: { enabled: true, host: ${quote(`${name}.example.com`)} }`] : [])];
      return parts.length > 0 ? `${role}: { ${parts.join(', ')} }` : undefined;
    })
    .filter((v): v is string => v !== undefined);
  const scenarioValues = [...required, ...componentValues];
  const requiredNote = [
    ...(unpublished ? [`WSO2 does not publish ${contract.image.repository}: build and push it, then set global.imageRegistry.`] : []),
    ...(needsUserId ? ['The image fixes no user id: each component needs podSecurityContext.runAsUser.'] : []),
  ];

  const scenario =
    scenarioValues.length === 0
      ? []
      : [
          `  // Values overlays written to ci/; \`npm run validate\` lints, renders and schema-checks each one.`,
          ...requiredNote.map((n) => `  // ${n}`),
          `  scenarios: [`,
          `    {`,
          `      name: ${quote(firstRouted ? '01-ingress' : '01-install')},`,
          `      description: ${quote(firstRouted ? `The ${first} component behind an Ingress on 443.` : 'The values the chart needs to install.')},`,
          `      values: { ${scenarioValues.join(', ')} },`,
          `    },`,
          `  ],`,
        ];

  const title = `${contract.displayName} ${contract.version}`;
  return `import type { Pattern } from ${quote(importPath(patternDir, 'generator/pattern/pattern.types.ts'))};
import { ${exportName} as contract } from ${quote(importPath(patternDir, `products/${id}.ts`))};
import { productOf, roleParts } from ${quote(importPath(patternDir, 'products/pattern-parts.ts'))};

// Scaffolded by \`wso2-charts new ${name} --product ${id} --topology ${topology}\`; edit freely.
// PATTERNS.md walks through every field. Generate it (into charts/${name}), then validate it:
//   npm run generate -- ${shownPath(patternDir)}
//   npm run validate -- --chart ${name}

export { contract };
/** The complete deployment of products/${id}.ts this chart runs (a key of contract.topologies: ${roles.join(', ')}). */
export const topology = ${quote(topology)};

/** The role whose image is the chart's default image; other roles with images of their own name them. */
const primaryRole = ${quote(primaryRole)};

const pattern: Pattern = {
  chart: {
    name: ${quote(name)},
    version: '0.1.0',
    description: ${quote(`${title}, ${topology}: ${roles.join(', ')}.`)},
    kubeVersion: '>=1.30.0-0',
    // Each version lists what changed (the artifacthub.io/changes annotation); \`npm run validate\` requires it.
    changes: [{ kind: 'added', description: ${quote(`${title} ${topology}, scaffolded from products/${id}.ts.`)} }],
  },
  // Name, version, image, home, databases, clustering and keystore facts of the product version.
  product: productOf(contract, primaryRole),
  // One component per role of the topology, each its own Deployment, Service and values block.
  components: [
${components.join('\n')}
  ],
${scenario.length > 0 ? `${scenario.join('\n')}\n` : ''}};

export default pattern;
`;
}

/** Writes the pattern folder; never overwrites anything. Returns the exit code. */
export async function newPattern(name: string, options: NewPatternOptions): Promise<number> {
  const problem = chartNameProblem(name);
  if (problem) throw new UsageError(problem);
  const loaded = await loadContract(options.product);
  const topology = options.topology ?? smallestTopology(loaded.contract);
  const root = path.resolve(options.dir);
  const target = path.join(root, name);
  const label = path.relative(process.cwd(), target) || '.';
  if (existsSync(target)) throw new UsageError(`${label} already exists; refusing to overwrite it (choose another name or --dir)`);
  const source = patternSource(name, loaded, topology, target);

  // Written into a hidden sibling, then renamed into place: the pattern folder appears whole or not at all.
  mkdirSync(root, { recursive: true });
  const temporary = path.join(root, `.${name}.tmp-${process.pid}-${Date.now()}`);
  mkdirSync(temporary);
  try {
    writeFileSync(path.join(temporary, 'pattern.ts'), source, { flag: 'wx' });
    if (existsSync(target)) throw new UsageError(`${label} already exists; refusing to overwrite it`);
    try {
      renameSync(temporary, target);
    } catch (error) {
      // Created by someone else since the check: theirs stays.
      if ((error as NodeJS.ErrnoException).code === 'ENOTEMPTY' || (error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new UsageError(`${label} already exists; refusing to overwrite it`);
      }
      throw error;
    }
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  const roles = loaded.contract.topologies.value[topology] ?? [];
  console.log(`wrote ${path.join(label, 'pattern.ts')}: ${loaded.contract.displayName} ${loaded.contract.version}, topology ${topology} (${roles.join(', ')})`);
  console.log(`next: npm run generate -- ${shownPath(target)} (writes charts/${name}), then npm run validate -- --chart ${name}; see PATTERNS.md`);
  return 0;
}
