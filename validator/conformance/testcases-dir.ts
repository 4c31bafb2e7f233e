import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (or worktree root) this module lives in. */
const checkoutRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The main checkout of the repository: the root itself, or, in a `git worktree`, the checkout
 * whose `.git` folder the worktree's `.git` file points into (`gitdir: <main>/.git/worktrees/<name>`).
 */
function mainCheckout(root: string): string {
  const dotGit = path.join(root, '.git');
  try {
    if (!statSync(dotGit).isFile()) return root;
    const gitdir = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
    if (!gitdir) return root;
    const commondirFile = path.join(path.resolve(root, gitdir), 'commondir');
    const common = existsSync(commondirFile) ? path.resolve(path.resolve(root, gitdir), readFileSync(commondirFile, 'utf8').trim()) : path.resolve(root, gitdir, '../..');
    return path.dirname(common);
  } catch {
    return root;
  }
}

/** Where the public test cases were looked for, in order, and which of them exists. */
export interface TestcasesLocation {
  readonly candidates: readonly string[];
  readonly dir: string | undefined;
}

/**
 * The public test cases (`../shared/testcases`, the project root's sibling; see its README):
 * `$WSO2_TESTCASES` when set, else the sibling of this checkout, else the sibling of the main
 * checkout (this may be a git worktree elsewhere), else `/work/shared/testcases`.
 */
export function locateTestcases(env: NodeJS.ProcessEnv = process.env): TestcasesLocation {
  const candidates = [
    ...(env['WSO2_TESTCASES'] ? [path.resolve(env['WSO2_TESTCASES'])] : []),
    path.resolve(checkoutRoot, '..', 'shared', 'testcases'),
    path.resolve(mainCheckout(checkoutRoot), '..', 'shared', 'testcases'),
    '/work/shared/testcases',
  ].filter((candidate, index, all) => all.indexOf(candidate) === index);
  return { candidates, dir: candidates.find((candidate) => existsSync(path.join(candidate, 'README.md'))) };
}
