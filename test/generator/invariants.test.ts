import { cp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitChart } from '../../generator/emit/chart-files.ts';
import { normalize } from '../../generator/model/normalize.ts';
import { loadPattern } from '../../generator/pattern/load.ts';
import { validatePattern } from '../../generator/pattern/validate.ts';
import { buildCharts, defaultPatternFiles } from '../../generator/pipeline.ts';
import { chartsDir } from '../../generator/tools/paths.ts';
import { runCli } from '../support/cli.ts';
import { readTree, tempDir } from '../support/files.ts';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('generation invariants', () => {
  it('generating twice gives byte-identical trees', async () => {
    const [first, second] = [await tempDir('gen1'), await tempDir('gen2')];
    expect((await runCli(['generate', '--out', first])).code).toBe(0);
    expect((await runCli(['generate', '--out', second])).code).toBe(0);
    const a = readTree(first);
    expect(a.size).toBeGreaterThan(10);
    expect(readTree(second)).toEqual(a);
  });

  it('never mutates its input pattern', async () => {
    for (const file of defaultPatternFiles()) {
      const loaded = await loadPattern(file);
      const before = structuredClone(loaded.data);
      // A frozen pattern makes any write by the pipeline throw in strict-mode modules.
      const frozen = { ...loaded, data: deepFreeze(structuredClone(loaded.data)) };
      expect(() => emitChart(normalize(validatePattern(frozen)))).not.toThrow();
      emitChart(normalize(validatePattern(loaded)));
      expect(loaded.data).toEqual(before);
    }
  });

  it('the committed charts/ is what the generator writes', async () => {
    const result = await runCli(['generate', '--check']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('--check lists every stale file and exits non-zero', async () => {
    const copy = path.join(await tempDir('drift'), 'charts');
    await cp(chartsDir, copy, { recursive: true });
    await writeFile(path.join(copy, 'apim', 'values.yaml'), '# edited by hand\n');
    await rm(path.join(copy, 'apim', 'templates', '_service.tpl'));
    await writeFile(path.join(copy, 'apim', 'templates', 'extra.yaml'), 'kind: ConfigMap\n');
    const result = await runCli(['generate', '--check', '--out', copy]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/changed\s+apim\/values\.yaml/);
    expect(result.stderr).toMatch(/missing\s+apim\/templates\/_service\.tpl/);
    expect(result.stderr).toMatch(/unexpected\s+apim\/templates\/extra\.yaml/);
    expect(result.stderr.match(/^ {2}\S/gm)).toHaveLength(3);
  });

  it('builds every pattern in the repository', async () => {
    const charts = await buildCharts(defaultPatternFiles());
    expect([...charts.keys()]).toContain('apim');
  });
});
