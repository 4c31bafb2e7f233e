import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parseDocument, type YAMLMap } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listCharts } from '../../generator/tools/charts.ts';
import { chartKeys, type SchemaNode } from './schema-walk.ts';

/**
 * values.yaml comments, values.schema.json and the README values table come from one model:
 * every key carries the same description in all three, and the README default is the schema's.
 */

/** README key cell: dotted, with keys that are not plain identifiers quoted. */
function readmeKey(segments: readonly string[]): string {
  return segments.map((s) => (/^[A-Za-z_]\w*$/.test(s) ? s : `"${s}"`)).join('.');
}

function readmeRows(readme: string): Map<string, { default: string; description: string }> {
  const rows = new Map<string, { default: string; description: string }>();
  for (const line of readme.split('\n')) {
    const match = /^\| `([^`]+)` \| [^|]+ \| (.+?) \| (.*) \|$/.exec(line);
    if (match) rows.set(match[1]!, { default: match[2]!, description: match[3]!.replace(/\\\|/g, '|') });
  }
  return rows;
}

/** The comment written above each key of values.yaml, by dotted path. */
function valuesComments(map: YAMLMap, prefix: readonly string[] = [], out = new Map<string, string>()): Map<string, string> {
  for (const [index, pair] of map.items.entries()) {
    if (!isScalar(pair.key)) continue;
    const segments = [...prefix, String(pair.key.value)];
    // The yaml parser keeps a comment above a nested map's first key on the map itself.
    const comment = pair.key.commentBefore ?? (index === 0 ? map.commentBefore : undefined);
    out.set(segments.join('\u0000'), (comment ?? '').trim());
    if (isMap(pair.value)) valuesComments(pair.value, segments, out);
  }
  return out;
}

describe.each(listCharts().map((chart) => [chart.name, chart] as const))('%s: one source for values docs', (_name, chart) => {
  const schema = JSON.parse(readFileSync(path.join(chart.dir, 'values.schema.json'), 'utf8')) as SchemaNode;
  const leaves = [...chartKeys(schema)].filter((key) => !key.node.properties);

  it('the README values table has every leaf, with the schema description and default', () => {
    const rows = readmeRows(readFileSync(path.join(chart.dir, 'README.md'), 'utf8'));
    for (const leaf of leaves) {
      const row = rows.get(readmeKey(leaf.segments));
      expect(row, `README row for ${leaf.path}`).toBeDefined();
      // The schema's description, then what the schema allows (enum members, integer range), if anything.
      const description = leaf.node.description?.replace(/\n/g, ' ') ?? '';
      expect(row?.description === description || row?.description.startsWith(`${description} `), `${leaf.path}: ${row?.description}`).toBe(true);
      const json = JSON.stringify(leaf.node.default);
      if (row?.default !== '(see values.yaml)') expect(row?.default, leaf.path).toBe(`\`${json.replace(/\|/g, '\\|')}\``);
    }
    expect(rows.size).toBe(leaves.length);
  });

  it('values.yaml has the schema description above every key', () => {
    const doc = parseDocument(readFileSync(path.join(chart.dir, 'values.yaml'), 'utf8'));
    expect(isMap(doc.contents)).toBe(true);
    const comments = valuesComments(doc.contents as YAMLMap);
    for (const key of chartKeys(schema)) {
      const comment = comments.get(key.segments.join('\u0000'));
      if (comment === undefined) continue; // inside a map or list default written as plain data
      expect(comment, key.path).toContain(key.node.description);
    }
    // Every key of the schema's own objects is in values.yaml with its comment.
    const own = [...chartKeys(schema)].filter((key) => comments.has(key.segments.join('\u0000')));
    expect(own.length).toBeGreaterThan(leaves.length / 2);
  });
});
