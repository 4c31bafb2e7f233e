/** How the validator was run: kubeconform's verdicts (`-strict`), or with the API server's rules too (`-strict -strict-api`). */
export type Mode = 'drop-in' | 'strict-api';

/** A source of cases nobody here wrote, with the verdict of the real thing for each. */
export type Source = 'kubectl-validate' | 'pod-security-admission v1.34' | 'pod-security-admission v1.35';

/** One case: what the API server (or its admission) answered, and what we answered. */
export interface CaseVerdict {
  readonly source: Source;
  /** `drop-in` or `strict-api` for the validator; the Pod Security check has one mode, `restricted`. */
  readonly mode: Mode | 'restricted';
  /** The case within its source: a file name, `file.yaml#2` for a file's second document, `pass/base.yaml`. */
  readonly id: string;
  readonly expected: 'accept' | 'reject';
  /** Why the API server refused it (its message), when it did. */
  readonly reason: string;
  readonly ours: 'accept' | 'reject';
  /** Why we refused it, when we did. */
  readonly detail: string;
}
