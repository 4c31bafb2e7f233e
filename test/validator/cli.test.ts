import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestFixturesDir } from '../../bench/corpus.ts';
import { bundledCrdSchemaLocation, customKindsFromCrd, kubeconformSchemaLocation, newestRelease, oldestRelease } from '../../validator/index.ts';
import { parseDocument } from '../../validator/yaml/parse-document.ts';
import { kubeconform, validateManifestsCli, type JsonReport } from './tools.ts';

// validate-manifests is a drop-in for kubeconform: same flags, same exit codes, same output
// shapes. Each case runs both tools on the same input and compares what scripts rely on.
const valid = path.join(manifestFixturesDir, 'valid', 'apim-like-stack.yaml');
const invalid = path.join(manifestFixturesDir, 'invalid');
const widgetCrd = path.join(manifestFixturesDir, 'valid', 'crd-widget.yaml');
let crdDir: string;

beforeAll(() => {
  crdDir = mkdtempSync(path.join(tmpdir(), 'validator-cli-'));
  const parsed = parseDocument(readFileSync(widgetCrd, 'utf8'), true);
  if (!parsed.ok) throw new Error(parsed.message);
  for (const strict of [false, true]) {
    const dir = path.join(crdDir, `standalone${strict ? '-strict' : ''}`);
    mkdirSync(dir, { recursive: true });
    for (const kind of customKindsFromCrd(parsed.value, strict)) writeFileSync(path.join(dir, `${kind.key}.json`), JSON.stringify(kind.schema));
  }
});

afterAll(() => rmSync(crdDir, { recursive: true, force: true }));

/** kubeconform reads the converted schemas; ours uses its built-in copy of the same. */
function oracleLocations(release = newestRelease): string[] {
  return ['-schema-location', kubeconformSchemaLocation(release), '-schema-location', bundledCrdSchemaLocation(), '-schema-location', path.join(crdDir, 'standalone{{ .StrictSuffix }}', '{{ .ResourceKind }}{{ .KindSuffix }}.json')];
}

async function both(args: readonly string[], input?: string) {
  const [oracle, ours] = await Promise.all([kubeconform([...oracleLocations(), ...args], input), validateManifestsCli(args, input)]);
  return { oracle, ours };
}

describe('exit codes', () => {
  it.each([
    ['a valid file', ['-strict', valid]],
    ['invalid files', ['-strict', invalid]],
    ['a missing file', ['/nonexistent/manifest.yaml']],
    ['an unknown flag', ['-no-such-flag', valid]],
    ['a malformed -kubernetes-version', ['-kubernetes-version', 'latest', valid]],
    ['an unknown -output', ['-output', 'xml', valid]],
    ['-h', ['-h']],
    ['--help (Go flag: not defined, exit 1)', ['--help']],
  ])('match kubeconform for %s', async (_label, args) => {
    const { oracle, ours } = await both(args);
    expect(ours.code).toBe(oracle.code);
  });
});

describe('-output json', () => {
  it('has kubeconform’s shape and verdicts, resource by resource', async () => {
    const args = ['-strict', '-summary', '-output', 'json', '-kubernetes-version', `${newestRelease.minor}.0`, invalid, widgetCrd];
    const { oracle, ours } = await both(args);
    const expected = JSON.parse(oracle.stdout) as JsonReport;
    const actual = JSON.parse(ours.stdout) as JsonReport;
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    expect(actual.summary).toEqual(expected.summary);
    const identity = (r: JsonReport['resources'][number]) => `${r.filename} ${r.kind} ${r.name} ${r.version} ${r.status}`;
    expect(actual.resources.map(identity).sort()).toEqual(expected.resources.map(identity).sort());
    for (const resource of actual.resources) {
      expect(Object.keys(resource).slice(0, 6)).toEqual(['filename', 'kind', 'name', 'version', 'status', 'msg']);
      expect(resource.msg).not.toBe('');
      if (resource.status === 'statusInvalid') expect(resource.validationErrors!.length).toBeGreaterThan(0);
    }
  });

  it('names every schema violation with its JSON path', async () => {
    const { ours } = await both(['-strict', '-output', 'json', path.join(invalid, 'unknown-field.yaml'), path.join(invalid, 'wrong-type.yaml')]);
    const errors = (JSON.parse(ours.stdout) as JsonReport).resources.flatMap((r) => r.validationErrors ?? []);
    expect(errors).toContainEqual({ path: '/spec/template/spec/containers/0', msg: "additional properties 'imagePullPolicyy' not allowed" });
    expect(errors).toContainEqual({ path: '/spec/replicas', msg: 'got string, want integer or null' });
  });
});

describe('text, tap, junit and pretty outputs', () => {
  const args = ['-strict', '-summary', path.join(manifestFixturesDir, 'valid'), path.join(invalid, 'wrong-type.yaml'), path.join(invalid, 'missing-kind.yaml')];

  it('text: the same lines for the same resources and the same summary', async () => {
    const { oracle, ours } = await both(['-verbose', ...args]);
    // kubeconform's YAML errors can span lines; compare the first line of each message.
    const shape = (out: string) =>
      out.trim().split('\n').filter((line) => line.startsWith('/') || line.startsWith('Summary:')).map((line) => line.replace(/(is invalid|failed validation): .*/, '$1')).sort();
    expect(shape(ours.stdout)).toEqual(shape(oracle.stdout));
  });

  it('tap: one line per resource, same numbering and verdicts', async () => {
    const { oracle, ours } = await both(['-output', 'tap', ...args]);
    const shape = (out: string) =>
      out
        .trim()
        .split('\n')
        .filter((line) => /^(not ok|ok|TAP|1\.\.)/.test(line))
        .map((line) => line.replace(/^((?:not )?ok) \d+ - ([^ :]+).*?( # skip| \(empty\))?$/, '$1 $2$3'))
        .sort();
    expect(ours.stdout.split('\n')[0]).toBe('TAP version 13');
    expect(shape(ours.stdout)).toEqual(shape(oracle.stdout));
  });

  it('junit: the same suites and counts', async () => {
    const { oracle, ours } = await both(['-output', 'junit', ...args]);
    const counts = (xml: string) => [...xml.matchAll(/<testsuite name="([^"]+)"[^>]*tests="(\d+)" failures="(\d+)" errors="(\d+)"/g)].map((m) => m.slice(1).join(' ')).sort();
    const root = (xml: string) => /<testsuites name="kubeconform" time="[^"]+" (tests="\d+" failures="\d+" disabled="\d+" errors="\d+")/.exec(xml)?.[1];
    expect(counts(ours.stdout)).toEqual(counts(oracle.stdout));
    expect(root(ours.stdout)).toBe(root(oracle.stdout));
  });

  it('pretty: the same summary', async () => {
    const { oracle, ours } = await both(['-output', 'pretty', ...args]);
    expect(ours.stdout.trim().split('\n').at(-1)).toBe(oracle.stdout.trim().split('\n').at(-1));
  });
});

describe('flags', () => {
  it('reads stdin, as in `helm template … | validate-manifests`', async () => {
    const input = readFileSync(valid, 'utf8') + readFileSync(path.join(invalid, 'wrong-type.yaml'), 'utf8').replace(/^/, '---\n');
    const { oracle, ours } = await both(['-strict', '-summary'], input);
    expect(ours.stdout.trim().split('\n').at(-1)).toBe(oracle.stdout.trim().split('\n').at(-1));
    expect(ours.stdout).toContain('parsing stdin');
    expect(ours.code).toBe(1);
  });

  it.each([
    ['-skip by kind', ['-skip', 'Deployment,ConfigMap']],
    ['-skip by apiVersion/kind', ['-skip', 'apps/v1/Deployment']],
    ['-reject', ['-reject', 'Secret,v1/Service']],
    ['-ignore-missing-schemas', ['-ignore-missing-schemas']],
  ])('%s gives kubeconform’s verdicts', async (_label, flags) => {
    const files = [valid, path.join(invalid, 'unknown-custom-resource.yaml'), path.join(manifestFixturesDir, 'valid', 'list.yaml')];
    const { oracle, ours } = await both(['-strict', '-summary', '-output', 'json', ...flags, ...files]);
    expect((JSON.parse(ours.stdout) as JsonReport).summary).toEqual((JSON.parse(oracle.stdout) as JsonReport).summary);
    expect(ours.code).toBe(oracle.code);
  });

  it('-strict decides whether unknown fields and duplicate keys fail', async () => {
    const files = [path.join(invalid, 'unknown-field.yaml'), path.join(invalid, 'duplicate-key.yaml')];
    const lenient = await both(['-summary', ...files]);
    const strict = await both(['-strict', '-summary', ...files]);
    expect(lenient.ours.stdout).toBe(lenient.oracle.stdout);
    expect(strict.ours.stdout.trim().split('\n').at(-1)).toBe(strict.oracle.stdout.trim().split('\n').at(-1));
    expect(lenient.ours.code).toBe(0);
    expect(strict.ours.code).toBe(1);
  });

  it('-kubernetes-version selects the release: an API new in 1.33+ is unknown to 1.30', async () => {
    const sidecarApi = 'apiVersion: resource.k8s.io/v1\nkind: DeviceClass\nmetadata:\n  name: gpu\nspec: {}\n';
    const oldest = await validateManifestsCli(['-strict', '-kubernetes-version', `${oldestRelease.minor}.0`], sidecarApi);
    const newest = await validateManifestsCli(['-strict', '-kubernetes-version', `${newestRelease.minor}.0`], sidecarApi);
    expect(newest.code).toBe(0);
    expect(oldest.code).toBe(1);
    expect(oldest.stdout).toMatch(/resource\.k8s\.io\/v1 DeviceClass is not served by Kubernetes 1\.30 \(first in 1\.3\d\)/);
  });

  it('-exit-on-error stops with exit code 1', async () => {
    const { ours } = await both(['-exit-on-error', '-strict', invalid]);
    expect(ours.code).toBe(1);
  });

  it('refuses an unsupported Kubernetes version with the supported range', async () => {
    const ours = await validateManifestsCli(['-kubernetes-version', '1.18.0', valid]);
    expect(ours.code).toBe(1);
    expect(ours.stderr).toContain('1.30, 1.31, 1.32, 1.33, 1.34, 1.35');
  });
});
