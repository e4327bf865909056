/** Strings of the kitchen tools in Italian (see kitchen/en.ts for the keys). */
import type { Catalogue } from '../en.ts';

export const kitchenIt = {} as const satisfies Catalogue;
