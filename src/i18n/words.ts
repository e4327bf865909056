/**
 * Words for code that also runs in the browser (islands, and the domain code they call):
 * a function from a message key to text, made from raw messages a page passed down
 * (`data-messages`, a page's JSON) or from an area's English group. Imports nothing but
 * format-message.ts, so it costs an island next to nothing.
 */
import { formatMessage, type Message, type MessageParams } from './format-message.ts';

/** The text of a message by its key, in one language. */
export type Words<K extends string> = (key: K, params?: MessageParams) => string;

/** Words from raw messages; a key missing from `messages` reads from `fallback` (English). */
export function wordsFrom<K extends string>(locale: string, messages: Readonly<Partial<Record<K, Message>>>, fallback?: Readonly<Record<K, Message>>): Words<K> {
  return (key, params) => formatMessage(locale, (messages[key] ?? fallback?.[key] ?? key) as Message, params);
}
