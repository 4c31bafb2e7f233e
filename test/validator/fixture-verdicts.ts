import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { customKindsFromCrd } from '../../validator/index.ts';
import { parseDocument } from '../../validator/yaml/parse-document.ts';
import { splitDocuments } from '../../validator/yaml/split-documents.ts';
import type { JsonReport } from './tools.ts';

/** A resource's verdict in kubeconform's JSON words, by name. */
export interface Verdict {
  readonly name: string;
  readonly status: string;
}

const statusOf: Record<string, string> = { valid: 'statusValid', invalid: 'statusInvalid', error: 'statusError' };

interface FixtureMetadata {
  name?: string;
  generateName?: string;
  labels: { expect: string };
  annotations?: { rule?: string };
}

/** Each resource of a fixture file: its name, the verdict its `expect` label names, its `rule` annotation. */
export function fixtureResources(file: string): (Verdict & { readonly rule?: string | undefined })[] {
  return splitDocuments(readFileSync(file, 'utf8')).map((document) => {
    const parsed = parseDocument(document.text, true, document.line);
    if (!parsed.ok) throw new Error(`${file}:${document.line}: ${parsed.message}`);
    const metadata = (parsed.value as { metadata: FixtureMetadata }).metadata;
    const name = metadata.name ?? (metadata.generateName ? `${metadata.generateName}{{ generateName }}` : '');
    return { name, status: statusOf[metadata.labels.expect]!, rule: metadata.annotations?.rule };
  });
}

export function reportVerdicts(report: JsonReport): Verdict[] {
  return report.resources.map((resource) => ({ name: resource.name, status: resource.status }));
}

export const byName = (a: Verdict, b: Verdict): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Writes the strict schemas of every CRD in the files to `dir`, named as kubeconform looks them up. */
export function writeCrdSchemas(files: readonly string[], dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const file of files) {
    for (const document of splitDocuments(readFileSync(file, 'utf8'))) {
      const parsed = parseDocument(document.text, true, document.line);
      for (const kind of parsed.ok ? customKindsFromCrd(parsed.value, true) : []) {
        writeFileSync(path.join(dir, `${kind.key}.json`), JSON.stringify(kind.schema));
      }
    }
  }
  return path.join(dir, '{{ .ResourceKind }}{{ .KindSuffix }}.json');
}
