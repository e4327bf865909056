/**
 * The site's strings in the language of the page being rendered: `t('recipe.batch')`.
 * A key a language's catalogue lacks falls back to English, so a page is never missing
 * a word; `npm test` checks every catalogue the sample ships is complete.
 */
import { formatMessage, type Message, type MessageParams } from './format-message.ts';
import { currentLanguage } from './current-language.ts';
import { en, type Catalogue, type MessageKey } from './messages/en.ts';
import { CATALOGUES } from './messages/index.ts';
import { primary } from './languages.ts';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The catalogue for a language tag: `es-MX` reads `es-mx`, then `es`, then English. */
export function catalogueOf(tag: string): Catalogue {
  return CATALOGUES[tag.toLowerCase()] ?? CATALOGUES[primary(tag)] ?? en;
}

/** A message in a language, without a page: for commands, tests and the print sheet. */
export function translatorFor(tag: string): Translate {
  const catalogue = catalogueOf(tag);
  return (key, params) => formatMessage(tag, (catalogue[key] ?? en[key]) as Message, params);
}

/** The message in the language of the page being rendered (English outside a page). */
export function t(key: MessageKey, params?: MessageParams): string {
  const tag = currentLanguage()?.tag ?? 'en';
  return translatorFor(tag)(key, params);
}

/** The raw messages an island needs, in the page's language, for it to format in the browser. */
export function islandMessages<K extends MessageKey>(keys: readonly K[]): Record<K, Message> {
  const catalogue = catalogueOf(currentLanguage()?.tag ?? 'en');
  return Object.fromEntries(keys.map((key) => [key, catalogue[key] ?? en[key]])) as Record<K, Message>;
}
