import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFixturesDir } from '../../bench/corpus.ts';
import { validateFiles, type ResourceResult } from '../../validator/index.ts';

async function collect(paths: string[], workers: number): Promise<string[]> {
  const results: ResourceResult[] = [];
  // parallelAbove: 0 starts the worker threads at once, as a large input would.
  for await (const result of validateFiles(paths, { strict: true, workers, parallelAbove: 0 })) results.push(result);
  return results.map((r) => `${r.filename}:${r.line} ${r.kind}/${r.name} ${r.status} ${r.message} ${JSON.stringify(r.errors)}`).sort();
}

describe('worker threads', () => {
  it('give exactly the results of a single thread, CRDs in the input included', async () => {
    // A hundred passes over the fixtures: enough batches for every thread to take some.
    const inputs = Array.from({ length: 100 }, () => [path.join(manifestFixturesDir, 'valid'), path.join(manifestFixturesDir, 'invalid')]).flat();
    const [single, parallel] = await Promise.all([collect(inputs, 1), collect(inputs, 4)]);
    expect(parallel).toEqual(single);
    expect(single.filter((line) => line.includes(' valid ')).length).toBeGreaterThan(10);
  });
});
