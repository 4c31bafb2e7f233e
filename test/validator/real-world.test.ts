import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../generator/tools/paths.ts';
import { kubeconformSchemaLocation, newestRelease } from '../../validator/index.ts';
import { byName, fixtureResources, reportVerdicts, writeCrdSchemas, type Verdict } from './fixture-verdicts.ts';
import { kubeconform, validateManifestsCli, type JsonReport } from './tools.ts';

// Input seen in the wild: every resource gets the verdict its `expect` label names, the run
// never stops, and kubeconform (same schemas, the input's CRDs written out as schema files)
// agrees wherever it can judge.
const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'real-world');
const fixtures = readdirSync(fixturesDir).filter((name) => name.endsWith('.yaml')).sort();
let crdDir: string;
let crdLocation: string;

beforeAll(() => {
  crdDir = mkdtempSync(path.join(tmpdir(), 'validator-real-world-'));
  crdLocation = writeCrdSchemas(fixtures.map((name) => path.join(fixturesDir, name)), crdDir);
});

afterAll(() => rmSync(crdDir, { recursive: true, force: true }));

function expectations(file: string): Verdict[] {
  return fixtureResources(file).map(({ name, status }) => ({ name, status }));
}

async function ours(file: string): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const run = await validateManifestsCli(['-strict', '-output', 'json', '-verbose', file]);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

describe('real-world input', () => {
  it.each(fixtures)('%s: every resource gets its expected verdict', async (name) => {
    const file = path.join(fixturesDir, name);
    const { report, stderr } = await ours(file);
    expect(stderr).toBe('');
    expect(reportVerdicts(report)).toEqual(expectations(file));
  });

  it.each(fixtures)('%s: kubeconform agrees', async (name) => {
    const file = path.join(fixturesDir, name);
    const run = await kubeconform([
      '-strict', '-output', 'json', '-verbose',
      '-schema-location', kubeconformSchemaLocation(newestRelease),
      '-schema-location', crdLocation,
      file,
    ]);
    // kubeconform's workers report in any order.
    expect(reportVerdicts(JSON.parse(run.stdout) as JsonReport).sort(byName)).toEqual(expectations(file).sort(byName));
  });

  it('an unusable CRD names the reason on its resources', async () => {
    const { report } = await ours(path.join(fixturesDir, 'unusable-crd.yaml'));
    const gadget = report.resources.find((resource) => resource.kind === 'Gadget')!;
    expect(gadget.msg).toMatch(/cannot use the schema of example\.com\/v1 Gadget from its CustomResourceDefinition in the input: .*invalid named capture/);
  });

  it('a schema file that does not compile is an error with the reason, also with -ignore-missing-schemas', async () => {
    const schemas = path.join(crdDir, 'broken');
    mkdirSync(schemas, { recursive: true });
    writeFileSync(path.join(schemas, 'gadget-example-v1.json'), JSON.stringify({ type: 'object', properties: { spec: { type: 'string', pattern: '(?<=x)y' } } }));
    const file = path.join(crdDir, 'gadget.yaml');
    writeFileSync(file, 'apiVersion: example.com/v1\nkind: Gadget\nmetadata: {name: g}\nspec: y\n');
    for (const flags of [[], ['-ignore-missing-schemas']]) {
      const run = await validateManifestsCli([...flags, '-output', 'json', '-schema-location', path.join(schemas, '{{ .ResourceKind }}{{ .KindSuffix }}.json'), file]);
      const [gadget] = (JSON.parse(run.stdout) as JsonReport).resources;
      expect(gadget!.status).toBe('statusError');
      expect(gadget!.msg).toBe(`cannot use the schema for Gadget: ${path.join(schemas, 'gadget-example-v1.json')}: error parsing regexp: invalid named capture: \`(?<=x)y\``);
    }
  });

  it('RE2 patterns are reported with the field that fails them', async () => {
    const { report } = await ours(path.join(fixturesDir, 're2-patterns.yaml'));
    const rejected = report.resources.find((resource) => resource.name === 'rejected')!;
    expect(rejected.validationErrors!.map((error) => error.path).sort()).toEqual(['/spec/action', '/spec/letters', '/spec/range', '/spec/suffix', '/spec/word']);
  });

  it('controller-gen quantities keep their pattern', async () => {
    const { report } = await ours(path.join(fixturesDir, 'controller-gen-quantity.yaml'));
    const gigabytes = report.resources.find((resource) => resource.name === 'gigabytes')!;
    expect(gigabytes.validationErrors).toEqual([{ path: '/spec/size', msg: expect.stringMatching(/^"1GB" does not match pattern/) }]);
  });
});
