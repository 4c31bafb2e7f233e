import type { ChartPackage } from './package-charts.ts';

/** What publishing one package to a place that may already hold its version does. */
export type PublishAction = 'add' | 'unchanged';

/** One package whose version is already published there with other content. */
export interface Conflict {
  readonly pkg: ChartPackage;
  readonly where: string;
  readonly publishedDigest: string;
}

/** Refuses a publication that would change an already-published version. */
export class PublishConflictError extends Error {
  readonly code = 'PUBLISHED_VERSION_CHANGED';
  constructor(readonly conflicts: readonly Conflict[]) {
    super(
      conflicts
        .map(
          (c) =>
            `refusing to publish ${c.pkg.name} ${c.pkg.version}: ${c.where} already holds ${c.pkg.name} ${c.pkg.version} ` +
            `with different content (published ${c.publishedDigest}, this package ${c.pkg.contentDigest}). ` +
            `A published version never changes: bump \`version\` in ${c.pkg.name}'s Chart.yaml (its pattern), package again and publish that.`,
        )
        .join('\n'),
    );
    this.name = 'PublishConflictError';
  }
}

/** `add` when the version is new there, `unchanged` when it holds the same content; else a conflict. */
export function decide(pkg: ChartPackage, publishedDigest: string | undefined, where: string): PublishAction | Conflict {
  if (publishedDigest === undefined) return 'add';
  if (publishedDigest === pkg.contentDigest) return 'unchanged';
  return { pkg, where, publishedDigest };
}
