import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../generator/tools/paths.ts';
import { outputMarker } from '../../generator/write/output-dir.ts';
import { runGenerator } from '../support/cli.ts';
import { readTree, tempDir } from '../support/files.ts';

// The smallest valid pattern in the repository; each case renames its chart.
const baseYaml = readFileSync(path.join(repoRoot, 'test', 'fixtures', 'bad-patterns', '_base.yaml'), 'utf8');
const patternYaml = (chart: string): string => baseYaml.replace(/^ {2}name: demo$/m, `  name: ${chart}`);
const patternJson = (chart: string): string => `${JSON.stringify(parse(patternYaml(chart)), null, 2)}\n`;

/** A patterns folder as a user lays it out: `<root>/<chart>/pattern.yaml|json`. */
async function patternsRoot(files: Record<string, string>): Promise<string> {
  const root = await tempDir('patterns');
  for (const [relative, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), text);
  }
  return root;
}

const hiddenTemporaries = (dir: string): string[] => readdirSync(dir).filter((name) => /\.(tmp|old)-/.test(name));

describe('generate, as a user runs it', () => {
  it('discovers YAML and JSON patterns in pattern folders, and marks an --out folder as its own', async () => {
    const root = await patternsRoot({ 'one/pattern.yaml': patternYaml('one'), 'two/pattern.json': patternJson('two'), 'notes/README.md': 'not a pattern\n' });
    const out = path.join(await tempDir('out'), 'charts');
    const result = await runGenerator(['generate', '--out', out, root]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([outputMarker, 'one', 'two']);
    expect(parse(readFileSync(path.join(out, 'two', 'Chart.yaml'), 'utf8'))).toMatchObject({ name: 'two' });
  });

  it('two pattern files in one folder are an error that names them, and nothing is written', async () => {
    const root = await patternsRoot({ 'one/pattern.yaml': patternYaml('one'), 'one/pattern.json': patternJson('one') });
    const out = path.join(await tempDir('out'), 'charts');
    const result = await runGenerator(['generate', '--out', out, root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path.join(root, 'one')}: (root): 2 pattern files (pattern.yaml, pattern.json); expected exactly one pattern file per folder`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('generating one pattern replaces that chart folder only; the other charts and files are untouched', async () => {
    const root = await patternsRoot({ 'one/pattern.yaml': patternYaml('one'), 'two/pattern.yaml': patternYaml('two') });
    const out = path.join(await tempDir('out'), 'charts');
    expect((await runGenerator(['generate', '--out', out, root])).code).toBe(0);
    const twoBefore = readTree(path.join(out, 'two'));
    await writeFile(path.join(out, 'two', 'edited-by-hand.txt'), 'mine\n');
    await writeFile(path.join(out, 'one', 'stale.txt'), 'left from an older generation\n');
    await writeFile(path.join(out, 'notes.txt'), 'a user file beside the charts\n');
    const result = await runGenerator(['generate', '--out', out, path.join(root, 'one', 'pattern.yaml')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // `one` is exactly a fresh generation: the file added to it is gone.
    expect(existsSync(path.join(out, 'one', 'stale.txt'))).toBe(false);
    expect(existsSync(path.join(out, 'one', 'Chart.yaml'))).toBe(true);
    // `two` and the file beside the charts are as they were.
    expect(readTree(path.join(out, 'two'))).toEqual(new Map([...twoBefore, ['edited-by-hand.txt', 'mine\n']]));
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('a user file beside the charts\n');
    expect(hiddenTemporaries(out)).toEqual([]);
  });

  it('--out refuses a non-empty folder it did not create, with one clear error, exit 1 and nothing written', async () => {
    const root = await patternsRoot({ 'one/pattern.yaml': patternYaml('one') });
    const out = await tempDir('users-folder');
    await mkdir(path.join(out, 'one'));
    await writeFile(path.join(out, 'one', 'Chart.yaml'), 'name: one # my own chart\n');
    await writeFile(path.join(out, 'todo.txt'), 'my notes\n');
    const before = readTree(out);
    const result = await runGenerator(['generate', '--out', out, root]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      `--out ${out}: the folder is not empty and was not written by \`generate --out\` (no ${outputMarker} file in it); nothing was written. Choose a new or empty folder, so none of your files are replaced`,
    ]);
    expect(readTree(out)).toEqual(before);
    expect(readdirSync(out).sort()).toEqual(['one', 'todo.txt']);
  });

  it('--out accepts an empty folder', async () => {
    const root = await patternsRoot({ 'one/pattern.yaml': patternYaml('one') });
    const out = await tempDir('empty');
    const result = await runGenerator(['generate', '--out', out, root]);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([outputMarker, 'one']);
  });

  it('--check prints a unified diff of each changed file and lists missing and unexpected ones', async () => {
    const root = await patternsRoot({ 'one/pattern.yaml': patternYaml('one') });
    const out = path.join(await tempDir('out'), 'charts');
    expect((await runGenerator(['generate', '--out', out, root])).code).toBe(0);
    const chartYaml = path.join(out, 'one', 'Chart.yaml');
    await writeFile(chartYaml, readFileSync(chartYaml, 'utf8').replace(/^version: 0\.1\.0$/m, 'version: 0.1.1'));
    await writeFile(path.join(out, 'one', 'extra.yaml'), 'kind: ConfigMap\n');
    const before = readTree(out);
    const result = await runGenerator(['generate', '--check', '--out', out, root]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^--- a\/one\/Chart\.yaml\n\+\+\+ b\/one\/Chart\.yaml\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    expect(result.stdout).toContain('\n-version: 0.1.1\n+version: 0.1.0\n');
    expect(result.stderr).toMatch(/changed\s+one\/Chart\.yaml/);
    expect(result.stderr).toMatch(/unexpected\s+one\/extra\.yaml/);
    expect(readTree(out)).toEqual(before);
  });
});
