/**
 * The words an island's element carries in `data-messages` (put there by its component
 * with `islandMessages`), in the language of the page (`<html lang>`).
 */
import type { Message } from '../i18n/format-message.ts';
import type { MessageKey } from '../i18n/messages/en.ts';
import { wordsFrom, type Words } from '../i18n/words.ts';

export function islandWords<K extends MessageKey>(element: HTMLElement): Words<K> {
  return wordsFrom(document.documentElement.lang, JSON.parse(element.dataset['messages'] ?? '{}') as Partial<Record<K, Message>>);
}
