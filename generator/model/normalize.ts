import type { ArtifactSync, Component, Pattern, Probe } from '../pattern/pattern.types.ts';
import type { ChartModel, ComponentModel } from './chart-model.ts';
import { chartYaml, requiredValues } from './chart-yaml.ts';
import { chartValues } from './chart-values.ts';
import { kebabCase } from './names.ts';
import { resolvePattern } from './product-defaults.ts';
import { rawFileUrl, releaseTag, valuesSchemaUrl } from './repository.ts';

/** Turns a validated pattern into the chart model. Pure: the pattern is never mutated. */
export function normalize(input: Pattern): ChartModel {
  const pattern = resolvePattern(input);
  const { chart } = pattern;
  return {
    name: pattern.chart.name,
    chartYaml: chartYaml(pattern),
    productDisplayName: pattern.product.displayName,
    ...(pattern.chart.whichChart ? { whichChart: pattern.chart.whichChart } : {}),
    productName: pattern.product.name,
    components: pattern.components.map((c) => componentModel(c, pattern.artifactSync)),
    artifactPath: pattern.artifactSync?.path ?? '',
    values: chartValues(pattern),
    configFormat: pattern.product.configFormat,
    hasDatabases: pattern.product.databases !== undefined,
    artifactSource: pattern.artifactSync?.source ?? '',
    image: { ...pattern.product.imageInterface, published: pattern.product.image.published ?? true, knownUser: typeof pattern.product.runAsUser === 'number' },
    databaseSupport: pattern.product.databaseSupport ?? null,
    clustering: pattern.product.clustering,
    encryptionKey: pattern.product.encryptionKey ?? null,
    requiredValues: requiredValues(pattern),
    artifactSync: pattern.artifactSync
      ? { source: pattern.artifactSync.source, targets: [...pattern.artifactSync.targets], inbuilt: pattern.artifactSync.inbuilt ?? false }
      : null,
    links: {
      valuesSchema: valuesSchemaUrl(chart.name, chart.version),
      // The README is rendered by Artifact Hub from the package, where a relative image
      // path resolves to nothing: point at the file as committed at the release tag.
      diagram: rawFileUrl(chart.home, releaseTag(chart.name, chart.version), `charts/${chart.name}/diagram.svg`) ?? 'diagram.svg',
    },
    scenarios: (pattern.scenarios ?? []).map((s) => ({
      fileName: `${s.name}-values.yaml`,
      description: s.description,
      values: structuredClone(s.values),
    })),
  };
}

function describeCheck(check: Probe['check'] | undefined): string {
  if (!check) return 'none';
  if (check.type === 'httpGet') return `HTTP GET \`${check.path}\` on ${check.port}`;
  if (check.type === 'tcpSocket') return `TCP ${check.port}`;
  return 'command';
}

function schemeOf(appProtocol: string | undefined, name: string): 'http' | 'https' {
  return appProtocol === 'https' || name.endsWith('https') ? 'https' : 'http';
}

function componentModel(component: Component, artifactSync: ArtifactSync | undefined): ComponentModel {
  const first = component.ports[0];
  return {
    key: component.name,
    name: kebabCase(component.name),
    description: component.description,
    primaryPort: { name: first.name, port: first.port, scheme: schemeOf(first.appProtocol, first.name) },
    needs: component.needs ?? [],
    usesDatabases: component.usesDatabases ?? true,
    role: component.role ?? component.name,
    profile: component.profile.name,
    readiness: describeCheck(component.probes?.readiness?.check),
    enabledByDefault: component.enabled ?? true,
    controller: component.controller ?? 'Deployment',
    replicas: component.replicas ?? 1,
    ports: component.ports.map((p) => ({ name: p.name, port: p.port })),
    serviceType: component.service?.type ?? 'ClusterIP',
    routes: (component.ingress ?? []).map((r) => ({ host: r.host, path: r.path ?? '/', port: r.port })),
    // As the component's autoscaling values decide it (component-values.ts); none for a single-pod role.
    autoscaling: component.scaling && !component.singlePod
      ? {
          minReplicas: component.scaling.minReplicas ?? Math.max(component.replicas ?? 1, 1),
          maxReplicas: component.scaling.maxReplicas ?? Math.max(component.replicas ?? 1, 1) * 3,
          enabledByDefault: component.scaling.autoscale ?? false,
        }
      : null,
    artifactRole: artifactSync?.source === component.name ? 'source' : artifactSync?.targets.includes(component.name) ? 'target' : 'none',
  };
}

