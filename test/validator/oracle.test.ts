import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus } from '../../bench/corpus.ts';
import { bundledCrdSchemaLocation, kubeconformSchemaLocation, newestRelease, oldestRelease } from '../../validator/index.ts';
import { kubeconform, validateManifestsCli, verdictsByFile, type JsonReport } from './tools.ts';

// kubeconform is the oracle: on every document of the corpus (every chart × ci scenario
// rendered by helm v3 and v4, plus the hand-written fixtures) both tools must reach the same
// verdict, reading the same converted schemas.
let root: string;
let corpus: Corpus;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'validator-oracle-'));
  corpus = await buildCorpus(root);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const cases = [
  { release: oldestRelease, strict: true },
  { release: newestRelease, strict: true },
  { release: newestRelease, strict: false },
];

describe.each(cases)('kubeconform and validate-manifests agree (Kubernetes $release.minor, strict $strict)', ({ release, strict }) => {
  const version = `${release.minor}.0`;
  // kubeconform reads the converted Kubernetes schemas, the bundled Gateway API CRDs and the
  // CRDs found in the corpus; ours has the first two built in and reads CRDs from its input.
  const oracleLocations = (): string[] => [
    ...['-schema-location', kubeconformSchemaLocation(release)],
    ...['-schema-location', bundledCrdSchemaLocation()],
    ...['-schema-location', corpus.crdSchemaLocation],
  ];
  const common = (): string[] => ['-output', 'json', '-verbose', '-summary', '-kubernetes-version', version, ...(strict ? ['-strict'] : [])];

  it('on every document of a corpus of at least 500', async () => {
    expect(corpus.documents).toBeGreaterThanOrEqual(500);
    const [oracle, ours] = await Promise.all([
      kubeconform([...common(), ...oracleLocations(), corpus.dir]),
      // Ours uses its precompiled validators and reads the CRDs from the input itself.
      validateManifestsCli([...common(), corpus.dir]),
    ]);
    const expected = JSON.parse(oracle.stdout) as JsonReport;
    const actual = JSON.parse(ours.stdout) as JsonReport;

    // The corpus must exercise every verdict, or agreement would prove little.
    expect(expected.summary!.valid).toBeGreaterThan(100);
    expect(expected.summary!.invalid).toBeGreaterThan(5);
    expect(expected.summary!.errors).toBeGreaterThan(5);

    expect(Object.fromEntries(verdictsByFile(actual, corpus.dir))).toEqual(Object.fromEntries(verdictsByFile(expected, corpus.dir)));
    expect(actual.summary).toEqual(expected.summary);
    expect(ours.code).toBe(oracle.code);
  });

  it('also when reading the same schema files as kubeconform', async () => {
    const locations = oracleLocations();
    const [oracle, ours] = await Promise.all([
      kubeconform([...common(), ...locations, path.join(corpus.dir, 'fixtures')]),
      validateManifestsCli([...common(), ...locations, path.join(corpus.dir, 'fixtures')]),
    ]);
    const expected = JSON.parse(oracle.stdout) as JsonReport;
    const actual = JSON.parse(ours.stdout) as JsonReport;
    expect(Object.fromEntries(verdictsByFile(actual, corpus.dir))).toEqual(Object.fromEntries(verdictsByFile(expected, corpus.dir)));
    expect(ours.code).toBe(oracle.code);
  });
});
