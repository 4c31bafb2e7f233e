import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChartsAtomically } from '../../generator/write/atomic-write.ts';
import { outputMarker } from '../../generator/write/output-dir.ts';
import { readTree, tempDir } from '../support/files.ts';

describe('atomic write', () => {
  async function previousOutput(): Promise<string> {
    const out = path.join(await tempDir('atomic'), 'charts');
    for (const chart of ['old', 'kept']) {
      await mkdir(path.join(out, chart), { recursive: true });
      await writeFile(path.join(out, chart, 'Chart.yaml'), `name: ${chart}\n`);
    }
    return out;
  }

  it('replaces the folders of the charts it writes, and nothing else', async () => {
    const out = await previousOutput();
    await writeFile(path.join(out, 'old', 'stale.yaml'), 'from an older generation\n');
    await writeChartsAtomically(out, new Map([['old', new Map([['Chart.yaml', 'name: old, again\n']])], ['new', new Map([['Chart.yaml', 'name: new\n']])]]));
    expect(Object.fromEntries(readTree(out))).toEqual({
      [path.join('old', 'Chart.yaml')]: 'name: old, again\n',
      [path.join('new', 'Chart.yaml')]: 'name: new\n',
      [path.join('kept', 'Chart.yaml')]: 'name: kept\n',
      [outputMarker]: expect.stringContaining('generate --out'),
    });
  });

  it('a write that fails half-way leaves every previous chart folder untouched and no temporary folder behind', async () => {
    const out = await previousOutput();
    // `a` is written as a file, so writing `a/b` beneath it fails with ENOTDIR after other files landed.
    const broken = new Map([['a', 'first file'], ['a/b', 'cannot be written']]);
    const charts = new Map([['old', new Map([['Chart.yaml', 'name: replaced\n']])], ['kept', broken]]);
    await expect(writeChartsAtomically(out, charts)).rejects.toThrow(/ENOTDIR|EEXIST/);
    expect(Object.fromEntries(readTree(out))).toEqual({
      [path.join('old', 'Chart.yaml')]: 'name: old\n',
      [path.join('kept', 'Chart.yaml')]: 'name: kept\n',
    });
    expect((await readdir(out)).sort()).toEqual(['kept', 'old']);
  });

  it('a failed write into a folder that did not exist leaves no folder behind', async () => {
    const out = path.join(await tempDir('atomic'), 'charts');
    await expect(writeChartsAtomically(out, new Map([['x', new Map([['a', '1'], ['a/b', '2']])]]))).rejects.toThrow();
    expect(await readdir(path.dirname(out))).toEqual([]);
  });
});
