import type { Component, Pattern } from '../pattern/pattern.types.ts';
import type { ChartModel, ComponentModel } from './chart-model.ts';
import { chartYaml } from './chart-yaml.ts';
import { componentValues } from './component-values.ts';
import { imageValues } from './image-values.ts';
import { bool, kubernetes, object, oneOf, str, stringMap, type ValueObject } from './values-tree.ts';

/** Turns a validated pattern into the chart model. Pure: the pattern is never mutated. */
export function normalize(pattern: Pattern): ChartModel {
  return {
    name: pattern.chart.name,
    chartYaml: chartYaml(pattern),
    productDisplayName: pattern.product.displayName,
    components: pattern.components.map(componentModel),
    values: chartValues(pattern),
    scenarios: (pattern.scenarios ?? []).map((s) => ({
      fileName: `${s.name}-values.yaml`,
      description: s.description,
      values: structuredClone(s.values),
    })),
  };
}

export function kebabCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function schemeOf(appProtocol: string | undefined, name: string): 'http' | 'https' {
  return appProtocol === 'https' || name.endsWith('https') ? 'https' : 'http';
}

function componentModel(component: Component): ComponentModel {
  const first = component.ports[0];
  const liveness = component.probes?.liveness?.check;
  return {
    key: component.name,
    name: kebabCase(component.name),
    description: component.description,
    primaryPort: { name: first.name, port: first.port, scheme: schemeOf(first.appProtocol, first.name) },
    ...(liveness?.type === 'httpGet'
      ? { healthCheck: { port: liveness.port, path: liveness.path, scheme: liveness.scheme === 'HTTPS' ? 'https' : 'http' } as const }
      : {}),
  };
}

function chartValues(pattern: Pattern): ValueObject {
  const { product } = pattern;
  return object(`Values of the ${pattern.chart.name} chart.`, {
    global: object(
      'Values shared with parent and sibling charts when this chart is a subchart.',
      {
        imageRegistry: str('Registry for every image, overriding each `image.registry` (e.g. a private mirror).', ''),
        imagePullSecrets: kubernetes('Pull secrets added to every pod.', [], 'io.k8s.api.core.v1.LocalObjectReference', 'array'),
      },
      {},
    ),
    nameOverride: str('Replaces the chart name in resource names.', '', { pattern: '^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$' }),
    fullnameOverride: str('Replaces the release-derived prefix of resource names.', '', { pattern: '^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$' }),
    commonLabels: stringMap('Labels added to every resource.'),
    image: object(`The ${product.displayName} image every component runs (with its profile).`, {
      ...imageValues('', { registry: product.image.registry, repository: product.image.repository, tag: product.image.tag ?? product.version, digest: '' }).properties,
      pullPolicy: oneOf('When the kubelet pulls the image.', 'IfNotPresent', ['Always', 'IfNotPresent', 'Never']),
    }),
    imagePullSecrets: kubernetes('Pull secrets for private registries.', [], 'io.k8s.api.core.v1.LocalObjectReference', 'array'),
    productHome: str('Where the product is installed inside the image; config files mount below it.', product.home, { pattern: '^/' }),
    serviceAccount: object('The ServiceAccount the pods run as.', {
      create: bool('Create a ServiceAccount for the release.', true),
      name: str('Name of the ServiceAccount; empty derives it from the release.', ''),
      annotations: stringMap('Annotations for the ServiceAccount (e.g. cloud IAM bindings).'),
    }),
    adminCredentials: object(
      'The super-admin account. No default password: leave `password` empty to have one generated at install and kept across upgrades, or name an `existingSecret`.',
      {
        username: str('Super-admin user name.', 'admin', { minLength: 1 }),
        password: str('Super-admin password; empty generates a random one.', ''),
        existingSecret: str('Secret holding the credentials (keys `username` and `password`); overrides the two values above.', ''),
      },
    ),
    tests: object('The `helm test` pod that checks every component answers on its Service.', {
      image: imageValues('Image with curl.', { registry: 'docker.io', repository: 'curlimages/curl', tag: '8.11.1', digest: '' }),
    }),
    ...Object.fromEntries(pattern.components.map((c) => [c.name, componentValues(c, product)])),
  });
}
