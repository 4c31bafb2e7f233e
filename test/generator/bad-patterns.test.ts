import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../generator/tools/paths.ts';
import { runCli } from '../support/cli.ts';
import { readTree, tempDir } from '../support/files.ts';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'bad-patterns');

// Each bad pattern and the paths that must be reported for it (all of them, in one run).
const cases: Record<string, readonly { path: string; says: RegExp }[]> = {
  'missing-component-name.yaml': [{ path: 'components[1].name', says: /required/ }],
  'duplicate-port.yaml': [{ path: 'components.gatewayWorker.ports[1].port', says: /duplicate port number "8243"/ }],
  'unknown-profile-field.yaml': [{ path: 'components.store.profile.flavour', says: /not a known property.*name, byVersion, extraArgs/ }],
  'wrong-types.yaml': [
    { path: 'components.publisher.replicas', says: /expected integer, got "two"/ },
    { path: 'components.publisher.ports[0].port', says: /<= 65535, got 70000/ },
    { path: 'components.publisher.ports[1].port', says: /expected integer, got "9763"/ },
  ],
  'several-problems.yaml': [
    { path: 'chart.name', says: /expected a string matching/ },
    { path: 'chart.version', says: /got "1.0"/ },
    { path: 'product.home', says: /got "opt\/demo"/ },
    { path: 'components.manager.probes.readiness.check.type', says: /one of "httpGet", "tcpSocket", "exec", got "grpc"/ },
    { path: 'components.manager.probes.liveness.check.port', says: /port "servlet-http".*expected one of: servlet-https/ },
  ],
  'duplicate-key.yaml': [{ path: 'components[0].name', says: /duplicate key/ }],
  'single-pod-scaled.yaml': [
    { path: 'components.controlPlane.replicas', says: /at most one pod; expected replicas 0 or 1, got 2/ },
    { path: 'components.controlPlane.scaling', says: /cannot be autoscaled/ },
  ],
};

describe('bad pattern definitions', () => {
  it.each(Object.entries(cases))('%s: every problem is reported with file, path and expectation, and nothing is written', async (file, expected) => {
    const out = path.join(await tempDir('bad'), 'charts');
    await mkdir(out);
    await writeFile(path.join(out, 'previous.txt'), 'the previous generation');
    const result = await runCli(['generate', '--out', out, path.join(fixtures, file)]);

    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => l.startsWith('  '));
    expect(lines).toHaveLength(expected.length);
    for (const { path: at, says } of expected) {
      const line = lines.find((l) => l.includes(`: ${at}: `));
      expect(line, `no problem reported at ${at}:\n${result.stderr}`).toBeDefined();
      expect(line).toContain(path.join(fixtures, file));
      expect(line).toMatch(/\.yaml:\d+:\d+: /);
      expect(line).toMatch(says);
    }
    // The previous output is untouched and no staging directory is left behind.
    expect([...readTree(out).entries()]).toEqual([['previous.txt', 'the previous generation']]);
    expect(await readdir(path.dirname(out))).toEqual(['charts']);
  });

  it('the base of the fixtures is itself valid, so each case fails for its own reason only', async () => {
    const out = path.join(await tempDir('base'), 'charts');
    const result = await runCli(['generate', '--out', out, path.join(fixtures, '_base.yaml')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readTree(out).has(path.join('demo', 'Chart.yaml'))).toBe(true);
  });
});
