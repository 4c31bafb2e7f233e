import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listCharts } from '../../generator/tools/charts.ts';
import { pinnedHelms } from '../../generator/tools/helm.ts';
import { readChartMeta } from '../../publish/chart-meta.ts';
import { main } from '../../publish/cli.ts';
import { runTool } from '../../publish/run.ts';
import { signingEnv } from '../../publish/signing.ts';
import { makeThrowawayKey, tempDir } from './helpers.ts';
import type { ThrowawayKey } from './helpers.ts';

const charts = listCharts().map((c) => readChartMeta(c.dir));

describe('the package and repo commands', () => {
  let work: string;
  let key: ThrowawayKey;
  beforeAll(() => {
    work = tempDir('cli');
    key = makeThrowawayKey(work);
  });
  afterEach(() => {
    for (const name of Object.values(signingEnv)) delete process.env[name];
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('packages every chart, signed with the key named in the environment, verifiable by every pinned helm', async () => {
    process.env[signingEnv.key] = key.name;
    process.env[signingEnv.keyring] = key.secring;
    const out = path.join(work, 'dist');
    expect(await main(['package', '--out', out])).toBe(0);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      const tgz = path.join(out, `${chart.name}-${chart.version}.tgz`);
      expect(existsSync(`${tgz}.prov`)).toBe(true);
      for (const helm of pinnedHelms()) {
        const verify = await runTool(helm.bin, ['verify', tgz, '--keyring', key.pubring]);
        expect(verify.ok, `${helm.name}: ${verify.stderr}`).toBe(true);
      }
    }
  });

  it('takes the key from flags too, and fails naming the missing key and keyring', async () => {
    const out = path.join(work, 'dist-flags');
    expect(await main(['package', '--key', key.name, '--keyring', key.secring, '--out', out, charts[0]!.name])).toBe(0);
    expect(existsSync(path.join(out, `${charts[0]!.name}-${charts[0]!.version}.tgz.prov`))).toBe(true);
    const missing = path.join(work, 'nowhere', 'secring.gpg');
    await expect(main(['package', '--keyring', missing, '--out', out])).rejects.toThrow(
      new RegExp(`no signing key: pass --key .*\\n.*keyring ${missing} not found`),
    );
  });

  it('publishes dist/ into a repository directory, and a second run changes nothing', async () => {
    const site = path.join(work, 'site');
    const from = path.join(work, 'dist');
    expect(await main(['repo', '--from', from, '--repo-dir', site])).toBe(0);
    const index = readFileSync(path.join(site, 'index.yaml'), 'utf8');
    const entries = (parse(index) as { entries: Record<string, { version: string }[]> }).entries;
    expect(Object.keys(entries).sort()).toEqual(charts.map((c) => c.name).sort());
    expect(existsSync(path.join(site, 'artifacthub-repo.yml'))).toBe(true);
    expect(await main(['repo', '--from', from, '--repo-dir', site])).toBe(0);
    expect(readFileSync(path.join(site, 'index.yaml'), 'utf8')).toBe(index);
  });
});
