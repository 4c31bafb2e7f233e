import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../generator/tools/paths.ts';

const run = promisify(execFile);

describe('vendored Kubernetes definitions', () => {
  it('are what scripts/vendor-kubernetes-definitions.ts makes of the pinned Kubernetes OpenAPI document', async () => {
    const script = path.join(repoRoot, 'scripts', 'vendor-kubernetes-definitions.ts');
    const result = await run(process.execPath, ['--import', 'tsx', script, '--check'], { cwd: repoRoot }).catch(
      (error: { stderr?: string; message: string }) => ({ stderr: error.stderr ?? error.message }),
    );
    expect(result.stderr).toBe('');
  });
});
