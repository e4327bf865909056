/**
 * The site's strings in the language of the page being rendered: `t('recipe.batch')`.
 * A key a language's catalogue lacks falls back to English, so a page is never missing
 * a word; `npm test` checks every catalogue the sample ships is complete.
 */
import type { Message, MessageParams } from './format-message.ts';
import { currentLanguage } from './current-language.ts';
import type { MessageKey } from './messages/en.ts';
import { messagesIn, translatorFor } from './translate.ts';

export { catalogueOf, translatorFor, type Translate } from './translate.ts';

/** The message in the language of the page being rendered (English outside a page). */
export function t(key: MessageKey, params?: MessageParams): string {
  const tag = currentLanguage()?.tag ?? 'en';
  return translatorFor(tag)(key, params);
}

/** The raw messages an island needs, in the page's language, for it to format in the browser. */
export function islandMessages<K extends MessageKey>(keys: readonly K[]): Record<K, Message> {
  return messagesIn(currentLanguage()?.tag ?? 'en', keys);
}
