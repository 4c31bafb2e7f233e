import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checks } from '../../generator/checks/registry.ts';
import { listCharts } from '../../generator/tools/charts.ts';
import { pinnedHelms } from '../../generator/tools/helm.ts';
import { releaseCheck } from '../../publish/checks.ts';
import { recordReleases } from '../../publish/release-discipline.ts';
import { readRecord } from '../../publish/release-record.ts';
import { makeFixtureChart, tempDir } from './helpers.ts';

const [helm3] = pinnedHelms();

describe('release discipline: a chart version is bumped whenever its content changes', () => {
  let work: string;
  let recordFile: string;
  let releaseKeyFile: string;
  const fingerprint = 'A'.repeat(40);
  const charts = (): ReturnType<typeof listCharts> => listCharts(path.join(work, 'charts'));
  const verdict = async (requireRecorded = false, keyFile = releaseKeyFile): Promise<{ ok: boolean; problems: readonly string[] }> => {
    const [result] = await releaseCheck({ recordFile, helmBin: helm3!.bin, requireRecorded, releaseKeyFile: keyFile }).run(charts());
    if (!result) throw new Error('the check returned no result for the fixture chart');
    return result;
  };

  beforeAll(async () => {
    work = tempDir('discipline');
    recordFile = path.join(work, 'releases', 'charts.yaml');
    releaseKeyFile = path.join(work, 'signing-key.yaml');
    writeFileSync(releaseKeyFile, `fingerprint: ${fingerprint}\nurl: https://example.invalid/pgp-key.asc\n`);
    makeFixtureChart(path.join(work, 'charts'), { fingerprint });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is a stage of npm run validate', () => {
    expect(checks.map((c) => c.name)).toContain('release-discipline');
  });

  it('passes an unreleased version, and a --released check asks for it to be recorded', async () => {
    expect(await verdict()).toMatchObject({ ok: true, problems: [] });
    const strict = await verdict(true);
    expect(strict.ok).toBe(false);
    expect(strict.problems.join('\n')).toMatch(/tiny 0\.1\.0 is not in .*charts\.yaml: run `npm run release:record`/);
  });

  it('needs a release key to release, and then a matching signKey annotation', async () => {
    const noKey = path.join(work, 'no-key.yaml');
    writeFileSync(noKey, 'fingerprint: null\nurl: null\n');
    expect((await verdict(true, noKey)).problems.join('\n')).toContain(`${noKey}: .fingerprint: a release needs the release signing key's fingerprint`);
    const otherKey = path.join(work, 'other-key.yaml');
    writeFileSync(otherKey, `fingerprint: ${'B'.repeat(40)}\nurl: https://example.invalid/other.asc\n`);
    expect((await verdict(false, otherKey)).problems.join('\n')).toMatch(
      /\.annotations\["artifacthub\.io\/signKey"\]: expected the release key of releases\/signing-key\.yaml \(fingerprint B{40}/,
    );
  });

  it('records the released version with its content digest and changes', async () => {
    const outcomes = await recordReleases(charts().map((c) => c.dir), { recordFile, helmBin: helm3!.bin });
    expect(outcomes).toEqual([{ chart: 'tiny', version: '0.1.0', action: 'recorded' }]);
    const entry = readRecord(recordFile)['tiny']?.['0.1.0'];
    expect(entry?.contentDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(entry?.changes).toEqual([{ kind: 'added', description: 'First version' }]);
    expect(await verdict(true)).toMatchObject({ ok: true });
    // Recording again changes nothing.
    const before = readFileSync(recordFile, 'utf8');
    expect((await recordReleases(charts().map((c) => c.dir), { recordFile, helmBin: helm3!.bin }))[0]?.action).toBe('unchanged');
    expect(readFileSync(recordFile, 'utf8')).toBe(before);
  });

  it('fails when the content changes without a version bump, and refuses to record it', async () => {
    const dir = makeFixtureChart(path.join(work, 'charts'), { fingerprint });
    writeFileSync(path.join(dir, 'templates', 'configmap.yaml'), `${readFileSync(path.join(dir, 'templates', 'configmap.yaml'), 'utf8')}  extra: "1"\n`);
    const result = await verdict();
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/Chart\.yaml: \.version: tiny 0\.1\.0 was released with other content .*bump the chart's version/);
    await expect(recordReleases([dir], { recordFile, helmBin: helm3!.bin })).rejects.toThrow(/nothing recorded/);
  });

  it('asks a bumped version for its own changes, then passes', async () => {
    makeFixtureChart(path.join(work, 'charts'), { version: '0.2.0', greeting: 'bonjour', fingerprint });
    const stale = await verdict();
    expect(stale.ok).toBe(false);
    expect(stale.problems.join('\n')).toMatch(/artifacthub\.io\/changes"\]: still lists tiny 0\.1\.0's changes/);
    makeFixtureChart(path.join(work, 'charts'), {
      version: '0.2.0',
      greeting: 'bonjour',
      fingerprint,
      changes: '- kind: changed\n  description: Greets in French\n',
    });
    expect(await verdict()).toMatchObject({ ok: true, problems: [] });
  });

  it('fails a version that is not above the last released one', async () => {
    makeFixtureChart(path.join(work, 'charts'), {
      version: '0.0.9',
      greeting: 'hallo',
      fingerprint,
      changes: '- kind: changed\n  description: Greets in German\n',
    });
    const result = await verdict();
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/0\.0\.9 is not above the last released tiny 0\.1\.0/);
  });

  it('names each missing or malformed Artifact Hub annotation', async () => {
    const dir = makeFixtureChart(path.join(work, 'charts'), { version: '0.3.0', changes: '- kind: improved\n  description: x\n' });
    const chartFile = path.join(dir, 'Chart.yaml');
    writeFileSync(chartFile, readFileSync(chartFile, 'utf8').replace(/ {2}artifacthub\.io\/license: .*\n/, ''));
    const problems = (await verdict()).problems.join('\n');
    expect(problems).toContain(`${chartFile}: .annotations["artifacthub.io/license"]: missing`);
    expect(problems).toContain(`${chartFile}: .annotations["artifacthub.io/changes"][0].kind: expected one of added, changed, deprecated, removed, fixed, security, found "improved"`);
    expect(problems).toContain(`${chartFile}: .annotations["artifacthub.io/signKey"]: missing`);
  });
});
