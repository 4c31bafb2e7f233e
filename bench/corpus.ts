import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listCharts } from '../generator/tools/charts.ts';
import { helmTemplate, pinnedHelms } from '../generator/tools/helm.ts';
import { repoRoot } from '../generator/tools/paths.ts';
import { customKindsFromCrd } from '../validator/core/crd-schemas.ts';
import { newestRelease } from '../validator/schemas/releases.ts';
import { parseDocument } from '../validator/yaml/parse-document.ts';
import { splitDocuments } from '../validator/yaml/split-documents.ts';

/** The hand-written manifests: one error class per file under `invalid/`. */
export const manifestFixturesDir = path.join(repoRoot, 'test', 'fixtures', 'manifests');

export interface Corpus {
  /** Every file to validate (one resource per file for rendered charts). */
  readonly dir: string;
  /** Schemas of the custom kinds defined by CRDs in the corpus, for kubeconform. */
  readonly crdSchemaDir: string;
  /** The `-schema-location` that makes kubeconform read them. */
  readonly crdSchemaLocation: string;
  readonly files: number;
  /** Documents with content (empty ones and comment-only ones excluded). */
  readonly documents: number;
  /** Chart renders: chart/scenario/helm. */
  readonly renders: readonly string[];
}

/**
 * Builds the validation corpus in `root`: every chart × ci scenario rendered by each pinned
 * helm (one document per file, so verdicts can be compared file by file), the hand-written
 * fixtures, and a binary file. CRDs found in it are converted for kubeconform.
 */
export async function buildCorpus(root: string): Promise<Corpus> {
  rmSync(root, { recursive: true, force: true });
  const dir = path.join(root, 'manifests');
  const crdSchemaDir = path.join(root, 'crd-schemas');
  mkdirSync(dir, { recursive: true });
  mkdirSync(crdSchemaDir, { recursive: true });

  const renders: string[] = [];
  const jobs = pinnedHelms().flatMap((helm) => listCharts().flatMap((chart) => chart.scenarios.map((scenario) => ({ helm, chart, scenario }))));
  const queue = [...jobs];
  const failures: string[] = [];
  const render = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const label = `${job.chart.name}/${job.scenario.name}/${job.helm.name}`;
      const result = await helmTemplate(job.helm, job.chart.dir, {
        valuesFiles: job.scenario.valuesFile ? [job.scenario.valuesFile] : [],
        kubeVersion: `${newestRelease.minor}.0`,
      });
      if (!result.ok) {
        failures.push(`${label}: ${result.stderr.trim()}`);
        continue;
      }
      const target = path.join(dir, 'rendered', label);
      mkdirSync(target, { recursive: true });
      splitDocuments(result.stdout)
        .filter((document) => document.text.replace(/#.*$/gm, '').trim() !== '' && document.text.trim() !== '---')
        .forEach((document, index) => writeFileSync(path.join(target, `${String(index).padStart(3, '0')}.yaml`), `${document.text}\n`));
      renders.push(label);
    }
  };
  await Promise.all([render(), render(), render()]);
  if (failures.length > 0) throw new Error(`helm template failed:\n${failures.join('\n')}`);

  // Chart fixtures are helm templates, not manifests: the check test renders them.
  const skipped = (source: string): boolean => source.endsWith('.md') || source.startsWith(path.join(manifestFixturesDir, 'charts'));
  cpSync(manifestFixturesDir, path.join(dir, 'fixtures'), { recursive: true, filter: (source) => !skipped(source) });
  const generated = path.join(dir, 'generated');
  mkdirSync(generated, { recursive: true });
  writeFileSync(path.join(generated, 'binary.yaml'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe, 0x0a, 0x00]));
  writeFileSync(path.join(generated, 'not-yaml.json'), '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}, ');

  let documents = 0;
  let files = 0;
  for (const file of walk(dir)) {
    files++;
    const text = readFileSync(file, 'utf8');
    for (const document of splitDocuments(text)) {
      const parsed = parseDocument(document.text, false);
      if (!parsed.ok || parsed.value !== null) documents++;
      if (!parsed.ok) continue;
      for (const strict of [false, true]) {
        const target = path.join(crdSchemaDir, `standalone${strict ? '-strict' : ''}`);
        mkdirSync(target, { recursive: true });
        for (const kind of customKindsFromCrd(parsed.value, strict)) writeFileSync(path.join(target, `${kind.key}.json`), JSON.stringify(kind.schema));
      }
    }
  }
  const crdSchemaLocation = path.join(crdSchemaDir, 'standalone{{ .StrictSuffix }}', '{{ .ResourceKind }}{{ .KindSuffix }}.json');
  return { dir, crdSchemaDir, crdSchemaLocation, files, documents, renders };
}

/** Files under a folder, depth first, sorted. */
export function walk(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const child = path.join(dir, name);
    if (statSync(child).isDirectory()) files.push(...walk(child));
    else files.push(child);
  }
  return files;
}
