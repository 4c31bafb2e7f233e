import type { ValidationIssue } from '../core/types.ts';
import { isObject } from '../schemas/json-schema.ts';
import { checkLabelValue, checkQualifiedName } from './dns.ts';
import type { Rule } from './types.ts';
import { fieldPath, objectAt, objectMetas } from './walk.ts';

/** ValidateAnnotations: the keys and values of all annotations together. */
const maxAnnotationBytes = 256 * 1024;

/** Labels and annotations of every ObjectMeta, and the label selectors that must match them. */
export const labelsAndAnnotations: Rule = (subject, issues) => {
  for (const { path, meta } of objectMetas(subject.kind, subject.value)) {
    if (isObject(meta['labels'])) checkLabels(meta['labels'], [...path, 'labels'], issues);
    const annotations = meta['annotations'];
    if (!isObject(annotations)) continue;
    let bytes = 0;
    for (const [key, value] of Object.entries(annotations)) {
      const why = checkQualifiedName(key.toLowerCase());
      if (why) issues.push({ path: fieldPath(...path, 'annotations', key), message: `${JSON.stringify(key)} is not a valid annotation key: ${why} (API server rule: qualified name)` });
      bytes += Buffer.byteLength(key) + (typeof value === 'string' ? Buffer.byteLength(value) : 0);
    }
    if (bytes > maxAnnotationBytes) {
      issues.push({ path: fieldPath(...path, 'annotations'), message: `annotations total ${bytes} bytes, more than the 262144 (256 KiB) the API server accepts (API server rule: annotation size)` });
    }
  }
  const selector = objectAt(subject.value, 'spec', 'selector');
  if (!selector) return;
  if (subject.kind === 'Service' || subject.kind === 'ReplicationController') checkLabels(selector, ['spec', 'selector'], issues);
  else if (isObject(selector['matchLabels'])) checkLabels(selector['matchLabels'], ['spec', 'selector', 'matchLabels'], issues);
};

function checkLabels(labels: Record<string, unknown>, path: readonly string[], issues: ValidationIssue[]): void {
  for (const [key, value] of Object.entries(labels)) {
    const keyWhy = checkQualifiedName(key);
    if (keyWhy) issues.push({ path: fieldPath(...path, key), message: `${JSON.stringify(key)} is not a valid label key: ${keyWhy} (API server rule: qualified name)` });
    if (typeof value !== 'string') continue;
    const valueWhy = checkLabelValue(value);
    if (valueWhy) issues.push({ path: fieldPath(...path, key), message: `${JSON.stringify(value)} is not a valid label value: ${valueWhy} (API server rule: label value)` });
  }
}
