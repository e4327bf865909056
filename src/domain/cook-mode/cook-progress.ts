import { SCALE_PARAMS } from '../scaling/scale-params.ts';

/**
 * Where a cook is in a recipe, kept on the device so a reload or a dropped
 * connection loses nothing: the step on screen and the mise-en-place lines ticked.
 * Step 0 is the mise en place; steps 1…n are the method.
 */
export interface CookProgress {
  readonly step: number;
  /** Indexes of the ingredient lines ticked off in the mise en place. */
  readonly ticked: readonly number[];
}

export const NO_PROGRESS: CookProgress = { step: 0, ticked: [] };

/**
 * One record per recipe and batch: `?scale=2` is another batch, with its own
 * weighed-out ingredients; the units it is read in are not. The batch's parameters are
 * sorted so their order does not matter.
 */
export function progressKey(slug: string, search: string): string {
  const params = new URLSearchParams([...new URLSearchParams(search)].filter(([key]) => (SCALE_PARAMS as readonly string[]).includes(key)));
  params.sort();
  const query = params.toString();
  return `open-franchise:cook:${slug}${query ? `?${query}` : ''}`;
}

/** Keeps a step inside 0…lastStep (a recipe edited since may have fewer steps). */
export function clampStep(step: number, lastStep: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(Math.max(0, Math.trunc(step)), Math.max(0, lastStep));
}

export function serializeProgress(progress: CookProgress): string {
  return JSON.stringify({ step: progress.step, ticked: [...new Set(progress.ticked)].sort((a, b) => a - b) });
}

/** What was stored, made safe for a recipe with `lastStep` steps and `lineCount` lines; anything unreadable is a fresh start. */
export function parseProgress(stored: string | null, lastStep: number, lineCount: number): CookProgress {
  if (!stored) return NO_PROGRESS;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return NO_PROGRESS;
  }
  if (typeof value !== 'object' || value === null) return NO_PROGRESS;
  const { step, ticked } = value as { step?: unknown; ticked?: unknown };
  return {
    step: typeof step === 'number' ? clampStep(step, lastStep) : 0,
    ticked: Array.isArray(ticked) ? ticked.filter((i): i is number => Number.isInteger(i) && i >= 0 && i < lineCount) : [],
  };
}

/** The ticks with one line ticked or unticked. */
export function withTick(progress: CookProgress, line: number, ticked: boolean): CookProgress {
  const others = progress.ticked.filter((i) => i !== line);
  return { ...progress, ticked: ticked ? [...others, line].sort((a, b) => a - b) : others };
}
