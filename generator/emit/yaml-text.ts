import { Document, type ToStringOptions } from 'yaml';

/**
 * YAML written the same way everywhere: no line folding, block literals for
 * multi-line strings, and YAML 1.1 quoting so Go's reader (helm) agrees on
 * values such as `yes`, `on` or `0775`.
 */
export const yamlWriteOptions: ToStringOptions = { lineWidth: 0, minContentWidth: 0, indentSeq: true };

export function newYamlDocument(value: unknown): Document {
  return new Document(value, { version: '1.1' });
}

export function toYamlText(value: unknown): string {
  return newYamlDocument(value).toString(yamlWriteOptions);
}
