/**
 * A kitchen timer as the cook's device keeps it: what it is for, when it ends and
 * where it was started. It holds an end time rather than a count, so it keeps the
 * right time across pages, reloads and a phone put to sleep.
 */
import { timerLabelEn, type TimerLabelKey } from '../../i18n/messages/kitchen/english/timer-label.ts';
import { wordsFrom, type Words } from '../../i18n/words.ts';

export interface KitchenTimer {
  /** One timer per step: starting the same step again restarts it rather than adding a second one. */
  readonly id: string;
  /** Names the recipe and the step: "Margherita, step 4: Shake the peel…". */
  readonly label: string;
  /** When it rings, in milliseconds since the epoch (Date.now()). */
  readonly endsAt: number;
  /** The page it was started on, to go back to the step. */
  readonly url: string;
}

const MS_PER_MINUTE = 60_000;

export function startTimer(options: { id: string; label: string; url: string; minutes: number; now: number }): KitchenTimer {
  if (!Number.isFinite(options.minutes) || options.minutes <= 0) {
    throw new RangeError(`a timer needs a duration above zero minutes, not ${options.minutes} — check the step's timerMinutes`);
  }
  return { id: options.id, label: options.label, url: options.url, endsAt: options.now + Math.round(options.minutes * MS_PER_MINUTE) };
}

/** Milliseconds left, never below zero. */
export function remainingMs(timer: KitchenTimer, now: number): number {
  return Math.max(0, timer.endsAt - now);
}

export function hasEnded(timer: KitchenTimer, now: number): boolean {
  return now >= timer.endsAt;
}

/**
 * What the tray shows: "2:59", "12:00", "1:05:00". Rounds up, so a timer reads
 * "0:01" until it rings and never shows "0:00" while still running.
 */
export function formatRemaining(ms: number): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

const LABEL_EXCERPT_CHARS = 40;

const ENGLISH_LABEL_WORDS: Words<TimerLabelKey> = /* @__PURE__ */ wordsFrom('en', timerLabelEn);

/**
 * "Margherita, step 4: Shake the peel to check the pizza slides…": the recipe, the step and
 * its first words. `words` gives the language (a page's `translatorFor(locale)`); English by default.
 */
export function timerLabel(recipeTitle: string, stepNumber: number, stepText: string, words: Words<TimerLabelKey> = ENGLISH_LABEL_WORDS): string {
  const text = stepText.replace(/\s+/g, ' ').trim();
  let excerpt = text;
  if (text.length > LABEL_EXCERPT_CHARS) {
    const cut = text.slice(0, LABEL_EXCERPT_CHARS + 1); // one more, to see whether a word ends at the limit
    const wordEnd = cut.search(/[\s,.;:!?][^\s,.;:!?]*$/);
    excerpt = `${(wordEnd > 0 ? cut.slice(0, wordEnd) : cut.slice(0, LABEL_EXCERPT_CHARS)).replace(/[\s,.;:!?]+$/, '')}…`;
  }
  const step = String(stepNumber);
  return excerpt ? words('timer.label', { recipe: recipeTitle, step, excerpt }) : words('timer.labelShort', { recipe: recipeTitle, step });
}
