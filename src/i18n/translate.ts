/**
 * Messages in a given language, without a page: pure (no AsyncLocalStorage, no astro:*),
 * so domain code that produces words imports it and takes the language as a `locale`
 * parameter. Pages and components use `t` from ui-strings.ts, which reads the page's language.
 */
import { formatMessage, type Message, type MessageParams } from './format-message.ts';
import { en, type Catalogue, type MessageKey } from './messages/en.ts';
import { CATALOGUES } from './messages/index.ts';
import { primary } from './languages.ts';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The catalogue for a language tag: `es-MX` reads `es-mx`, then `es`, then English. */
export function catalogueOf(tag: string): Catalogue {
  return CATALOGUES[tag.toLowerCase()] ?? CATALOGUES[primary(tag)] ?? en;
}

/** The raw message for a key in a language (English where the language lacks it). */
export function messageOf(tag: string, key: MessageKey): Message {
  return (catalogueOf(tag)[key] ?? en[key]) as Message;
}

/** A message in a language, without a page: for domain code, commands, tests and the print sheet. */
export function translatorFor(tag: string): Translate {
  const catalogue = catalogueOf(tag);
  return (key, params) => formatMessage(tag, (catalogue[key] ?? en[key]) as Message, params);
}
