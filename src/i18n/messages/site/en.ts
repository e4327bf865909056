/** Strings of the site's pages and components (navigation, headings, labels), in English. */
import type { Message } from '../../format-message.ts';

export const siteEn = {} as const satisfies Record<string, Message>;
