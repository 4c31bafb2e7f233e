import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kubernetesReleases } from '../../validator/schemas/releases.ts';
import { forEachSubschema, isObject, type JsonSchema } from '../../validator/schemas/json-schema.ts';
import { catalogPath, converterHash, schemaStoreDir, standaloneDir, type SchemaCatalog } from '../../validator/schemas/schema-store.ts';

// The converted schemas set-up wrote: one folder per converter version, every release in
// both modes, with kubeconform's semantics.
const catalog = JSON.parse(readFileSync(catalogPath(), 'utf8')) as SchemaCatalog;
const release = kubernetesReleases.at(-1)!;
const read = (strict: boolean, key: string): JsonSchema => JSON.parse(readFileSync(path.join(standaloneDir(release, strict), `${key}.json`), 'utf8')) as JsonSchema;
const definitions = (schema: JsonSchema): Record<string, JsonSchema> => schema['definitions'] as Record<string, JsonSchema>;
const properties = (schema: JsonSchema): Record<string, JsonSchema> => schema['properties'] as Record<string, JsonSchema>;

describe('the schema store', () => {
  it('is named after the converter version, so changing the converter rebuilds it', () => {
    expect(path.basename(schemaStoreDir())).toBe(converterHash());
    expect(catalog.converter).toBe(converterHash());
  });

  it('holds every supported release from its pinned k8s.io/kubernetes module, in both modes', () => {
    expect(catalog.releases.map((r) => `${r.minor}@${r.module}`)).toEqual(kubernetesReleases.map((r) => `${r.minor}@${r.module}`));
    for (const entry of kubernetesReleases) {
      const kinds = catalog.releases.find((r) => r.minor === entry.minor)!.kinds;
      expect(kinds.length).toBeGreaterThan(250);
      for (const strict of [false, true]) {
        for (const key of ['deployment-apps-v1', 'service-v1', 'customresourcedefinition-apiextensions-v1']) {
          expect(existsSync(path.join(standaloneDir(entry, strict), `${key}.json`))).toBe(true);
        }
      }
    }
  });

  it('ships the Gateway API kinds the charts render', () => {
    expect(catalog.crds.map((c) => `${c.apiVersion}/${c.kind}`)).toContain('gateway.networking.k8s.io/v1/HTTPRoute');
  });
});

describe('converted schemas', () => {
  const strict = read(true, 'deployment-apps-v1');
  const plain = read(false, 'deployment-apps-v1');

  it('pin apiVersion and kind', () => {
    expect(properties(strict)['apiVersion']).toEqual({ type: 'string', enum: ['apps/v1'] });
    expect(properties(strict)['kind']).toEqual({ type: 'string', enum: ['Deployment'] });
  });

  it('are standalone: every reference resolves inside the document', () => {
    forEachSubschema(strict, (node) => {
      const ref = node['$ref'];
      if (typeof ref === 'string') expect(definitions(strict)[ref.replace('#/definitions/', '')]).toBeDefined();
    });
  });

  it('in strict mode, reject unknown properties on every object that lists its own', () => {
    let objects = 0;
    forEachSubschema(strict, (node) => {
      if (!isObject(node['properties'])) return;
      objects++;
      expect(node['additionalProperties'] === false || isObject(node['additionalProperties'])).toBe(true);
    });
    expect(objects).toBeGreaterThan(50);
    forEachSubschema(plain, (node) => expect(node['additionalProperties']).not.toBe(false));
  });

  it('make optional fields nullable and leave required ones alone', () => {
    const spec = definitions(strict)['io.k8s.api.apps.v1.DeploymentSpec']!;
    expect(properties(spec)['replicas']!['type']).toEqual(['integer', 'null']);
    expect(properties(spec)['selector']).toEqual({ $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' });
    expect(properties(spec)['strategy']).toEqual({ anyOf: [{ $ref: '#/definitions/io.k8s.api.apps.v1.DeploymentStrategy' }, { type: 'null' }] });
  });

  it('read int-or-string and quantities as oneOf', () => {
    expect(definitions(strict)['io.k8s.apimachinery.pkg.util.intstr.IntOrString']).toEqual({ oneOf: [{ type: 'string' }, { type: 'integer' }] });
    const quantity = definitions(strict)['io.k8s.apimachinery.pkg.api.resource.Quantity']!['oneOf'] as JsonSchema[];
    expect(quantity.map((branch) => branch['type'])).toEqual(['string', 'number']);
    const pattern = new RegExp(quantity[0]!['pattern'] as string);
    for (const good of ['500m', '2Gi', '1.5', '1e3', '0', '+1k']) expect(pattern.test(good)).toBe(true);
    for (const bad of ['2GB', 'one', '1.2.3', '']) expect(pattern.test(bad)).toBe(false);
  });
});
