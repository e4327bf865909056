/** Strings of the site's pages and components in Spanish (see site/en.ts for the keys). */
import type { Catalogue } from '../en.ts';

export const siteEs = {} as const satisfies Catalogue;
