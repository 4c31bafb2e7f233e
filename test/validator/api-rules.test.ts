import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../generator/tools/paths.ts';
import { kubeconformSchemaLocation, newestRelease, oldestRelease } from '../../validator/index.ts';
import { byName, fixtureResources, reportVerdicts, writeCrdSchemas } from './fixture-verdicts.ts';
import { kubeconform, validateManifestsCli, type JsonReport } from './tools.ts';

// -strict-api: each fixture resource gets the verdict its `expect` label names, with a message
// that contains its `rule` annotation. Without the flag the validator is kubeconform again.
const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'api-rules');
const fixtures = readdirSync(fixturesDir).filter((name) => name.endsWith('.yaml')).sort();
let dir: string;
let crdLocation: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'validator-api-rules-'));
  crdLocation = writeCrdSchemas(fixtures.map((name) => path.join(fixturesDir, name)), dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ours(flags: readonly string[], file: string): Promise<JsonReport> {
  const run = await validateManifestsCli([...flags, '-strict', '-output', 'json', '-verbose', file]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonReport;
}

describe('API-server rules (-strict-api)', () => {
  it.each(fixtures)('%s: every resource gets its expected verdict and rule', async (name) => {
    const file = path.join(fixturesDir, name);
    for (const version of [oldestRelease.minor, newestRelease.minor]) {
      const report = await ours(['-strict-api', '-kubernetes-version', version], file);
      expect(reportVerdicts(report)).toEqual(fixtureResources(file).map(({ name: resource, status }) => ({ name: resource, status })));
      for (const expected of fixtureResources(file)) {
        const found = report.resources.find((resource) => resource.name === expected.name)!;
        if (expected.rule) expect(found.msg).toContain(expected.rule);
        if (expected.status === 'statusInvalid') expect(found.msg).toMatch(/- at '\/[^']*': .*\(API server rule/);
      }
    }
  });

  it.each(fixtures)('%s: without the flag, the verdicts are kubeconform’s', async (name) => {
    const file = path.join(fixturesDir, name);
    const report = await ours([], file);
    const oracle = await kubeconform(['-strict', '-output', 'json', '-verbose', '-schema-location', kubeconformSchemaLocation(newestRelease), '-schema-location', crdLocation, file]);
    expect(reportVerdicts(report).sort(byName)).toEqual(reportVerdicts(JSON.parse(oracle.stdout) as JsonReport).sort(byName));
  });

  it('names the file, line, field and rule', async () => {
    const file = path.join(fixturesDir, 'percentages.yaml');
    const run = await validateManifestsCli(['-strict', '-strict-api', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${file} - Deployment surge-without-percent is invalid: failed the API server's rules (-strict-api): - at '/spec/strategy/rollingUpdate/maxSurge': "25" must be a number of pods or a percentage (e.g. 1 or "25%") (API server rule: int or percent)`,
    );
  });
});
