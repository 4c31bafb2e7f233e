import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pinnedHelms } from '../../generator/tools/helm.ts';
import { repoRoot } from '../../generator/tools/paths.ts';
import { publishToRepo } from '../../publish/chart-repo.ts';
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
