import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFixturesDir } from '../../bench/corpus.ts';
import { isFailure, kubernetesReleases, newestRelease, oldestRelease, validateFiles, validateManifests, type ResourceResult } from '../../validator/index.ts';

const fixture = (name: string): string => readFileSync(path.join(manifestFixturesDir, name), 'utf8');

async function only(text: string, options: Parameters<typeof validateManifests>[1] = { strict: true }): Promise<ResourceResult> {
  const results = await validateManifests(text, options);
  expect(results).toHaveLength(1);
  return results[0]!;
}

describe('validateManifests (the API the generator uses)', () => {
  it('returns one result per resource with kind, name, line and verdict', async () => {
    const results = await validateManifests(fixture('valid/apim-like-stack.yaml'), { strict: true, kubernetesVersion: '1.30.0' }, 'apim.yaml');
    expect(results.map((r) => `${r.kind}/${r.name}:${r.status}`)).toContain('Deployment/test-apim:valid');
    expect(results.every((r) => r.status === 'valid' && r.filename === 'apim.yaml')).toBe(true);
    expect(results.find((r) => r.kind === 'Deployment')!.line).toBeGreaterThan(1);
  });

  it('reports each violation with its JSON path', async () => {
    const result = await only(fixture('invalid/bad-int-or-string.yaml').split('\n---\n')[1]!);
    expect(result.status).toBe('invalid');
    expect(result.errors).toEqual([
      { path: '/spec/strategy/rollingUpdate/maxSurge', message: 'got boolean, want string or integer' },
      { path: '/spec/template/spec/containers/0/livenessProbe/httpGet/port', message: 'got array, want string or integer' },
    ]);
  });

  it('checks quantities', async () => {
    const result = await only(fixture('invalid/bad-quantity.yaml'));
    expect(result.errors.map((e) => e.message)).toEqual(['"2GB" is not a valid quantity (e.g. 500m, 2Gi, 1.5)', '"one" is not a valid quantity (e.g. 500m, 2Gi, 1.5)']);
  });

  it('names a duplicate key and its line in strict mode, and lets the last one win otherwise', async () => {
    const text = fixture('invalid/duplicate-key.yaml');
    const strict = await only(text);
    expect(strict.status).toBe('error');
    expect(strict.message).toBe('cannot read resource: duplicate key "deployment.toml" at line 9, column 3: a key may appear once per mapping in strict mode');
    expect((await only(text, { strict: false })).status).toBe('valid');
  });

  it('validates custom resources against a CRD in the same input, in any order', async () => {
    const results = await validateManifests([fixture('invalid/widget-invalid.yaml'), fixture('valid/widget.yaml'), fixture('valid/crd-widget.yaml')].join('\n---\n'), { strict: true });
    expect(results.map((r) => `${r.kind}/${r.name}:${r.status}`).sort()).toEqual(['CustomResourceDefinition/widgets.example.wso2.com:valid', 'Widget/broken:invalid', 'Widget/small:valid']);
    const broken = results.find((r) => r.name === 'broken')!;
    expect(broken.errors.map((e) => e.path).sort()).toEqual(['/spec', '/spec/colour', '/spec/port', '/spec/size']);
  });
});

describe('an API the target release does not serve is never valid', () => {
  it.each([
    ['extensions/v1beta1', 'Ingress', 'extensions/v1beta1 Ingress was removed in Kubernetes 1.22; use networking.k8s.io/v1'],
    ['policy/v1beta1', 'PodDisruptionBudget', 'policy/v1beta1 PodDisruptionBudget was removed in Kubernetes 1.25; use policy/v1'],
    ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', 'autoscaling/v2beta2 HorizontalPodAutoscaler was removed in Kubernetes 1.26; use autoscaling/v2'],
    ['batch/v1beta1', 'CronJob', 'batch/v1beta1 CronJob was removed in Kubernetes 1.25; use batch/v1'],
  ])('%s %s names its replacement', async (apiVersion, kind, explanation) => {
    for (const release of [oldestRelease, newestRelease]) {
      const result = await only(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: old\n`, { strict: true, kubernetesVersion: `${release.minor}.0` });
      expect(result.status).toBe('error');
      expect(result.message).toBe(`could not find schema for ${kind}: ${explanation}`);
    }
  });

  it('a removal inside the supported range is read from the schemas themselves', async () => {
    // flowcontrol.apiserver.k8s.io/v1beta3 is served by 1.30 and 1.31 and gone in 1.32.
    const text = 'apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata:\n  name: fs\nspec:\n  priorityLevelConfiguration: {name: global-default}\n';
    expect((await only(text, { kubernetesVersion: '1.30.0' })).status).toBe('valid');
    const later = await only(text, { kubernetesVersion: '1.32.0' });
    expect(later.status).toBe('error');
    expect(later.message).toContain('flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema was removed in Kubernetes 1.32; use flowcontrol.apiserver.k8s.io/v1');
  });

  it('a typo in a built-in kind is an error even with ignoreMissingSchemas', async () => {
    const result = await only('apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: typo\n', { ignoreMissingSchemas: true });
    expect(result.status).toBe('error');
    expect(result.message).toContain('has no kind Deploymnet in apps/v1');
  });

  it('an unknown custom resource is an error, or skipped with ignoreMissingSchemas', async () => {
    const text = 'apiVersion: example.com/v1\nkind: Gadget\nmetadata:\n  name: g\n';
    expect((await only(text)).status).toBe('error');
    expect((await only(text, { ignoreMissingSchemas: true })).status).toBe('skipped');
  });
});

describe('validateFiles', () => {
  it('walks folders and streams a result for every resource, failures marked', async () => {
    const results: ResourceResult[] = [];
    for await (const result of validateFiles([path.join(manifestFixturesDir, 'invalid')], { strict: true })) results.push(result);
    const files = new Set(results.map((r) => path.basename(r.filename)));
    expect(files.size).toBe(readdirSync(path.join(manifestFixturesDir, 'invalid')).length);
    expect(results.filter(isFailure).length).toBeGreaterThan(20);
    expect(results.filter((r) => r.status === 'valid').map((r) => r.name)).toEqual(['fine']);
  });

  it('has schemas for every supported release', async () => {
    expect(kubernetesReleases.map((r) => r.minor)).toEqual(['1.30', '1.31', '1.32', '1.33', '1.34', '1.35']);
    for (const release of kubernetesReleases) {
      expect((await only('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n', { kubernetesVersion: `${release.minor}.7` })).status).toBe('valid');
    }
  });
});
