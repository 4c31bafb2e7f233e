import type { Dirent } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** Something to read documents from: a file found on disk, or standard input. */
export type Source =
  | { readonly type: 'file'; readonly path: string }
  | { readonly type: 'stdin'; readonly stream: Readable }
  | { readonly type: 'unreadable'; readonly path: string; readonly reason: string };

const manifestFile = /\.(ya?ml|json)$/i;

/**
 * The files to validate, in kubeconform's order: each argument in turn, folders walked in
 * lexical order keeping `.yaml`, `.yml` and `.json` files. A file named explicitly is read
 * whatever its extension (kubeconform would silently skip it). A path that cannot be read is
 * reported as such, never dropped.
 */
export async function* findSources(paths: readonly string[], ignorePatterns: readonly RegExp[] = []): AsyncGenerator<Source> {
  const ignored = (file: string): boolean => ignorePatterns.some((pattern) => pattern.test(file));
  for (const root of paths) {
    let info;
    try {
      info = await stat(root);
    } catch (error) {
      yield { type: 'unreadable', path: root, reason: describeFsError(error) };
      continue;
    }
    if (!info.isDirectory()) {
      if (!ignored(root)) yield { type: 'file', path: root };
      continue;
    }
    yield* walk(root, ignored);
  }
}

async function* walk(dir: string, ignored: (file: string) => boolean): AsyncGenerator<Source> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { type: 'unreadable', path: dir, reason: describeFsError(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = path.join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      // filepath.Walk does not follow links to folders; links to files are read.
      isDirectory = (await lstat(child)).isDirectory();
    }
    if (isDirectory) {
      yield* walk(child, ignored);
    } else if (manifestFile.test(entry.name) && !ignored(child)) {
      yield { type: 'file', path: child };
    }
  }
}

export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e.message ?? String(error);
  }
}
