import { parse } from 'yaml';
import type { ChartMeta } from './chart-meta.ts';
import type { ReleaseKey } from './release-key.ts';

/** The kinds Artifact Hub accepts in `artifacthub.io/changes`. */
export const changeKinds = ['added', 'changed', 'deprecated', 'removed', 'fixed', 'security'] as const;

export interface Change {
  readonly kind: (typeof changeKinds)[number];
  readonly description: string;
}

/**
 * Annotations every chart must carry for Artifact Hub. `artifacthub.io/signKey` joins
 * them once the project has a release key (releases/signing-key.yaml).
 */
export const requiredAnnotations = ['artifacthub.io/license', 'artifacthub.io/images', 'artifacthub.io/links', 'artifacthub.io/changes'] as const;

type Problems = string[];

function parseYamlValue(file: string, key: string, text: string, problems: Problems): unknown {
  try {
    return parse(text);
  } catch (error) {
    problems.push(`${file}: .annotations["${key}"]: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

const isUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\/\S+$/.test(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function listOf(
  file: string,
  key: string,
  value: unknown,
  what: string,
  each: (item: Record<string, unknown>, at: string, problems: Problems) => void,
  problems: Problems,
): void {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(`${file}: .annotations["${key}"]: expected a non-empty YAML list of ${what}`);
    return;
  }
  value.forEach((item: unknown, i) => {
    const at = `${file}: .annotations["${key}"][${i}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) problems.push(`${at}: expected a mapping (${what})`);
    else each(item as Record<string, unknown>, at, problems);
  });
}

/** The changes of a chart version, from its annotation; problems when it is missing or malformed. */
export function parseChanges(file: string, text: string | undefined, problems: Problems): Change[] {
  const key = 'artifacthub.io/changes';
  if (text === undefined) return [];
  const value = parseYamlValue(file, key, text, problems);
  const changes: Change[] = [];
  listOf(file, key, value, '{kind, description}', (item, at) => {
    const kind = item['kind'];
    if (!changeKinds.includes(kind as Change['kind'])) {
      problems.push(`${at}.kind: expected one of ${changeKinds.join(', ')}, found ${JSON.stringify(kind)}`);
    } else if (!isText(item['description'])) {
      problems.push(`${at}.description: expected a sentence describing the change`);
    } else {
      changes.push({ kind: kind as Change['kind'], description: item['description'] });
    }
  }, problems);
  return changes;
}

/** Every problem with a chart's Artifact Hub annotations, each naming file and key. */
export function checkArtifactHubAnnotations(file: string, meta: ChartMeta, releaseKey: ReleaseKey | undefined): string[] {
  const problems: Problems = [];
  const a = meta.annotations;
  const required = releaseKey ? [...requiredAnnotations, 'artifacthub.io/signKey'] : requiredAnnotations;
  for (const key of required) {
    if (!isText(a[key])) problems.push(`${file}: .annotations["${key}"]: missing (Artifact Hub shows it; see publish/README.md)`);
  }
  const license = a['artifacthub.io/license'];
  if (isText(license) && !/^[A-Za-z0-9.+-]+(?: (?:AND|OR|WITH) [A-Za-z0-9.+-]+)*$/.test(license)) {
    problems.push(`${file}: .annotations["artifacthub.io/license"]: expected an SPDX identifier such as Apache-2.0, found "${license}"`);
  }
  const images = a['artifacthub.io/images'];
  if (isText(images)) {
    const key = 'artifacthub.io/images';
    listOf(file, key, parseYamlValue(file, key, images, problems), '{name, image}', (item, at) => {
      if (!isText(item['name'])) problems.push(`${at}.name: expected the container's name`);
      const image = item['image'];
      if (!isText(image) || !/^[a-z0-9]/.test(image) || image.endsWith('/') || image.endsWith(':')) {
        problems.push(`${at}.image: expected a full image reference like docker.io/wso2/wso2am:4.5.0, found ${JSON.stringify(image)}`);
      }
    }, problems);
  }
  const links = a['artifacthub.io/links'];
  if (isText(links)) {
    const key = 'artifacthub.io/links';
    listOf(file, key, parseYamlValue(file, key, links, problems), '{name, url}', (item, at) => {
      if (!isText(item['name'])) problems.push(`${at}.name: expected a link title`);
      if (!isUrl(item['url'])) problems.push(`${at}.url: expected an http(s) URL, found ${JSON.stringify(item['url'])}`);
    }, problems);
  }
  parseChanges(file, a['artifacthub.io/changes'], problems);
  const signKey = a['artifacthub.io/signKey'];
  if (isText(signKey)) {
    const at = `${file}: .annotations["artifacthub.io/signKey"]`;
    const value = parseYamlValue(file, 'artifacthub.io/signKey', signKey, problems) as Record<string, unknown> | undefined;
    if (!value || typeof value !== 'object') problems.push(`${at}: expected a mapping {fingerprint, url}`);
    else {
      if (typeof value['fingerprint'] !== 'string' || !/^[0-9A-F]{40}$/.test(value['fingerprint'])) {
        problems.push(`${at}.fingerprint: expected the signing key's 40 upper-case hex digit fingerprint, found ${JSON.stringify(value['fingerprint'])}`);
      }
      if (!isUrl(value['url'])) problems.push(`${at}.url: expected the http(s) URL of the public key, found ${JSON.stringify(value['url'])}`);
      if (releaseKey && (value['fingerprint'] !== releaseKey.fingerprint || value['url'] !== releaseKey.url)) {
        problems.push(`${at}: expected the release key of releases/signing-key.yaml (fingerprint ${releaseKey.fingerprint}, url ${releaseKey.url}): regenerate the chart`);
      }
    }
  }
  return problems;
}
