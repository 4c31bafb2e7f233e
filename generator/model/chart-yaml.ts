import { stringify } from 'yaml';
import type { Pattern } from '../pattern/pattern.types.ts';
import { readReleaseKey } from '../../publish/release-key.ts';
import { iconFile, rawFileUrl, releaseTag } from './repository.ts';

/** Values a user must set before the chart can install (the install fails naming them until then). */
export const requiredValuesAnnotation = 'charts.wso2.com/required-values';

export function requiredValues(pattern: Pattern): string[] {
  const { product } = pattern;
  return [
    ...(product.image.published === false ? ['image.registry'] : []),
    ...(typeof product.runAsUser === 'number' ? [] : pattern.components.map((c) => `${c.name}.podSecurityContext.runAsUser`)),
  ];
}

/** Chart.yaml content, with the Artifact Hub annotations a chart repository shows. */
export function chartYaml(pattern: Pattern): Record<string, unknown> {
  const { chart, product } = pattern;
  const image = [product.image.registry, product.image.repository].filter(Boolean).join('/');
  const annotations: Record<string, string> = {
    'artifacthub.io/license': 'Apache-2.0',
    'artifacthub.io/images': stringify([{ name: product.name, image: `${image}:${product.image.tag ?? product.version}` }]),
    'artifacthub.io/links': stringify([
      ...(chart.home ? [{ name: 'Chart source', url: chart.home }] : []),
      { name: 'Reference architecture', url: 'https://wso2.com/whitepapers/a-reference-architecture-for-deploying-wso2-middleware-on-kubernetes/' },
    ]),
  };
  const required = requiredValues(pattern);
  if (required.length > 0) annotations[requiredValuesAnnotation] = required.join(',');
  if (chart.changes && chart.changes.length > 0) annotations['artifacthub.io/changes'] = stringify(chart.changes);
  // The icon as committed at the chart version's release tag, so a published version's
  // Chart.yaml keeps pointing at the icon it was released with.
  const icon = chart.icon ?? rawFileUrl(chart.home, releaseTag(chart.name, chart.version), iconFile);
  const releaseKey = readReleaseKey();
  if (releaseKey) annotations['artifacthub.io/signKey'] = stringify(releaseKey);
  return {
    apiVersion: 'v2',
    name: chart.name,
    description: chart.description,
    type: 'application',
    version: chart.version,
    appVersion: product.version,
    kubeVersion: chart.kubeVersion,
    ...(chart.home ? { home: chart.home } : {}),
    ...(icon ? { icon } : {}),
    ...(chart.sources ? { sources: chart.sources } : {}),
    ...(chart.keywords ? { keywords: chart.keywords } : {}),
    ...(chart.maintainers ? { maintainers: chart.maintainers } : {}),
    annotations,
  };
}
