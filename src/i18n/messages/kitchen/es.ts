/** Strings of the kitchen tools in Spanish (see kitchen/en.ts for the keys). */
import type { Catalogue } from '../en.ts';

export const kitchenEs = {} as const satisfies Catalogue;
