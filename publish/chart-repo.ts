import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { decide, PublishConflictError } from './immutability.ts';
import type { Conflict, PublishAction } from './immutability.ts';
import type { ChartPackage } from './package-charts.ts';
import { inspectPackage } from './package-identity.ts';
import { mustRun } from './run.ts';

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

/**
 * Adds signed packages to a classic chart repository directory. New versions are
 * merged into index.yaml (`helm repo index --merge`, so every earlier version stays
 * listed); a version already there with the same content is left alone; one with
 * different content refuses the whole publication before anything is written.
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
      renameSync(path.join(staging, 'index.yaml'), indexFile);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  if (options.artifactHubRepoFile) {
    const target = path.join(repoDir, 'artifacthub-repo.yml');
    const text = readFileSync(options.artifactHubRepoFile, 'utf8');
    if (!existsSync(target) || readFileSync(target, 'utf8') !== text) writeFileSync(target, text);
  }
  return outcomes;
}
