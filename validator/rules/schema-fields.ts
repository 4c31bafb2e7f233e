import type { ValidationIssue } from '../core/types.ts';
import { isObject } from '../schemas/json-schema.ts';
import type { IndexNode, IndexRef, ReleaseFieldIndex } from './field-index.ts';
import type { Rule } from './types.ts';
import { fieldPath } from './walk.ts';

const int32Min = -2147483648;
const int32Max = 2147483647;
const maxDepth = 128;

/**
 * What the schema says and JSON Schema cannot check: an `int32` integer must fit 32 bits (Go
 * decodes into int32 and refuses overflow), and a list-map (`x-kubernetes-list-type: map`)
 * may hold each key (with its defaults applied, so a port without protocol is TCP) once;
 * the API server's validation and server-side apply (helm 4's default) refuse duplicates.
 */
export const schemaFields: Rule = (subject, issues) => {
  if (!subject.fields) return;
  walk(subject.value, subject.fields.root, subject.fields.index, [], issues);
};

function resolve(ref: IndexRef, index: ReleaseFieldIndex): IndexNode | undefined {
  return typeof ref === 'string' ? index.definitions[ref] : ref;
}

/** The property entries of each index node, computed once: the walk runs for every resource. */
const entriesOf = new WeakMap<Record<string, IndexRef>, [string, IndexRef][]>();

function propertyEntries(properties: Record<string, IndexRef>): [string, IndexRef][] {
  let entries = entriesOf.get(properties);
  if (!entries) {
    entries = Object.entries(properties);
    entriesOf.set(properties, entries);
  }
  return entries;
}

/** `path` is the stack of segments down to `value`; it becomes a string only for an issue. */
function walk(value: unknown, ref: IndexRef, index: ReleaseFieldIndex, path: (string | number)[], issues: ValidationIssue[]): void {
  const node = resolve(ref, index);
  if (!node || path.length > maxDepth || value === null || value === undefined) return;
  if (node.int32 && typeof value === 'number' && Number.isInteger(value) && (value < int32Min || value > int32Max)) {
    issues.push({ path: fieldPath(...path), message: `${value} is out of range for an int32 field (${int32Min} to ${int32Max}) (API server rule: int32)` });
  }
  if (Array.isArray(value)) {
    if (node.keys) checkListMap(value, node, path, issues);
    const items = node.items;
    if (items === undefined) return;
    for (let position = 0; position < value.length; position++) {
      path.push(position);
      walk(value[position], items, index, path, issues);
      path.pop();
    }
    return;
  }
  if (!isObject(value)) return;
  if (node.properties) {
    for (const [name, child] of propertyEntries(node.properties)) {
      const field = value[name];
      if (field === undefined || field === null || (typeof field !== 'object' && typeof field !== 'number')) continue;
      path.push(name);
      walk(field, child, index, path, issues);
      path.pop();
    }
  }
  if (node.values !== undefined) {
    for (const name in value) {
      path.push(name);
      walk(value[name], node.values, index, path, issues);
      path.pop();
    }
  }
}

function checkListMap(list: readonly unknown[], node: IndexNode, path: readonly (string | number)[], issues: ValidationIssue[]): void {
  if (list.length < 2) return;
  const keys = node.keys!;
  const seen = new Map<string, number>();
  list.forEach((item, position) => {
    if (!isObject(item)) return;
    const entry: Record<string, unknown> = {};
    for (const key of keys) {
      const value = item[key] ?? node.keyDefaults?.[key];
      if (value !== undefined && value !== null) entry[key] = value;
    }
    const id = JSON.stringify(entry);
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, position);
      return;
    }
    issues.push({ path: fieldPath(...path, position), message: `duplicate entry ${id}: the same as item ${first}; items of this list are keyed by ${keys.join(' + ')} and must be unique (API server rule: list-map keys)` });
  });
}
