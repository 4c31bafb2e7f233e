import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { valuesSchemaUrl } from '../../generator/model/repository.ts';
import { listCharts } from '../../generator/tools/charts.ts';
import { allNodes, chartKeys, definitionKeys, typesOf, type SchemaNode } from './schema-walk.ts';

/** Largest values.schema.json a chart may ship: helm stores it in every release Secret. */
export const schemaSizeBudget = 384 * 1024;

const draft07 = 'http://json-schema.org/draft-07/schema#';

/** Keywords the three validators (helm 3's, helm 4's, yaml-language-server's) all understand in draft-07. */
const draft07Keywords = new Set([
  '$schema', '$id', '$ref', '$comment', 'title', 'description', 'default', 'examples', 'type', 'enum', 'const',
  'properties', 'additionalProperties', 'required', 'items', 'definitions', 'anyOf', 'oneOf', 'allOf', 'not',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'pattern',
  'minItems', 'maxItems', 'uniqueItems', 'contains', 'minProperties', 'maxProperties', 'patternProperties', 'propertyNames', 'if', 'then', 'else',
  // Draft-07's content annotations: a config file's content is marked as a Helm template.
  'contentMediaType', 'contentEncoding',
]);

describe.each(listCharts().map((chart) => [chart.name, chart] as const))('values.schema.json of %s', (_name, chart) => {
  const schemaFile = path.join(chart.dir, 'values.schema.json');
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as SchemaNode;
  const values = parse(readFileSync(path.join(chart.dir, 'values.yaml'), 'utf8')) as Record<string, unknown>;
  const keys = [...chartKeys(schema)];

  it(`stays under the size budget (${schemaSizeBudget} bytes)`, () => {
    expect(statSync(schemaFile).size).toBeLessThanOrEqual(schemaSizeBudget);
  });

  it('is draft-07 with draft-07 keywords only, no remote or dangling $ref, no x-kubernetes-*', () => {
    expect(schema['$schema']).toBe(draft07);
    // Its stable URL: where publish:repo serves this chart version's schema.
    expect(schema['$id']).toBe(valuesSchemaUrl(chart.name, (parse(readFileSync(path.join(chart.dir, 'Chart.yaml'), 'utf8')) as { version: string }).version));
    const referenced = new Set<string>();
    for (const [at, node] of allNodes(schema)) {
      const inPropertyMap = /\/(properties|definitions|patternProperties)$/.test(at);
      if (inPropertyMap) continue;
      for (const keyword of Object.keys(node)) expect(draft07Keywords.has(keyword), `${at}: keyword ${keyword}`).toBe(true);
      const ref = node['$ref'];
      if (ref === undefined) continue;
      expect(String(ref), at).toMatch(/^#\/definitions\/[\w.-]+$/);
      const name = String(ref).slice('#/definitions/'.length);
      expect(schema.definitions?.[name], `${at}: ${String(ref)} resolves`).toBeDefined();
      referenced.add(name);
    }
    // Pruned: every embedded definition is used.
    expect(Object.keys(schema.definitions ?? {}).sort()).toEqual([...referenced].sort());
  });

  it('compiles in ajv strict mode', () => {
    expect(() => new Ajv({ strict: true, allowUnionTypes: true }).compile(schema)).not.toThrow();
  });

  it('describes every key of the chart', () => {
    const undescribed = keys.filter((key) => !key.node.description?.trim()).map((key) => key.path);
    expect(undescribed).toEqual([]);
  });

  it('gives each key the default values.yaml holds', () => {
    const valueAt = (segments: readonly string[]): unknown =>
      segments.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], values);
    for (const key of keys) {
      if (typesOf(key.node).includes('object') && key.node.properties) continue; // defaults live on leaves
      expect(key.node.default, key.path).toEqual(valueAt(key.segments));
    }
  });

  it('closes every chart object to unknown keys; only maps and `global` stay open', () => {
    for (const key of [{ path: '(root)', node: schema }, ...keys]) {
      if (!typesOf(key.node).includes('object')) continue;
      const extra = key.node.additionalProperties;
      if (key.path === 'global') {
        expect(extra, 'global accepts parent-chart values').not.toBe(false);
      } else if (extra !== false) {
        // A map (entries the user names, maybe with defaults): every entry still has a typed schema.
        expect(typeof extra === 'object' && typesOf(extra).length > 0, `${key.path} is closed or a typed map`).toBe(true);
      }
    }
    expect(schema.additionalProperties, 'root').toBe(false);
  });

  it('closes every embedded Kubernetes object to unknown keys', () => {
    for (const [name, definition] of Object.entries(schema.definitions ?? {})) {
      if (definition.properties) expect(definition.additionalProperties, name).toBe(false);
    }
  });

  it('bounds ports, replica counts and percentages', () => {
    for (const key of keys) {
      const node = key.node;
      if (!typesOf(node).includes('integer')) continue;
      if (key.key === 'nodePort') {
        expect([node['minimum'], node['maximum']], key.path).toEqual([30000, 32767]);
      } else if (/(^p|P)ort$/.test(key.key)) {
        expect(node['minimum'], key.path).toBeGreaterThanOrEqual(1);
        expect(node['maximum'], key.path).toBeLessThanOrEqual(65535);
      } else if (/[Rr]eplica(s|Count)$/.test(key.key)) {
        expect(node['minimum'], key.path).toBeGreaterThanOrEqual(0);
      } else if (/Percentage$/.test(key.key)) {
        expect([node['minimum'], node['maximum']], key.path).toEqual([1, 100]);
      }
    }
  });

  it('embeds the Kubernetes schema of Kubernetes-shaped values, with int-or-string and quantities as unions', () => {
    const probe = schema.definitions?.['io.k8s.api.core.v1.Probe'];
    if (probe) expect(Object.keys(probe.properties ?? {})).toEqual(expect.arrayContaining(['httpGet', 'periodSeconds']));
    const intOrString = schema.definitions?.['io.k8s.apimachinery.pkg.util.intstr.IntOrString'];
    if (intOrString) expect(intOrString['oneOf']).toEqual([{ type: 'string' }, { type: 'integer' }]);
    const quantity = schema.definitions?.['io.k8s.apimachinery.pkg.api.resource.Quantity'];
    if (quantity) expect((quantity['oneOf'] as SchemaNode[]).map((branch) => branch.type)).toEqual(['string', 'number']);
    const viaRef = keys.filter((key) => JSON.stringify(key.node).includes('"$ref":"#/definitions/'));
    expect(viaRef.length).toBeGreaterThan(0);
  });

  it('counts its described keys', () => {
    const own = keys.filter((key) => key.node.description?.trim()).length;
    const kubernetes = [...definitionKeys(schema)];
    const kubernetesDescribed = kubernetes.filter((key) => key.node.description?.trim()).length;
    console.log(
      `${chart.name}: ${statSync(schemaFile).size} bytes; chart keys described ${own}/${keys.length}; ` +
        `embedded Kubernetes keys described ${kubernetesDescribed}/${kubernetes.length}`,
    );
    expect(own).toBe(keys.length);
  });
});
