import { formatProblem, type LocatedProblem } from '../located-problem.ts';
import type { KitchenDiff } from './model.ts';

/** A kitchen diff with what it compared and whether the head passes the binder's checks: what the renderers print. */
export interface DiffReport {
  readonly diff: KitchenDiff;
  /** The revision names as the user gave them: `main`, `HEAD~1`, `working tree`. */
  readonly baseRef: string;
  readonly headRef: string;
  /** Problems checkBinder found in the head; empty when it is valid. */
  readonly headProblems: readonly LocatedProblem[];
}

/** "✓ head is valid …" or "✗ head has 2 problems:", the heading of the validation section. */
export function validationHeading(report: DiffReport): string {
  const count = report.headProblems.length;
  if (count === 0) return `✓ ${report.headRef} is valid: every file passes the binder's checks.`;
  return `✗ ${report.headRef} has ${count} problem${count === 1 ? '' : 's'} to fix before it can be merged:`;
}

/** The head's problems as `file:line: field: what is wrong — how to fix it`. */
export function problemLines(report: DiffReport): string[] {
  return report.headProblems.map(formatProblem);
}
