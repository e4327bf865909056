/** A problem pinned to a file and line: `file:line: field.path: message — fix`. */
export interface LocatedProblem {
  readonly file: string;
  readonly line: number;
  /** Dotted field path inside the entry; empty for a problem with the whole file. */
  readonly field: string;
  readonly message: string;
  readonly fix: string;
  /** The hostile-input rule that refused the file (see src/binder/safety/rules.ts), if any. */
  readonly rule?: string;
}

/** `file:line: field: message — fix`, one problem per line. */
export function formatProblem(problem: LocatedProblem): string {
  const field = problem.field ? ` ${problem.field}:` : '';
  return `${problem.file}:${problem.line}:${field} ${problem.message} — ${problem.fix}`;
}
