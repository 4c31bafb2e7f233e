import { stringify } from 'yaml';
import type { Pattern } from '../pattern/pattern.types.ts';
import { readReleaseKey } from '../../publish/release-key.ts';

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
  if (chart.changes && chart.changes.length > 0) annotations['artifacthub.io/changes'] = stringify(chart.changes);
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
    ...(chart.icon ? { icon: chart.icon } : {}),
    ...(chart.sources ? { sources: chart.sources } : {}),
    ...(chart.keywords ? { keywords: chart.keywords } : {}),
    ...(chart.maintainers ? { maintainers: chart.maintainers } : {}),
    annotations,
  };
}
