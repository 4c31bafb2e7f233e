/** One problem found in an input file, reported with where it is and what was expected. */
export interface Issue {
  /** Stable machine-readable kind, e.g. `schema.required`, `pattern.duplicate-port`. */
  readonly code: string;
  readonly file: string;
  /** Path inside the file, e.g. `components.gatewayWorker.ports[1].port`; empty for the root. */
  readonly path: string;
  readonly message: string;
  /** `line:column` in the file, where the source text is known. */
  readonly position?: string;
}

/** Thrown when input is invalid; carries every issue found, not just the first. */
export class InputError extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super(formatIssues(issues));
    this.name = 'InputError';
  }
}

export function formatIssue(issue: Issue): string {
  const where = issue.position ? `${issue.file}:${issue.position}` : issue.file;
  return `${where}: ${issue.path || '(root)'}: ${issue.message}`;
}

export function formatIssues(issues: readonly Issue[]): string {
  const noun = issues.length === 1 ? 'problem' : 'problems';
  return [`${issues.length} ${noun}:`, ...issues.map((i) => `  ${formatIssue(i)}`)].join('\n');
}

/** Joins path segments the way users write them: `a.b[2].c`. */
export function joinPath(segments: readonly (string | number)[]): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$-]*$/.test(s) ? (i === 0 ? s : `.${s}`) : `[${JSON.stringify(s)}]`))
    .join('');
}
