/**
 * The day's log of one procedure, as kept on the cook's device: which steps are
 * ticked, the readings and notes entered (each with when and by whom), and when the
 * shift started. Every change returns a new log, so the page can save it whole.
 */
import { checklistEn, type ChecklistKey } from '../../i18n/messages/kitchen/english/checklist.ts';
import { wordsFrom, type Words } from '../../i18n/words.ts';
import type { Reading } from './reading-check.ts';

/** The checklist's words: the page's (its island passes them), English by default. */
export type ChecklistWords = Words<ChecklistKey>;
export const ENGLISH_CHECKLIST_WORDS: ChecklistWords = /* @__PURE__ */ wordsFrom('en', checklistEn);

export interface StepLog {
  /** The step's text when it was logged: a restored log matches steps by it, not by position. */
  readonly text: string;
  readonly done: boolean;
  readonly reading?: Reading;
  readonly note?: string;
  /** The initials on the log when this step last changed. */
  readonly by?: string;
  /** When this step last changed (ISO 8601). */
  readonly at?: string;
}

export interface ChecklistLog {
  readonly version: 1;
  /** The procedure's slug. */
  readonly procedure: string;
  /** When this shift's log was started (ISO 8601). */
  readonly shiftStartedAt: string;
  /** Who is filling it in; optional. */
  readonly initials: string;
  readonly steps: readonly StepLog[];
}

/** The key a procedure's log is kept under on the device. */
export function storageKey(procedure: string): string {
  return `open-franchise:checklist:${procedure}`;
}

export function emptyLog(procedure: string, stepTexts: readonly string[], now: Date): ChecklistLog {
  return { version: 1, procedure, shiftStartedAt: now.toISOString(), initials: '', steps: stepTexts.map((text) => ({ text, done: false })) };
}

export function withTick(log: ChecklistLog, index: number, done: boolean, now: Date): ChecklistLog {
  return changeStep(log, index, now, (step) => ({ ...step, done }));
}

/** Records a reading, or clears it when `reading` is undefined (the cook emptied the field). */
export function withReading(log: ChecklistLog, index: number, reading: Reading | undefined, now: Date): ChecklistLog {
  return changeStep(log, index, now, ({ reading: _old, ...step }) => (reading ? { ...step, reading } : step));
}

export function withNote(log: ChecklistLog, index: number, note: string, now: Date): ChecklistLog {
  const trimmed = note.trim();
  return changeStep(log, index, now, ({ note: _old, ...step }) => (trimmed ? { ...step, note: trimmed } : step));
}

export function withInitials(log: ChecklistLog, initials: string): ChecklistLog {
  return { ...log, initials: initials.trim() };
}

/** "Start next shift": every tick, reading, note and the initials cleared, and a new start time. */
export function nextShift(log: ChecklistLog, now: Date): ChecklistLog {
  return emptyLog(log.procedure, log.steps.map((step) => step.text), now);
}

export interface Progress {
  readonly done: number;
  readonly total: number;
  /** "4 of 9 done". */
  readonly text: string;
}

export function progress(log: ChecklistLog, words: ChecklistWords = ENGLISH_CHECKLIST_WORDS): Progress {
  const done = log.steps.filter((step) => step.done).length;
  const total = log.steps.length;
  return { done, total, text: words('checklist.progress', { done: String(done), total: String(total) }) };
}

/**
 * The log kept on the device for this procedure, laid over its current steps: an entry
 * is kept only where a step with the same text still exists (a step reworded since is
 * started afresh rather than given another step's reading). Anything unreadable —
 * another version, another procedure, a hand-edited value — starts a fresh log.
 */
export function restoreLog(stored: string | null, procedure: string, stepTexts: readonly string[], now: Date): ChecklistLog {
  const fresh = emptyLog(procedure, stepTexts, now);
  const parsed = parseStored(stored);
  if (!parsed || parsed.procedure !== procedure) return fresh;
  const unused = [...parsed.steps];
  const steps = stepTexts.map((text) => {
    const at = unused.findIndex((step) => step.text === text);
    return at === -1 ? { text, done: false } : unused.splice(at, 1)[0]!;
  });
  return { ...fresh, shiftStartedAt: parsed.shiftStartedAt, initials: parsed.initials, steps };
}

function changeStep(log: ChecklistLog, index: number, now: Date, change: (step: StepLog) => StepLog): ChecklistLog {
  const step = log.steps[index];
  if (!step) throw new RangeError(`This procedure has no step ${index + 1}: it has ${log.steps.length}.`);
  const { by: _by, ...rest } = change(step);
  const changed: StepLog = { ...rest, at: now.toISOString(), ...(log.initials ? { by: log.initials } : {}) };
  return { ...log, steps: log.steps.map((s, i) => (i === index ? changed : s)) };
}

const UNITS = new Set(['C', 'F', 'ppm', 'pH', 'minutes', 'hours']);

function parseStored(stored: string | null): ChecklistLog | undefined {
  if (!stored) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value['version'] !== 1) return undefined;
  const { procedure, shiftStartedAt, initials, steps } = value;
  if (typeof procedure !== 'string' || typeof shiftStartedAt !== 'string' || Number.isNaN(Date.parse(shiftStartedAt))) return undefined;
  if (!Array.isArray(steps)) return undefined;
  const parsedSteps = steps.map(parseStep);
  if (parsedSteps.some((step) => step === undefined)) return undefined;
  return { version: 1, procedure, shiftStartedAt, initials: typeof initials === 'string' ? initials : '', steps: parsedSteps as StepLog[] };
}

function parseStep(value: unknown): StepLog | undefined {
  if (!isRecord(value) || typeof value['text'] !== 'string' || typeof value['done'] !== 'boolean') return undefined;
  const step: { -readonly [K in keyof StepLog]: StepLog[K] } = { text: value['text'], done: value['done'] };
  const reading = value['reading'];
  if (isRecord(reading) && typeof reading['value'] === 'number' && Number.isFinite(reading['value']) && UNITS.has(reading['unit'] as string)) {
    step.reading = { value: reading['value'], unit: reading['unit'] as Reading['unit'] };
  }
  if (typeof value['note'] === 'string' && value['note']) step.note = value['note'];
  if (typeof value['by'] === 'string' && value['by']) step.by = value['by'];
  if (typeof value['at'] === 'string' && !Number.isNaN(Date.parse(value['at']))) step.at = value['at'];
  return step;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
