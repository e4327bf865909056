/** Strings of the kitchen tools (durations, allergens, units, limits, timers, cook mode, checklists, print), in English. */
import type { Message } from '../../format-message.ts';

export const kitchenEn = {} as const satisfies Record<string, Message>;
