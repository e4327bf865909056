/**
 * Messages in a language given by its tag, without a page: for domain code called with a
 * `locale`, commands, tests and print. Pure (no AsyncLocalStorage), so any module may
 * import it; ui-strings.ts builds the page's `t` on it. It holds every catalogue, so code
 * that runs in the browser takes its words as a `Words` function instead (words.ts).
 */
import { formatMessage, type Message, type MessageParams } from './format-message.ts';
import { primary } from './languages.ts';
import { en, type Catalogue, type MessageKey } from './messages/en.ts';
import { CATALOGUES } from './messages/index.ts';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The catalogue for a language tag: `es-MX` reads `es-mx`, then `es`, then English. */
export function catalogueOf(tag: string): Catalogue {
  return CATALOGUES[tag.toLowerCase()] ?? CATALOGUES[primary(tag)] ?? en;
}

/** One message in a language, English where the language's catalogue lacks it. */
export function messageIn(tag: string, key: MessageKey): Message {
  return catalogueOf(tag)[key] ?? en[key];
}

/** A message in a language, without a page: for commands, tests and the print sheet. */
export function translatorFor(tag: string): Translate {
  const catalogue = catalogueOf(tag);
  return (key, params) => formatMessage(tag, (catalogue[key] ?? en[key]) as Message, params);
}

/** The raw messages of `keys` in a language, for code that formats them elsewhere (an island, a page's JSON). */
export function messagesIn<K extends MessageKey>(tag: string, keys: readonly K[]): Record<K, Message> {
  return Object.fromEntries(keys.map((key) => [key, messageIn(tag, key)])) as Record<K, Message>;
}

/** Only the messages of `keys` that differ from English: what a page must carry for code whose English is built in. */
export function messagesUnlikeEnglish<K extends MessageKey>(tag: string, keys: readonly K[]): Partial<Record<K, Message>> {
  return Object.fromEntries(
    keys.flatMap((key) => {
      const message = messageIn(tag, key);
      return JSON.stringify(message) === JSON.stringify(en[key]) ? [] : [[key, message]];
    }),
  ) as Partial<Record<K, Message>>;
}
