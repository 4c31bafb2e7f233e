import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { decide, PublishConflictError } from './immutability.ts';
import type { Conflict, PublishAction } from './immutability.ts';
import type { ChartPackage } from './package-charts.ts';
import { inspectPackage } from './package-identity.ts';
import { mustRun } from './run.ts';
import { readTarGz } from './tar.ts';
import { valuesSchemaPath } from '../generator/model/repository.ts';

export interface RepoOptions {
  /** The directory served as the chart repository (e.g. a gh-pages checkout). */
  readonly repoDir: string;
  readonly helmBin: string;
  /** Absolute base URL for the packages; relative URLs (the default) work wherever the directory is served. */
  readonly url?: string;
  /** Copied beside index.yaml as `artifacthub-repo.yml`. */
  readonly artifactHubRepoFile?: string;
}

export interface RepoOutcome {
  readonly pkg: ChartPackage;
  readonly action: PublishAction;
}

interface IndexEntry {
  readonly urls?: readonly string[];
}

/** name → version → the local package file the index points at. */
function publishedFiles(repoDir: string): Map<string, string> {
  const indexFile = path.join(repoDir, 'index.yaml');
  const files = new Map<string, string>();
  if (!existsSync(indexFile)) return files;
  const index = parse(readFileSync(indexFile, 'utf8')) as { entries?: Record<string, (IndexEntry & { version?: string })[]> };
  for (const [name, versions] of Object.entries(index?.entries ?? {})) {
    for (const entry of versions) {
      const url = entry.urls?.[0];
      if (!url || !entry.version) throw new Error(`${indexFile}: entries.${name}: an entry lacks version or urls`);
      files.set(`${name}@${entry.version}`, path.join(repoDir, path.posix.basename(url)));
    }
  }
  return files;
}

/** The outermost folder of `dir` (inside `root`) that does not exist yet, if any. */
function missingAncestor(dir: string, root: string): string | undefined {
  let missing: string | undefined;
  for (let at = dir; at !== root && at !== path.dirname(at) && !existsSync(at); at = path.dirname(at)) missing = at;
  return missing;
}

/** The chart's own values.schema.json inside its package (not a subchart's), if it has one. */
function packagedValuesSchema(pkg: ChartPackage): Buffer | undefined {
  return readTarGz(readFileSync(pkg.tgz), pkg.tgz).find((file) => file.path === `${pkg.name}/values.schema.json`)?.data;
}

/** A published values schema that differs from the one in the package of the same version. */
export class PublishedSchemaChangedError extends Error {
  readonly code = 'PUBLISHED_SCHEMA_CHANGED';
  constructor(readonly files: readonly string[]) {
    super(
      files
        .map((file) => `refusing to publish: ${file} already holds a different values schema than the package of that version; a published schema never changes (restore it from the package)`)
        .join('\n'),
    );
    this.name = 'PublishedSchemaChangedError';
  }
}

/**
 * Adds signed packages to a classic chart repository directory. New versions are
 * merged into index.yaml (`helm repo index --merge`, so every earlier version stays
 * listed); a version already there with the same content is left alone; one with
 * different content refuses the whole publication before anything is written.
 *
 * Beside index.yaml, each version's values schema is published at
 * `schemas/<chart>/<version>/values.schema.json` (the URL its `$id` names), taken from the
 * package: written for every new version, and for an already-published one whose schema
 * is missing (versions published before schemas were); a schema file already there with
 * other bytes refuses the publication. Nothing else in the directory is touched.
 */
export async function publishToRepo(packages: readonly ChartPackage[], options: RepoOptions): Promise<RepoOutcome[]> {
  const { repoDir } = options;
  mkdirSync(repoDir, { recursive: true });
  const indexFile = path.join(repoDir, 'index.yaml');
  const published = publishedFiles(repoDir);
  const outcomes: RepoOutcome[] = [];
  const conflicts: Conflict[] = [];
  for (const pkg of packages) {
    const file = published.get(`${pkg.name}@${pkg.version}`);
    if (file !== undefined && !existsSync(file)) {
      throw new Error(`${indexFile} lists ${pkg.name} ${pkg.version} at ${file}, which is missing: restore it before publishing`);
    }
    const verdict = decide(pkg, file === undefined ? undefined : inspectPackage(file).contentDigest, indexFile);
    if (typeof verdict === 'string') outcomes.push({ pkg, action: verdict });
    else conflicts.push(verdict);
  }
  if (conflicts.length > 0) throw new PublishConflictError(conflicts);

  // Every package's schema, before anything is written: missing ones are written, changed ones refused.
  const schemas: { file: string; data: Buffer }[] = [];
  const changedSchemas: string[] = [];
  for (const { pkg } of outcomes) {
    const data = packagedValuesSchema(pkg);
    if (!data) continue;
    const file = path.join(repoDir, ...valuesSchemaPath(pkg.name, pkg.version).split('/'));
    if (!existsSync(file)) schemas.push({ file, data });
    else if (!readFileSync(file).equals(data)) changedSchemas.push(file);
  }
  if (changedSchemas.length > 0) throw new PublishedSchemaChangedError(changedSchemas);
  /** Writes the schemas; on failure removes those it wrote (and the folders it made), then rethrows. */
  const writeSchemas = (): (() => void) => {
    const created: string[] = [];
    const undo = (): void => {
      for (const file of created.reverse()) rmSync(file, { recursive: true, force: true });
    };
    try {
      for (const { file, data } of schemas) {
        const dir = path.dirname(file);
        const firstMissing = missingAncestor(dir, repoDir);
        mkdirSync(dir, { recursive: true });
        if (firstMissing) created.push(firstMissing);
        const partial = `${file}.partial-${process.pid}`;
        writeFileSync(partial, data);
        renameSync(partial, file);
        created.push(file);
      }
    } catch (error) {
      undo();
      throw error;
    }
    return undo;
  };

  const added = outcomes.filter((o) => o.action === 'add').map((o) => o.pkg);
  if (added.length > 0) {
    // Index only the new packages, merged into the existing index, in a scratch directory
    // beside the repository; then move packages first and the index last.
    const staging = mkdtempSync(path.join(path.dirname(path.resolve(repoDir)), '.repo-staging-'));
    try {
      for (const pkg of added) {
        copyFileSync(pkg.tgz, path.join(staging, path.basename(pkg.tgz)));
        copyFileSync(pkg.prov, path.join(staging, path.basename(pkg.prov)));
      }
      const args = ['repo', 'index', staging];
      if (existsSync(indexFile)) args.push('--merge', indexFile);
      if (options.url) args.push('--url', options.url);
      await mustRun(options.helmBin, args);
      for (const pkg of added) {
        for (const file of [pkg.tgz, pkg.prov]) copyFileSync(path.join(staging, path.basename(file)), path.join(repoDir, path.basename(file)));
      }
      // Schemas before the index, so index.yaml never lists a version whose schema is not there yet.
      const undoSchemas = writeSchemas();
      try {
        renameSync(path.join(staging, 'index.yaml'), indexFile);
      } catch (error) {
        undoSchemas();
        throw error;
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  } else {
    writeSchemas();
  }
  if (options.artifactHubRepoFile) {
    const target = path.join(repoDir, 'artifacthub-repo.yml');
    const text = readFileSync(options.artifactHubRepoFile, 'utf8');
    if (!existsSync(target) || readFileSync(target, 'utf8') !== text) writeFileSync(target, text);
  }
  return outcomes;
}
