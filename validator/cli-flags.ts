import { isOutputFormat, type OutputFormat } from './output/index.ts';

/** kubeconform's command line, parsed the way Go's `flag` package parses it. */
export interface CliConfig {
  readonly files: readonly string[];
  readonly kubernetesVersion: string;
  readonly schemaLocations: readonly string[];
  readonly skip: readonly string[];
  readonly reject: readonly string[];
  readonly ignoreFilenamePatterns: readonly RegExp[];
  readonly ignoreMissingSchemas: boolean;
  readonly exitOnError: boolean;
  readonly summary: boolean;
  readonly workers: number;
  readonly strict: boolean;
  readonly strictApi: boolean;
  readonly output: OutputFormat;
  readonly verbose: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

interface FlagSpec {
  readonly name: string;
  readonly kind: 'bool' | 'string' | 'int' | 'list';
  readonly usage: string;
  readonly fallback?: string;
}

const flagSpecs: readonly FlagSpec[] = [
  { name: 'cache', kind: 'string', usage: 'accepted for compatibility; schemas are always local' },
  { name: 'debug', kind: 'bool', usage: 'accepted for compatibility' },
  { name: 'exit-on-error', kind: 'bool', usage: 'immediately stop execution when the first error is encountered' },
  { name: 'h', kind: 'bool', usage: 'show help information' },
  { name: 'ignore-filename-pattern', kind: 'list', usage: 'regular expression specifying paths to ignore (can be specified multiple times)' },
  { name: 'ignore-missing-schemas', kind: 'bool', usage: 'skip files with missing schemas instead of failing' },
  { name: 'insecure-skip-tls-verify', kind: 'bool', usage: 'accepted for compatibility; validation never uses the network' },
  { name: 'kubernetes-version', kind: 'string', usage: 'version of Kubernetes to validate against, e.g.: 1.33.0 (1.30 to 1.35)', fallback: 'master' },
  { name: 'n', kind: 'int', usage: 'number of worker threads to run concurrently', fallback: '4' },
  { name: 'output', kind: 'string', usage: 'output format - json, junit, pretty, tap, text', fallback: 'text' },
  { name: 'reject', kind: 'string', usage: 'comma-separated list of kinds or GVKs to reject' },
  { name: 'schema-location', kind: 'list', usage: 'override schemas location search path (can be specified multiple times)' },
  { name: 'skip', kind: 'string', usage: 'comma-separated list of kinds or GVKs to ignore' },
  { name: 'strict', kind: 'bool', usage: 'disallow additional properties not in schema or duplicated keys' },
  { name: 'strict-api', kind: 'bool', usage: "also apply the API server's rules the schemas do not carry (names, labels, percentages, int32, images, port names and protocols, list-map keys, CRD schema types)" },
  { name: 'summary', kind: 'bool', usage: 'print a summary at the end (ignored for junit output)' },
  { name: 'v', kind: 'bool', usage: 'show version information' },
  { name: 'verbose', kind: 'bool', usage: 'print results for all resources (ignored for tap and junit output)' },
];

export class FlagError extends Error {}

export function usage(program: string): string {
  const lines = [`Usage: ${program} [OPTION]... [FILE OR FOLDER]...`];
  for (const spec of flagSpecs) {
    const type = spec.kind === 'bool' ? '' : spec.kind === 'int' ? ' int' : ' string';
    lines.push(`  -${spec.name}${type}`, `    \t${spec.usage}${spec.fallback ? ` (default "${spec.fallback}")` : ''}`);
  }
  return lines.join('\n');
}

function splitCsv(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Flags first (`-name value`, `-name=value`, `--name`), then files; `--` ends the flags. */
export function parseFlags(argv: readonly string[]): CliConfig {
  const values = new Map<string, string[]>();
  let index = 0;
  while (index < argv.length) {
    const arg = argv[index]!;
    if (arg === '--') {
      index++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    const body = arg.replace(/^--?/, '');
    const equals = body.indexOf('=');
    const name = equals === -1 ? body : body.slice(0, equals);
    const spec = flagSpecs.find((candidate) => candidate.name === name);
    if (!spec) throw new FlagError(`flag provided but not defined: -${name}`);
    let value: string;
    if (equals !== -1) {
      value = body.slice(equals + 1);
    } else if (spec.kind === 'bool') {
      value = 'true';
    } else {
      const next = argv[index + 1];
      if (next === undefined) throw new FlagError(`flag needs an argument: -${name}`);
      value = next;
      index++;
    }
    values.set(name, [...(values.get(name) ?? []), value]);
    index++;
  }
  const last = (name: string): string | undefined => values.get(name)?.at(-1);
  const bool = (name: string): boolean => {
    const value = last(name);
    if (value === undefined) return false;
    if (/^(1|t|true)$/i.test(value)) return true;
    if (/^(0|f|false)$/i.test(value)) return false;
    throw new FlagError(`invalid boolean value "${value}" for -${name}`);
  };

  const kubernetesVersion = last('kubernetes-version') ?? 'master';
  if (!/^(master|v?\d+\.\d+(\.\d+)?)$/.test(kubernetesVersion)) {
    throw new FlagError(`invalid value "${kubernetesVersion}" for flag -kubernetes-version: expected "master" or a version x.y.z (e.g. "1.33.0")`);
  }
  const output = last('output') ?? 'text';
  if (!isOutputFormat(output)) throw new FlagError(`'outputFormat' must be 'json', 'junit', 'pretty', 'tap' or 'text', got '${output}'`);
  const workersText = last('n') ?? '4';
  const workers = Number(workersText);
  if (!Number.isInteger(workers)) throw new FlagError(`invalid value "${workersText}" for flag -n: expected an integer`);
  const ignoreFilenamePatterns = (values.get('ignore-filename-pattern') ?? []).map((pattern) => {
    try {
      return new RegExp(pattern);
    } catch {
      throw new FlagError(`invalid value "${pattern}" for flag -ignore-filename-pattern: not a regular expression`);
    }
  });

  return {
    files: argv.slice(index),
    kubernetesVersion,
    schemaLocations: values.get('schema-location') ?? [],
    skip: splitCsv(last('skip') ?? ''),
    reject: splitCsv(last('reject') ?? ''),
    ignoreFilenamePatterns,
    ignoreMissingSchemas: bool('ignore-missing-schemas'),
    exitOnError: bool('exit-on-error'),
    summary: bool('summary'),
    workers,
    strict: bool('strict'),
    strictApi: bool('strict-api'),
    output,
    verbose: bool('verbose'),
    help: bool('h'),
    version: bool('v'),
  };
}
