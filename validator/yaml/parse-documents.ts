import { goYamlSchema, nonFiniteScalars } from './go-yaml-schema.ts';
import { jsYaml } from './js-yaml.ts';
import { exceedsExpandedSize, mayHaveAliases, maxNestingDepth, parseDocument, type ParseOutcome } from './parse-document.ts';

const { loadAll } = jsYaml;

/** Documents parsed in one call: js-yaml's fixed cost per call is larger than a small manifest's parse. */
const groupSize = 64;
const separatorLine = /^---[ \t]*(?:#[^\n]*)?(?:\n|$)/;

/**
 * Parses many documents' texts with the same results as `parseDocument` on each, but joins
 * plain ones into a single YAML stream per group. Anything unusual (merge keys, directives,
 * document-end markers, NUL bytes) and any group that fails goes through
 * `parseDocument` one by one, which also gives the exact line of an error.
 */
export function parseDocuments(texts: readonly string[], strict: boolean, firstLines: readonly number[]): ParseOutcome[] {
  const outcomes: ParseOutcome[] = new Array(texts.length);
  let group: number[] = [];
  const single = (index: number): void => {
    outcomes[index] = parseDocument(texts[index]!, strict, firstLines[index] ?? 1);
  };
  const flush = (): void => {
    if (group.length === 0) return;
    const members = group;
    group = [];
    settle(members);
  };
  // A group that fails is halved until the failing documents are alone: one bad document
  // costs a few extra parses, not a parse of each of its neighbours.
  const settle = (members: readonly number[]): void => {
    if (members.length === 1) {
      single(members[0]!);
      return;
    }
    if (parseGroup(members, texts, strict, outcomes)) return;
    const half = Math.ceil(members.length / 2);
    settle(members.slice(0, half));
    settle(members.slice(half));
  };
  texts.forEach((text, index) => {
    if (!joinable(text)) {
      single(index);
      return;
    }
    group.push(index);
    if (group.length >= groupSize) flush();
  });
  flush();
  return outcomes;
}

function joinable(text: string): boolean {
  if (text.startsWith('---') && !separatorLine.test(text)) return false;
  if (text.startsWith('%') || text.startsWith('...')) return false;
  return !(text.includes('<<') || text.includes('\0') || text.includes('\r') || text.includes('\n%') || text.includes('\n...'));
}

function parseGroup(members: readonly number[], texts: readonly string[], strict: boolean, outcomes: ParseOutcome[]): boolean {
  const stream = members.map((index) => `---\n${texts[index]!.replace(separatorLine, '')}`).join('\n');
  nonFiniteScalars.first = '';
  let documents: unknown[];
  try {
    documents = loadAll(stream, { schema: goYamlSchema, json: !strict, maxDepth: maxNestingDepth });
  } catch {
    return false;
  }
  if (documents.length !== members.length || nonFiniteScalars.first !== '') return false;
  const values = members.map((index, position) => ({ index, value: documents[position] ?? null }));
  if (values.some(({ index, value }) => mayHaveAliases(texts[index]!) && exceedsExpandedSize(value))) return false;
  for (const { index, value } of values) outcomes[index] = { ok: true, value };
  return true;
}
