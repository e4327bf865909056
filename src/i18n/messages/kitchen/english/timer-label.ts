/**
 * One group of the kitchen's English strings, in a module of its own: code that runs in the
 * browser takes its English default from here, and so carries this group only (kitchen/en.ts
 * has them all).
 */
import type { Message } from '../../../format-message.ts';

/** A timer's name, made at build time (src/domain/timers/kitchen-timer.ts). */
export const timerLabelEn = {
  'timer.label': '{recipe}, step {step}: {excerpt}',
  'timer.labelShort': '{recipe}, step {step}',
} as const satisfies Record<string, Message>;

export type TimerLabelKey = keyof typeof timerLabelEn;
