/**
 * One group of the kitchen's English strings, in a module of its own: code that runs in the
 * browser takes its English default from here, and so carries this group only (kitchen/en.ts
 * has them all).
 */
import type { Message } from '../../../format-message.ts';

/** What a procedure's checklist computes, in the browser too (src/domain/checklist/). */
export const checklistEn = {
  'checklist.progress': '{done} of {total} done',
  'checklist.within': 'Within limit: {reading} meets {limit}.',
  'checklist.below': 'Out of limit: {reading} is below {limit}.',
  'checklist.above': 'Out of limit: {reading} is above {limit}.',
} as const satisfies Record<string, Message>;

export type ChecklistKey = keyof typeof checklistEn;
