import { joinPath } from '../pattern/issues.ts';
import { duplicateKey, pathAtOffset } from '../pattern/load.ts';
import { LineCounter, isMap, isNode, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/** A position in a file, 1-based. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** One values file, parsed with the source positions of every node. */
export interface ValuesFile {
  readonly file: string;
  readonly data: unknown;
  /** YAML syntax errors and duplicate keys, each with its position. */
  readonly errors: readonly { readonly position: Position; readonly path: string; readonly message: string }[];
  /**
   * How deep `segments` reaches into this file, and where: `depth` is how many leading
   * segments exist here (0: none, not even the first key); `position` points at the key of
   * the deepest existing mapping entry (`atKey`) or at its value (a scalar or list item).
   */
  readonly locate: (segments: readonly (string | number)[], atKey?: boolean) => { depth: number; position: Position };
}

/**
 * Parses a values file as helm reads it: YAML 1.1 scalars (`on`, `yes` are booleans, as
 * go-yaml v2 reads them), one document, duplicate keys an error.
 */
export function parseValuesFile(file: string, text: string): ValuesFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, version: '1.1', prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const errors = doc.errors.map((error) => ({
    position: at(error.pos[0]),
    path: joinPath([...pathAtOffset(doc.contents, error.pos[0]), ...duplicateKey(error.code, text, error.pos[0])]) || '(root)',
    message: error.code === 'DUPLICATE_KEY' ? 'duplicate key; expected each key once per mapping' : `invalid YAML: ${error.message.split('\n')[0] ?? error.message}`,
  }));
  const data = errors.length > 0 ? undefined : (doc.toJS({ maxAliasCount: 100 }) as unknown);
  return { file, data, errors, locate: (segments, atKey = false) => locate(doc, segments, atKey, at) };
}

function locate(
  doc: Document,
  segments: readonly (string | number)[],
  atKey: boolean,
  at: (offset: number) => Position,
): { depth: number; position: Position } {
  let node: unknown = doc.contents;
  let position: Position = isNode(node) && node.range ? at(node.range[0]) : { line: 1, column: 1 };
  let depth = 0;
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const key = pair.key as Node;
      const value = pair.value;
      depth++;
      // A block collection is best pointed at by its key; a scalar by its value, unless the key itself is wrong.
      const pointAtValue = !(last && atKey) && isNode(value) && value.range && (isScalar(value) || (value as { flow?: boolean }).flow === true);
      position = pointAtValue && isNode(value) && value.range ? at(value.range[0]) : key.range ? at(key.range[0]) : position;
      node = value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!isNode(item)) break;
      depth++;
      if (item.range) position = at(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return { depth, position };
}
