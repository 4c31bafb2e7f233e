import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../generator/tools/paths.ts';

const run = promisify(execFile);

describe('generated TypeScript types', () => {
  it('match their JSON Schemas (json-schema-to-typescript output is fresh)', async () => {
    const { stderr } = await run(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts', 'generate-types.ts'), '--check'], { cwd: repoRoot });
    expect(stderr).toBe('');
  });
});
