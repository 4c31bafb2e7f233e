/**
 * Where the charts and the files beside them are published, in one place.
 *
 * The classic chart repository is served from GitHub Pages (the release workflow merges
 * packages into the `gh-pages` branch); READMEs tell users to `helm repo add` this URL,
 * and each chart's values schema is published under it at a path that names the chart
 * version, so a `$id` (and a user's yaml-language-server modeline) never changes meaning.
 */
export const chartRepositoryUrl = 'https://wso2.github.io/helm-charts';

/** Path of a chart version's values schema inside the published repository directory. */
export function valuesSchemaPath(chart: string, version: string): string {
  return `schemas/${chart}/${version}/values.schema.json`;
}

/** The stable URL of a chart version's values schema: its `$id`. */
export function valuesSchemaUrl(chart: string, version: string): string {
  return `${chartRepositoryUrl}/${valuesSchemaPath(chart, version)}`;
}

/** The release tag of a chart version (publish/README.md: push `<chart>-<version>` to release). */
export function releaseTag(chart: string, version: string): string {
  return `${chart}-${version}`;
}

/**
 * An absolute URL of a file of the generator's repository at a git ref, built from the
 * chart's `home` (`https://github.com/<owner>/<repo>`), or undefined when `home` is not a
 * GitHub repository. Artifact Hub renders a chart's README from the package and cannot
 * resolve a relative image path, and Chart.yaml's `icon` must be a URL: both need this.
 */
export function rawFileUrl(home: string | undefined, ref: string, file: string): string | undefined {
  const match = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(home ?? '');
  if (!match) return undefined;
  return `https://raw.githubusercontent.com/${match[1]}/${match[2]}/${ref}/${file}`;
}

/** The chart icon, committed at docs/icon.svg. */
export const iconFile = 'docs/icon.svg';
