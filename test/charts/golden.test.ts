import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../generator/tools/paths.ts';
import { helms, render, type Resource } from '../support/render.ts';

/**
 * Small reviewed golden files: one per resource of the default apim render, so a
 * change shows up as a readable diff of the one object it touches. Refresh them
 * deliberately with `UPDATE_GOLDEN=1 npx vitest run test/charts/golden.test.ts`.
 */
const goldenDir = path.join(repoRoot, 'test', 'golden', 'apim');
const fileOf = (r: Resource): string => `${r.kind}-${r.metadata.name}.yaml`;

describe('golden files of the default apim chart', () => {
  it.each(helms.map((h) => [h.name, h] as const))('%s renders exactly the reviewed resources', async (_name, helm) => {
    // Generated passwords differ per render: the golden render gives the database one.
    const resources = await render(helm, 'apim', { releaseName: 'golden', namespace: 'wso2', set: ['database.evaluation.password=test-only-password'] });
    if (process.env.UPDATE_GOLDEN) {
      await rm(goldenDir, { recursive: true, force: true });
      await mkdir(goldenDir, { recursive: true });
      for (const r of resources) await writeFile(path.join(goldenDir, fileOf(r)), stringify(r, { lineWidth: 0 }));
    }
    expect(existsSync(goldenDir), 'no golden files: run with UPDATE_GOLDEN=1 once and review them').toBe(true);
    expect(resources.map(fileOf).sort()).toEqual(readdirSync(goldenDir).sort());
    for (const r of resources) {
      expect(stringify(r, { lineWidth: 0 }), fileOf(r)).toBe(readFileSync(path.join(goldenDir, fileOf(r)), 'utf8'));
    }
  });
});
