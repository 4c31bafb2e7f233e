import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinnedHelms } from '../../generator/tools/helm.ts';
import { PublishConflictError } from '../../publish/immutability.ts';
import { pushToRegistry } from '../../publish/oci.ts';
import { packageChart } from '../../publish/package-charts.ts';
import type { ChartPackage } from '../../publish/package-charts.ts';
import { inspectPackage } from '../../publish/package-identity.ts';
import { runTool } from '../../publish/run.ts';
import { isolatedHelmEnv, makeFixtureChart, makeThrowawayKey, startRegistry, tempDir } from './helpers.ts';
import type { LocalRegistry, ThrowawayKey } from './helpers.ts';

const helms = pinnedHelms();
const [helm3] = helms;

describe('OCI registry', () => {
  let work: string;
  let key: ThrowawayKey;
  let registry: LocalRegistry;
  let env: Record<string, string>;
  let namespace: string;
  const build = (version: string, greeting: string, out: string): Promise<ChartPackage> =>
    packageChart(makeFixtureChart(path.join(work, 'src'), { version, greeting }), {
      outDir: path.join(work, out),
      key: { name: key.name, keyring: key.secring },
      helmBin: helm3!.bin,
    });

  beforeAll(() => {
    work = tempDir('oci');
    key = makeThrowawayKey(work);
    registry = startRegistry(path.join(work, 'registry'));
    env = isolatedHelmEnv(path.join(work, 'helm-home'));
    namespace = `oci://${registry.address}/wso2`;
  });
  afterAll(() => {
    registry?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('pushes a signed package with its provenance, and every pinned helm pulls it with --verify', async () => {
    const pkg = await build('0.1.0', 'hello', 'dist');
    const outcomes = await pushToRegistry([pkg], { registry: namespace, helmBin: helm3!.bin, plainHttp: true, env });
    expect(outcomes.map((o) => [o.action, o.reference])).toEqual([['add', `${namespace}/tiny:0.1.0`]]);
    for (const helm of helms) {
      const dest = path.join(work, `pulled-${helm.name}`);
      mkdirSync(dest);
      const pull = await runTool(
        helm.bin,
        ['pull', `${namespace}/tiny`, '--version', '0.1.0', '--plain-http', '--verify', '--keyring', key.pubring, '--destination', dest],
        { env },
      );
      expect(pull.stderr + pull.stdout, helm.name).toMatch(/Chart Hash Verified/);
      expect(pull.ok, `${helm.name}: ${pull.stderr}`).toBe(true);
      expect(readdirSync(dest).sort()).toEqual(['tiny-0.1.0.tgz', 'tiny-0.1.0.tgz.prov']);
      expect(inspectPackage(path.join(dest, 'tiny-0.1.0.tgz')).contentDigest).toBe(pkg.contentDigest);
      const show = await runTool(helm.bin, ['show', 'chart', `${namespace}/tiny`, '--version', '0.1.0', '--plain-http'], { env });
      expect(show.ok, show.stderr).toBe(true);
      expect(show.stdout).toMatch(/^name: tiny$/m);
    }
  });

  it('rejects --verify against a key that did not sign the package', async () => {
    const other = makeThrowawayKey(path.join(work, 'other-key'), 'Someone Else');
    const pull = await runTool(
      helm3!.bin,
      ['pull', `${namespace}/tiny`, '--version', '0.1.0', '--plain-http', '--verify', '--keyring', other.pubring, '--destination', path.join(work, 'nope')],
      { env },
    );
    expect(pull.ok).toBe(false);
  });

  it('leaves an identical version alone and refuses one with different content', async () => {
    const same = await build('0.1.0', 'hello', 'dist-same');
    expect((await pushToRegistry([same], { registry: namespace, helmBin: helm3!.bin, plainHttp: true, env })).map((o) => o.action)).toEqual([
      'unchanged',
    ]);
    const changed = await build('0.1.0', 'changed', 'dist-changed');
    const attempt = pushToRegistry([changed], { registry: namespace, helmBin: helm3!.bin, plainHttp: true, env });
    await expect(attempt).rejects.toBeInstanceOf(PublishConflictError);
    await expect(attempt).rejects.toThrow(`refusing to publish tiny 0.1.0: ${namespace}/tiny:0.1.0 already holds tiny 0.1.0 with different content`);
    // The registry still serves the original content.
    const dest = path.join(work, 'after-refusal');
    mkdirSync(dest);
    const pull = await runTool(helm3!.bin, ['pull', `${namespace}/tiny`, '--version', '0.1.0', '--plain-http', '--destination', dest], { env });
    expect(pull.ok, pull.stderr).toBe(true);
    expect(inspectPackage(path.join(dest, 'tiny-0.1.0.tgz')).contentDigest).toBe(same.contentDigest);
  });

  it('fails with a clear message when the registry cannot be reached', async () => {
    const pkg = await build('0.1.0', 'hello', 'dist-unreachable');
    await expect(pushToRegistry([pkg], { registry: 'oci://127.0.0.1:1/wso2', helmBin: helm3!.bin, plainHttp: true, env })).rejects.toThrow(
      /cannot read oci:\/\/127\.0\.0\.1:1\/wso2\/tiny:0\.1\.0: .*connection refused/,
    );
  });
});
