import type { CriticalLimit } from '../../schemas/critical-limit.ts';
import type { TemperatureValue } from '../../schemas/temperature.ts';
import { deepEqual } from './deep-equal.ts';
import { diffFields } from './field-diff.ts';
import { matchSequence } from './match-sequence.ts';
import type { Change, StepSettings } from './model.ts';
import { hasChanges, similarity, wordDiff } from './word-diff.ts';

/** The fields recipe and procedure steps share or that this diff knows by name. */
export interface AnyStep {
  readonly text: string;
  readonly criticalLimit?: CriticalLimit | undefined;
  readonly timerMinutes?: number | undefined;
  readonly temperature?: TemperatureValue | undefined;
  readonly record?: boolean | undefined;
}

const KNOWN_FIELDS = new Set(['text', 'criticalLimit', 'timerMinutes', 'temperature', 'record']);

/**
 * The steps of two versions of a recipe or procedure compared: steps added,
 * removed, moved and reworded (word by word), and changes to their timers,
 * temperatures, critical limits, corrective actions, log flags and other fields.
 * `textOf` gives the text a cook reads (mentions as names), which is what is compared.
 */
export function stepChanges<S extends AnyStep>(
  before: readonly S[],
  after: readonly S[],
  textOf: { readonly before: (step: S) => string; readonly after: (step: S) => string },
): Change[] {
  const beforeText = before.map(textOf.before);
  const afterText = after.map(textOf.after);
  const match = matchSequence(beforeText, afterText, similarity);
  const changes: Change[] = [];

  for (const index of match.removed) {
    const step = before[index] as S;
    const number = index + 1;
    changes.push({ kind: 'step-removed', path: `steps.${index}`, number, text: beforeText[index] as string, settings: settingsOf(step) });
    if (step.criticalLimit) changes.push({ kind: 'critical-limit', path: `steps.${index}.criticalLimit`, number, before: step.criticalLimit, after: undefined });
  }

  const moved = new Set(match.moved.map((p) => p.after));
  const pairOf = new Map(match.pairs.map((p) => [p.after, p.before]));
  after.forEach((step, index) => {
    const path = `steps.${index}`;
    const number = index + 1;
    const b = pairOf.get(index);
    if (b === undefined) {
      changes.push({ kind: 'step-added', path, number, text: afterText[index] as string, settings: settingsOf(step) });
      if (step.criticalLimit) changes.push({ kind: 'critical-limit', path: `${path}.criticalLimit`, number, before: undefined, after: step.criticalLimit });
      return;
    }
    const old = before[b] as S;
    if (moved.has(index)) changes.push({ kind: 'step-moved', path, from: b + 1, to: number, text: afterText[index] as string });
    const [was, is] = [beforeText[b] as string, afterText[index] as string];
    const words = was === is ? [] : wordDiff(was, is);
    if (hasChanges(words)) changes.push({ kind: 'step-reworded', path, number, before: was, after: is, words });
    if (old.timerMinutes !== step.timerMinutes) {
      changes.push({ kind: 'step-timer', path: `${path}.timerMinutes`, number, before: old.timerMinutes, after: step.timerMinutes });
    }
    if (!deepEqual(old.temperature, step.temperature)) {
      changes.push({ kind: 'step-temperature', path: `${path}.temperature`, number, before: old.temperature, after: step.temperature });
    }
    changes.push(...criticalLimitChanges(old.criticalLimit, step.criticalLimit, `${path}.criticalLimit`, number));
    if ((old.record ?? false) !== (step.record ?? false)) {
      changes.push({ kind: 'step-record', path: `${path}.record`, number, before: old.record ?? false, after: step.record ?? false });
    }
    changes.push(...diffFields(old, step, path, KNOWN_FIELDS));
  });
  return changes;
}

/** What a step sets besides its text and critical limit (timer, temperature, station, log flag), shown with an added or removed step. */
function settingsOf(step: AnyStep): StepSettings {
  const { text: _text, criticalLimit: _limit, ...settings } = step as AnyStep & Record<string, unknown>;
  return settings;
}

/** The limit itself (what, which way, how much, how long) and its corrective action, compared apart. */
function criticalLimitChanges(before: CriticalLimit | undefined, after: CriticalLimit | undefined, path: string, number: number): Change[] {
  const changes: Change[] = [];
  const { correctiveAction: actionBefore, ...limitBefore } = before ?? { correctiveAction: undefined };
  const { correctiveAction: actionAfter, ...limitAfter } = after ?? { correctiveAction: undefined };
  if (!before || !after || !deepEqual(limitBefore, limitAfter)) {
    if (before || after) changes.push({ kind: 'critical-limit', path, number, before, after });
  }
  if (actionBefore !== undefined && actionAfter !== undefined && actionBefore !== actionAfter) {
    changes.push({ kind: 'corrective-action', path: `${path}.correctiveAction`, number, before: actionBefore, after: actionAfter, words: wordDiff(actionBefore, actionAfter) });
  }
  return changes;
}
