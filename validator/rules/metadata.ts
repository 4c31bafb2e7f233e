import type { ValidationIssue } from '../core/types.ts';
import { isObject } from '../schemas/json-schema.ts';
import { checkLabelValue, checkQualifiedName, remembered } from './dns.ts';
import type { Rule } from './types.ts';
import { fieldPath, objectAt, objectMetas } from './walk.ts';

/** ValidateAnnotations: the keys and values of all annotations together. */
const maxAnnotationBytes = 256 * 1024;

const labelKey = remembered(checkQualifiedName);
const annotationKey = remembered((key) => checkQualifiedName(key.toLowerCase()));
const labelValue = remembered(checkLabelValue);

/** Labels and annotations of every ObjectMeta, and the label selectors that must match them. */
export const labelsAndAnnotations: Rule = (subject, issues) => {
  for (const { path, meta } of objectMetas(subject.kind, subject.value)) {
    if (isObject(meta['labels'])) checkLabels(meta['labels'], [...path, 'labels'], issues);
    const annotations = meta['annotations'];
    if (!isObject(annotations)) continue;
    // UTF-16 length bounds the UTF-8 size (at most 3 bytes per unit): count bytes only when it could matter.
    let units = 0;
    for (const key in annotations) {
      const value = annotations[key];
      const why = annotationKey(key);
      if (why) issues.push({ path: fieldPath(...path, 'annotations', key), message: `${JSON.stringify(key)} is not a valid annotation key: ${why} (API server rule: qualified name)` });
      units += key.length + (typeof value === 'string' ? value.length : 0);
    }
    const bytes = units * 3 > maxAnnotationBytes ? annotationBytes(annotations) : 0;
    if (bytes > maxAnnotationBytes) {
      issues.push({ path: fieldPath(...path, 'annotations'), message: `annotations total ${bytes} bytes, more than the 262144 (256 KiB) the API server accepts (API server rule: annotation size)` });
    }
  }
  const selector = objectAt(subject.value, 'spec', 'selector');
  if (!selector) return;
  if (subject.kind === 'Service' || subject.kind === 'ReplicationController') checkLabels(selector, ['spec', 'selector'], issues);
  else if (isObject(selector['matchLabels'])) checkLabels(selector['matchLabels'], ['spec', 'selector', 'matchLabels'], issues);
};

function annotationBytes(annotations: Record<string, unknown>): number {
  let bytes = 0;
  for (const [key, value] of Object.entries(annotations)) bytes += Buffer.byteLength(key) + (typeof value === 'string' ? Buffer.byteLength(value) : 0);
  return bytes;
}

function checkLabels(labels: Record<string, unknown>, path: readonly string[], issues: ValidationIssue[]): void {
  for (const key in labels) {
    const value = labels[key];
    const keyWhy = labelKey(key);
    if (keyWhy) issues.push({ path: fieldPath(...path, key), message: `${JSON.stringify(key)} is not a valid label key: ${keyWhy} (API server rule: qualified name)` });
    if (typeof value !== 'string') continue;
    const valueWhy = labelValue(value);
    if (valueWhy) issues.push({ path: fieldPath(...path, key), message: `${JSON.stringify(value)} is not a valid label value: ${valueWhy} (API server rule: label value)` });
  }
}
