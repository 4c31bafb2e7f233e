import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChartsAtomically } from '../../generator/write/atomic-write.ts';
import { readTree, tempDir } from '../support/files.ts';

describe('atomic write', () => {
  async function previousOutput(): Promise<string> {
    const out = path.join(await tempDir('atomic'), 'charts');
    await mkdir(path.join(out, 'old'), { recursive: true });
    await writeFile(path.join(out, 'old', 'Chart.yaml'), 'name: old\n');
    return out;
  }

  it('replaces the whole output directory', async () => {
    const out = await previousOutput();
    await writeChartsAtomically(out, new Map([['new', new Map([['Chart.yaml', 'name: new\n']])]]));
    expect([...readTree(out).entries()]).toEqual([[path.join('new', 'Chart.yaml'), 'name: new\n']]);
    expect(await readdir(path.dirname(out))).toEqual(['charts']);
  });

  it('a write that fails half-way leaves the previous output untouched', async () => {
    const out = await previousOutput();
    // `a` is written as a file, so writing `a/b` beneath it fails with ENOTDIR after the first file landed.
    const files = new Map([['a', 'first file'], ['a/b', 'cannot be written']]);
    await expect(writeChartsAtomically(out, new Map([['broken', files]]))).rejects.toThrow(/ENOTDIR|EEXIST/);
    expect([...readTree(out).entries()]).toEqual([[path.join('old', 'Chart.yaml'), 'name: old\n']]);
    expect(await readdir(path.dirname(out))).toEqual(['charts']);
  });
});
