import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { didYouMean, valuesValidationMessages } from '../../generator/check-values/check-values.ts';
import { repoRoot } from '../../generator/tools/paths.ts';
import { runCommand } from '../support/cli.ts';
import { tempDir } from '../support/files.ts';

// check-values as a user runs it, from the folder holding their values files.
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'check-values');
const bin = path.join(repoRoot, 'bin', 'wso2-charts.js');
const checkValues = (args: readonly string[], cwd = fixtures) => runCommand(process.execPath, [bin, 'check-values', ...args], { cwd });

describe('check-values', () => {
  it('reports a misspelt key three levels down at its file:line:column, with the key it meant', async () => {
    const result = await checkValues(['apim', 'misspelt-deep.yaml']);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^misspelt-deep\.yaml:4:5: keyManager\.service\.sessionAfinity: is not a known key; did you mean `sessionAffinity`\? \(expected one of: type, annotations, sessionAffinity, /,
    );
    expect(result.stderr).toBe('1 problem in the values for chart apim\n');
  });

  it('merges files as helm -f does and blames each problem on the file holding its line: schema and chart rules at once', async () => {
    const result = await checkValues([path.join(repoRoot, 'charts', 'apim'), 'base.yaml', 'override.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      // The chart's rule (VALUES VALIDATION from helm), found although the schema failed too.
      expect.stringMatching(/^base\.yaml:6:8: image\.tag: set to null, which deletes the chart's default/),
      // base.yaml's replicaCount "two" is overridden by override.yaml, so it is no problem.
      expect.stringMatching(/^override\.yaml:5:3: publisher\.servce: is not a known key; did you mean `service`\?/),
    ]);
  });

  it('reports YAML errors with their position, and passes valid values with exit 0', async () => {
    const broken = await checkValues(['apim', 'broken.yaml']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('broken.yaml:3:3: store.replicaCount: duplicate key; expected each key once per mapping\n');
    const dir = await tempDir('check-values');
    await writeFile(path.join(dir, 'good.yaml'), 'store:\n  replicaCount: 2\nkeyManager:\n  service:\n    sessionAffinity: ClientIP\n');
    const good = await checkValues(['apim', 'good.yaml'], dir);
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^ok: good\.yaml: valid for chart apim/);
  });

  it('a missing values file is a usage error (exit 2)', async () => {
    const result = await checkValues(['apim', 'no-such-file.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("wso2-charts check-values: no-such-file.yaml: no such file\nRun 'wso2-charts check-values --help' for usage.\n");
  });
});

describe('check-values parts', () => {
  it('suggests the closest key only when it is a plausible slip', () => {
    const allowed = ['replicaCount', 'service', 'sessionAffinity', 'image'];
    expect(didYouMean('servce', allowed)).toBe('service');
    expect(didYouMean('Image', allowed)).toBe('image');
    expect(didYouMean('replicaCont', allowed)).toBe('replicaCount');
    expect(didYouMean('database', allowed)).toBeUndefined();
  });

  it('reads every message of a VALUES VALIDATION failure', () => {
    const stderr = 'Error: execution error at (apim/templates/x.yaml:3:4): \n\nVALUES VALIDATION:\n  image.tag: set to null\n  store.replicaCount: too many\n\nUse --debug flag to render out invalid YAML\n';
    expect(valuesValidationMessages(stderr)).toEqual(['image.tag: set to null', 'store.replicaCount: too many']);
  });
});
