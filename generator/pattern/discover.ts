import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError, type Issue } from './issues.ts';

/** The names a pattern file may have inside its folder, in every format `loadPattern` reads. */
export const patternFileNames = ['pattern.ts', 'pattern.mts', 'pattern.js', 'pattern.mjs', 'pattern.yaml', 'pattern.yml', 'pattern.json'] as const;

/** The pattern file of one folder, undefined when it has none; two or more are an issue, not a guess. */
function patternFileIn(dir: string, issues: Issue[]): string | undefined {
  const found = patternFileNames.filter((name) => existsSync(path.join(dir, name)));
  if (found.length > 1) {
    issues.push({
      code: 'pattern.ambiguous',
      file: dir,
      path: '',
      message: `${found.length} pattern files (${found.join(', ')}); expected exactly one pattern file per folder`,
    });
    return undefined;
  }
  return found[0] === undefined ? undefined : path.join(dir, found[0]);
}

/**
 * Pattern files named on the command line, or found under a folder: a folder holding a
 * `pattern.*` file is that one pattern; any other folder is a root of `<chart>/pattern.*`
 * folders (as `patterns/` is). Sorted within each root, so output order never depends on the file system.
 */
export function discoverPatternFiles(inputs: readonly string[]): string[] {
  const issues: Issue[] = [];
  const files: string[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) {
      issues.push({ code: 'load.not-found', file: input, path: '', message: 'no such file or folder; expected a pattern file or a folder of patterns' });
      continue;
    }
    if (!statSync(input).isDirectory()) {
      files.push(input);
      continue;
    }
    const own = patternFileIn(input, issues);
    if (own !== undefined) {
      files.push(own);
      continue;
    }
    const before = files.length;
    for (const entry of readdirSync(input, { withFileTypes: true }).filter((e) => e.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = patternFileIn(path.join(input, entry.name), issues);
      if (file !== undefined) files.push(file);
    }
    if (files.length === before && !issues.some((i) => i.file.startsWith(input))) {
      issues.push({ code: 'load.no-patterns', file: input, path: '', message: `no pattern files; expected ${patternFileNames.join(', ')} in this folder or in its subfolders` });
    }
  }
  if (issues.length > 0) throw new InputError(issues);
  return files;
}
