import type { Procedure } from '../../schemas/procedure.ts';
import { diffFields } from './field-diff.ts';
import type { Change } from './model.ts';
import { stepChanges } from './step-changes.ts';

/** Everything that changed in a procedure: its steps (with log flags, critical limits and corrective actions), then other fields. */
export function procedureChanges(before: Procedure, after: Procedure): Change[] {
  const asWritten = (step: { text: string }) => step.text;
  return [...stepChanges(before.steps, after.steps, { before: asWritten, after: asWritten }), ...diffFields(before, after, '', new Set(['steps']))];
}
