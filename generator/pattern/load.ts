import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { InputError, joinPath, type Issue } from './issues.ts';

/** A pattern as read from disk, not yet validated. */
export interface LoadedPattern {
  readonly file: string;
  readonly data: unknown;
  /** `line:column` of a path inside the source text (YAML/JSON inputs only). */
  readonly locate: (segments: readonly (string | number)[]) => string | undefined;
}

const noPosition = (): undefined => undefined;

/** Reads a pattern from a TypeScript/JavaScript module (default export) or a YAML/JSON file. */
export async function loadPattern(file: string): Promise<LoadedPattern> {
  const ext = path.extname(file).toLowerCase();
  if (['.ts', '.mts', '.js', '.mjs'].includes(ext)) return loadModule(file);
  if (['.yaml', '.yml', '.json'].includes(ext)) return loadDocument(file);
  throw new InputError([
    { code: 'load.extension', file, path: '', message: `unsupported file type "${ext}"; expected .ts, .js, .yaml, .yml or .json` },
  ]);
}

async function loadModule(file: string): Promise<LoadedPattern> {
  const module = (await import(pathToFileURL(path.resolve(file)).href)) as { default?: unknown };
  if (module.default === undefined) {
    throw new InputError([{ code: 'load.no-default-export', file, path: '', message: 'expected a default export holding the pattern' }]);
  }
  return { file, data: module.default, locate: noPosition };
}

async function loadDocument(file: string): Promise<LoadedPattern> {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new InputError([{ code: 'load.read', file, path: '', message: error.message }]);
  });
  return parsePatternText(file, text);
}

/** Parses YAML (JSON is YAML) strictly: duplicate keys and syntax errors are reported with their position. */
export function parsePatternText(file: string, text: string): LoadedPattern {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false });
  const position = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return `${line}:${col}`;
  };
  if (doc.errors.length > 0) {
    const issues: Issue[] = doc.errors.map((error) => ({
      code: `yaml.${error.code.toLowerCase()}`,
      file,
      path: joinPath([...pathAtOffset(doc.contents, error.pos[0]), ...duplicateKey(error.code, text, error.pos[0])]),
      message: yamlErrorMessage(error.code, error.message),
      position: position(error.pos[0]),
    }));
    throw new InputError(issues);
  }
  return { file, data: doc.toJS({ maxAliasCount: 100 }), locate: (segments) => locateNode(doc, segments, position) };
}

function locateNode(
  doc: Document,
  segments: readonly (string | number)[],
  position: (offset: number) => string,
): string | undefined {
  // Walk up from the deepest path that exists, so a missing key points at its parent.
  for (let depth = segments.length; depth >= 0; depth--) {
    const node = doc.getIn(segments.slice(0, depth), true);
    if (isNode(node) && node.range) return position(node.range[0]);
  }
  return undefined;
}

/** The repeated key of a DUPLICATE_KEY error, read from the source at the error's offset. */
export function duplicateKey(code: string, text: string, offset: number): string[] {
  if (code !== 'DUPLICATE_KEY') return [];
  const key = /^["']?([^:"'\n]+)/.exec(text.slice(offset))?.[1]?.trim();
  return key ? [key] : [];
}

function yamlErrorMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key; expected each key once per mapping';
  return `invalid YAML: ${message.split('\n')[0] ?? message}`;
}

/** The path of the deepest node whose source range holds `offset`, to name where a syntax error sits. */
export function pathAtOffset(node: unknown, offset: number, at: (string | number)[] = []): (string | number)[] {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const value = pair.value;
      if (key !== undefined && isNode(value) && value.range && offset >= value.range[0] && offset <= value.range[2]) {
        return pathAtOffset(value, offset, [...at, key]);
      }
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      if (isNode(item) && item.range && offset >= item.range[0] && offset <= item.range[2]) return pathAtOffset(item, offset, [...at, index]);
    }
  }
  return at;
}
