import { jsYaml } from './js-yaml.ts';
import { goYamlSchema, goYamlSchemaWithoutMerge, nonFiniteScalars } from './go-yaml-schema.ts';
import { applyMerges } from './merge-keys.ts';

const { loadAll, YAMLException } = jsYaml;

export type ParseOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string };

/** go-yaml's own limit; deeper documents are refused rather than risking the stack. */
export const maxNestingDepth = 10_000;
/** Nodes a document may reach once aliases are expanded (a "billion laughs" guard). */
export const maxExpandedNodes = 5_000_000;

/**
 * Parses one document's text into plain data with kubeconform's YAML semantics. In strict
 * mode a key repeated in a mapping is an error; otherwise the last value wins. Failures are
 * results with a message that names the line in the file, never exceptions.
 */
export function parseDocument(text: string, strict: boolean, firstLine = 1): ParseOutcome {
  const binaryAt = text.indexOf('\0');
  if (binaryAt !== -1) {
    return { ok: false, message: `binary data, not YAML (NUL byte at line ${firstLine + countNewlines(text, binaryAt)})` };
  }
  nonFiniteScalars.first = '';
  // Merge keys are rare; when present they are applied with go-yaml's rules, not js-yaml's.
  const merges = text.includes('<<');
  let documents: unknown[];
  try {
    documents = loadAll(text, { schema: merges ? goYamlSchemaWithoutMerge : goYamlSchema, json: !strict, maxDepth: maxNestingDepth });
  } catch (error) {
    return { ok: false, message: describeParseError(error, text, firstLine) };
  }
  if (nonFiniteScalars.first !== '') {
    return { ok: false, message: `${nonFiniteScalars.first} is not a number JSON can represent` };
  }
  const value = documents[0] ?? null;
  if (merges) {
    const error = applyMerges(value, strict);
    if (error) return { ok: false, message: error };
  }
  if (mayHaveAliases(text) && exceedsExpandedSize(value)) {
    return { ok: false, message: 'document contains excessive aliasing' };
  }
  return { ok: true, value };
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function describeParseError(error: unknown, text: string, firstLine: number): string {
  if (error instanceof RangeError) return `nesting is too deep to validate (more than the stack allows)`;
  if (!(error instanceof YAMLException)) return `cannot parse YAML: ${String(error)}`;
  const mark = (error as InstanceType<typeof YAMLException> & { mark?: { line: number; column: number } }).mark;
  const reason = (error as InstanceType<typeof YAMLException> & { reason?: string }).reason ?? error.message.split('\n')[0] ?? 'invalid YAML';
  if (!mark) return `invalid YAML: ${reason}`;
  const line = firstLine + mark.line;
  const where = `line ${line}, column ${mark.column + 1}`;
  if (/duplicate/i.test(reason)) {
    const source = text.split('\n', mark.line + 1)[mark.line] ?? '';
    const key = /^\s*(?:-\s+)?("(?:[^"\\]|\\.)*"|'[^']*'|[^:#]+?)\s*:/.exec(source.slice(0))?.[1];
    return `duplicate key${key ? ` ${JSON.stringify(key.replace(/^["']|["']$/g, ''))}` : ''} at ${where}: a key may appear once per mapping in strict mode`;
  }
  if (/maxDepth/i.test(reason)) return `nesting deeper than ${maxNestingDepth} levels at ${where}`;
  return `invalid YAML at ${where}: ${reason}`;
}

/** An alias needs an anchor in the same document: without `&`, there is nothing to expand. */
export function mayHaveAliases(text: string): boolean {
  return text.includes('&') && text.includes('*');
}

/** Counts nodes as if every alias were copied, stopping as soon as the limit is passed. */
export function exceedsExpandedSize(root: unknown): boolean {
  const sizes = new Map<object, number>();
  // Post-order walk without recursion: each container's size is the sum of its children's.
  const stack: { node: object; children: unknown[]; index: number; total: number }[] = [];
  const enter = (value: unknown): number | undefined => {
    if (typeof value !== 'object' || value === null) return 1;
    const known = sizes.get(value);
    if (known !== undefined) return known;
    stack.push({ node: value, children: Array.isArray(value) ? value : Object.values(value), index: 0, total: 1 });
    return undefined;
  };
  if (enter(root) !== undefined) return false;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index < frame.children.length) {
      const size = enter(frame.children[frame.index++]);
      if (size !== undefined) frame.total += size;
      if (frame.total > maxExpandedNodes) return true;
      continue;
    }
    stack.pop();
    sizes.set(frame.node, frame.total);
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.total += frame.total;
      if (parent.total > maxExpandedNodes) return true;
    } else if (frame.total > maxExpandedNodes) {
      return true;
    }
  }
  return false;
}
