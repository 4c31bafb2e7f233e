import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pinnedHelms } from '../../generator/tools/helm.ts';
import { repoRoot } from '../../generator/tools/paths.ts';
import { publishToRepo, PublishedSchemaChangedError } from '../../publish/chart-repo.ts';
import { PublishConflictError } from '../../publish/immutability.ts';
import { packageChart } from '../../publish/package-charts.ts';
import type { SignedPackage } from '../../publish/package-charts.ts';
import { makeFixtureChart, makeThrowawayKey, tempDir } from './helpers.ts';
import type { ThrowawayKey } from './helpers.ts';

const [helm3] = pinnedHelms();
const artifactHubRepoFile = path.join(repoRoot, 'releases', 'artifacthub-repo.yml');

interface Index {
  entries: Record<string, { version: string; digest: string; urls: string[] }[]>;
}
const readIndex = (repoDir: string): Index => parse(readFileSync(path.join(repoDir, 'index.yaml'), 'utf8')) as Index;

describe('classic chart repository', () => {
  let work: string;
  let key: ThrowawayKey;
  const build = (version: string, greeting?: string, out = 'dist'): Promise<SignedPackage> =>
    packageChart(makeFixtureChart(path.join(work, 'src'), { version, ...(greeting ? { greeting } : {}) }), {
      outDir: path.join(work, out),
      key: { name: key.name, keyring: key.secring },
      helmBin: helm3!.bin,
    });

  beforeAll(() => {
    work = tempDir('repo');
    key = makeThrowawayKey(work);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('signs with the given key and refuses a signature by any key other than the expected one', async () => {
    const pkg = await build('0.0.1');
    expect(pkg.signerFingerprint).toBe(key.fingerprint);
    const other = 'F'.repeat(40);
    await expect(
      packageChart(makeFixtureChart(path.join(work, 'src'), { version: '0.0.1' }), {
        outDir: path.join(work, 'dist-other'),
        key: { name: key.name, keyring: key.secring },
        helmBin: helm3!.bin,
        expectFingerprint: other,
      }),
    ).rejects.toThrow(`is signed by key ${key.fingerprint}, but the charts name the release key ${other}`);
  });

  it('merges each new version into index.yaml, keeping earlier ones, with provenance and artifacthub-repo.yml beside it', async () => {
    const repoDir = path.join(work, 'site');
    const first = await build('0.1.0');
    expect((await publishToRepo([first], { repoDir, helmBin: helm3!.bin, artifactHubRepoFile })).map((o) => o.action)).toEqual(['add']);
    const second = await build('0.2.0', 'bonjour');
    expect((await publishToRepo([second], { repoDir, helmBin: helm3!.bin, artifactHubRepoFile })).map((o) => o.action)).toEqual(['add']);

    const versions = readIndex(repoDir).entries['tiny']?.map((e) => e.version).sort();
    expect(versions).toEqual(['0.1.0', '0.2.0']);
    for (const v of ['0.1.0', '0.2.0']) {
      expect(existsSync(path.join(repoDir, `tiny-${v}.tgz`))).toBe(true);
      expect(existsSync(path.join(repoDir, `tiny-${v}.tgz.prov`))).toBe(true);
    }
    expect(readFileSync(path.join(repoDir, 'artifacthub-repo.yml'), 'utf8')).toBe(readFileSync(artifactHubRepoFile, 'utf8'));
    // Relative URLs: the directory works wherever it is served.
    expect(readIndex(repoDir).entries['tiny']?.every((e) => e.urls[0] === `tiny-${e.version}.tgz`)).toBe(true);
  });

  it('treats republishing identical content as a no-op, even though the new archive differs byte for byte', async () => {
    const repoDir = path.join(work, 'site');
    const indexBefore = readFileSync(path.join(repoDir, 'index.yaml'), 'utf8');
    const published = readFileSync(path.join(repoDir, 'tiny-0.1.0.tgz'));
    await new Promise((resolve) => setTimeout(resolve, 1100)); // tar entries carry whole-second times
    const again = await build('0.1.0', undefined, 'dist-again');
    expect(readFileSync(again.tgz).equals(published)).toBe(false);
    const outcomes = await publishToRepo([again], { repoDir, helmBin: helm3!.bin, artifactHubRepoFile });
    expect(outcomes.map((o) => o.action)).toEqual(['unchanged']);
    expect(readFileSync(path.join(repoDir, 'index.yaml'), 'utf8')).toBe(indexBefore);
    expect(readFileSync(path.join(repoDir, 'tiny-0.1.0.tgz')).equals(published)).toBe(true);
  });

  it('refuses a published version with different content, naming chart, version and the fix, and writes nothing', async () => {
    const repoDir = path.join(work, 'site');
    const before = Object.fromEntries(readdirSync(repoDir).map((f) => [f, readFileSync(path.join(repoDir, f), 'utf8')]));
    const changed = await build('0.1.0', 'hola', 'dist-changed');
    const newer = await build('0.3.0', 'hallo', 'dist-changed');
    const attempt = publishToRepo([newer, changed], { repoDir, helmBin: helm3!.bin, artifactHubRepoFile });
    await expect(attempt).rejects.toBeInstanceOf(PublishConflictError);
    await expect(attempt).rejects.toThrow(/refusing to publish tiny 0\.1\.0: .*index\.yaml already holds tiny 0\.1\.0 with different content.*bump `version`/);
    const after = Object.fromEntries(readdirSync(repoDir).map((f) => [f, readFileSync(path.join(repoDir, f), 'utf8')]));
    expect(after).toEqual(before);
  });
});

describe('values schemas published beside index.yaml', () => {
  let work: string;
  let key: ThrowawayKey;
  /** The fixture chart with a values schema whose `$id` names its version. */
  const build = (version: string, out: string, extra = ''): Promise<SignedPackage> => {
    const dir = makeFixtureChart(path.join(work, 'src'), { version });
    const schema = { $schema: 'http://json-schema.org/draft-07/schema#', $id: `https://example.invalid/schemas/tiny/${version}/values.schema.json`, type: 'object', description: `tiny ${version}${extra}` };
    writeFileSync(path.join(dir, 'values.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
    return packageChart(dir, { outDir: path.join(work, out), key: { name: key.name, keyring: key.secring }, helmBin: helm3!.bin });
  };
  const schemaFile = (repoDir: string, version: string): string => path.join(repoDir, 'schemas', 'tiny', version, 'values.schema.json');
  const packagedSchema = (version: string): string => readFileSync(path.join(work, 'src', 'tiny', 'values.schema.json'), 'utf8').replace(/tiny [\d.]+/, `tiny ${version}`);

  beforeAll(() => {
    work = tempDir('repo-schemas');
    key = makeThrowawayKey(work);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes schemas/<chart>/<version>/values.schema.json from each new package, leaving every other file alone', async () => {
    const repoDir = path.join(work, 'site');
    mkdirSync(path.join(repoDir, 'schemas', 'other', '1.0.0'), { recursive: true });
    writeFileSync(path.join(repoDir, 'schemas', 'other', '1.0.0', 'values.schema.json'), '{"kept": true}\n');
    writeFileSync(path.join(repoDir, 'README.md'), 'not ours\n');
    await publishToRepo([await build('0.1.0', 'dist-1')], { repoDir, helmBin: helm3!.bin });
    await publishToRepo([await build('0.2.0', 'dist-2')], { repoDir, helmBin: helm3!.bin });
    for (const version of ['0.1.0', '0.2.0']) {
      const published = JSON.parse(readFileSync(schemaFile(repoDir, version), 'utf8')) as { $id: string; description: string };
      expect(published.description).toBe(`tiny ${version}`);
      expect(published.$id).toBe(`https://example.invalid/schemas/tiny/${version}/values.schema.json`);
    }
    expect(readFileSync(path.join(repoDir, 'schemas', 'other', '1.0.0', 'values.schema.json'), 'utf8')).toBe('{"kept": true}\n');
    expect(readFileSync(path.join(repoDir, 'README.md'), 'utf8')).toBe('not ours\n');
    expect(readdirSync(path.join(repoDir, 'schemas', 'tiny')).sort()).toEqual(['0.1.0', '0.2.0']);
    expect(readdirSync(path.join(repoDir, 'schemas', 'tiny', '0.1.0'))).toEqual(['values.schema.json']);
    expect(packagedSchema('0.2.0')).toBe(readFileSync(schemaFile(repoDir, '0.2.0'), 'utf8'));
  });

  it('republishing leaves a schema untouched, and restores one missing for a published version', async () => {
    const repoDir = path.join(work, 'site');
    const before = statSync(schemaFile(repoDir, '0.2.0')).mtimeMs;
    rmSync(path.join(repoDir, 'schemas', 'tiny', '0.1.0'), { recursive: true });
    const outcomes = await publishToRepo([await build('0.1.0', 'dist-1-again'), await build('0.2.0', 'dist-2-again')], { repoDir, helmBin: helm3!.bin });
    expect(outcomes.map((o) => o.action)).toEqual(['unchanged', 'unchanged']);
    expect(statSync(schemaFile(repoDir, '0.2.0')).mtimeMs).toBe(before);
    expect(JSON.parse(readFileSync(schemaFile(repoDir, '0.1.0'), 'utf8'))).toMatchObject({ description: 'tiny 0.1.0' });
  });

  it('refuses a published schema that differs from its package, naming the file, and writes nothing', async () => {
    const repoDir = path.join(work, 'site');
    writeFileSync(schemaFile(repoDir, '0.2.0'), '{"edited": true}\n');
    const listing = (): string[] => readdirSync(repoDir, { recursive: true }).map(String).sort();
    const before = listing();
    const attempt = publishToRepo([await build('0.3.0', 'dist-3'), await build('0.2.0', 'dist-2-third')], { repoDir, helmBin: helm3!.bin });
    await expect(attempt).rejects.toBeInstanceOf(PublishedSchemaChangedError);
    await expect(attempt).rejects.toThrow(path.join('schemas', 'tiny', '0.2.0', 'values.schema.json'));
    expect(listing()).toEqual(before);
    expect(readIndex(repoDir).entries['tiny']?.map((e) => e.version).sort()).toEqual(['0.1.0', '0.2.0']);
  });
});
