/** Strings of the site's pages and components in Italian (see site/en.ts for the keys). */
import type { Catalogue } from '../en.ts';

export const siteIt = {} as const satisfies Catalogue;
