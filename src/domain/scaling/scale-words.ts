/**
 * The scaler's words: unit words, line notes, the status line, the split into mixes and
 * what is wrong with a batch asked for. English is built in; a page in another language
 * carries its own in the recipe's scaling data (ScalableRecipe.words), so the browser
 * needs no catalogue.
 */
import type { Message } from '../../i18n/format-message.ts';
import { scaleEn, type ScaleKey } from '../../i18n/messages/kitchen/english/scale.ts';
import { unitEn, type UnitKey } from '../../i18n/messages/kitchen/english/units.ts';
import { wordsFrom, type Words } from '../../i18n/words.ts';

export type ScaleWordKey = ScaleKey | UnitKey;
export type ScaleWords = Words<ScaleWordKey>;

/** The keys a page carries: the scaler names only counts and portions among the units. */
export const SCALE_WORD_KEYS: readonly ScaleWordKey[] = ['unit.each', 'unit.portion', 'unit.toTaste', ...(Object.keys(scaleEn) as ScaleKey[])];

/** Where the scaler finds its words: the recipe's language and the messages it carries (none in English). */
export interface ScaleWordsSource {
  readonly locale: string;
  readonly words?: Readonly<Partial<Record<ScaleWordKey, Message>>> | undefined;
}

export const ENGLISH: ScaleWordsSource = { locale: 'en' };

const ENGLISH_MESSAGES: Readonly<Record<ScaleWordKey, Message>> = { ...unitEn, ...scaleEn };

export function scaleWords(source: ScaleWordsSource): ScaleWords {
  return wordsFrom(source.locale, source.words ?? {}, ENGLISH_MESSAGES);
}
