/**
 * Translations of a generated binder, for the benchmark's languages (`--languages n`):
 * every entry translated into each language, every prose field the translation
 * schema allows (src/schemas/translation.ts) and the MDX body, pinned to the words it
 * translates (src/domain/translation/pin-translation.ts), so `npm run check` finds each
 * one current and the site shows it.
 *
 * The words are a pseudo-translation: each word of the original becomes a word of a
 * made-up vocabulary for that language, of the same length, the same for every use of
 * the word (so a language has as many distinct words as the original, as a real
 * translation has, and the search index grows as it would). Mentions (`@flour`),
 * numbers, punctuation, Markdown and acronyms are kept as they are, so the checker's
 * guards (src/domain/translation/prose-guards.ts) accept every step. Pure and
 * deterministic: the same original gives the same translation on every machine.
 */
import { pinTranslation } from '../../domain/translation/pin-translation.ts';
import { proseOf } from '../../domain/translation/prose-of.ts';
import { parseStepText } from '../../domain/step-text.ts';
import { BINDER_COLLECTIONS } from '../../schemas/collections.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import { BODY_FIELD, collectionProseShape } from '../../schemas/translation.ts';
import type { GeneratedEntry } from './entry.ts';
import { seededRandom } from './random.ts';

/** The languages a generated binder is also read in, in the order `--languages n` takes them. */
export const BENCH_LANGUAGES = ['es', 'it', 'fr', 'de', 'pt', 'nl', 'ca', 'sv', 'da', 'pl', 'ro', 'cs'] as const;

/** The most extra languages a generated binder can have. */
export const MAX_LANGUAGES = BENCH_LANGUAGES.length;

/** The first `count` benchmark languages. */
export function benchLanguages(count: number): string[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_LANGUAGES) throw new RangeError(`--languages must be a whole number from 0 to ${MAX_LANGUAGES}`);
  return BENCH_LANGUAGES.slice(0, count);
}

/** One translation file: an entry in one language, in content/ or the layer. */
export interface GeneratedTranslation {
  readonly language: string;
  readonly collection: CollectionName;
  readonly id: string;
  /** The frontmatter (MDX) or the whole file (YAML), with `sources` pinned. */
  readonly data: Record<string, unknown>;
  readonly body?: string;
}

/** Syllables each language's made-up words are built from (a flavour of the language, nothing more). */
const SYLLABLES: Readonly<Record<string, readonly string[]>> = {
  es: ['ca', 'de', 'la', 'mo', 'ri', 'ta', 'so', 'ne', 'lo', 'pe', 'gu', 'ci', 'ra', 'do', 'me', 'sa', 'ni', 'to', 'ba', 'es', 'ar', 'en', 'or', 'al', 'ñe', 'jo'],
  it: ['ca', 'ri', 'no', 'la', 'te', 'to', 'ci', 'gli', 'mo', 'pe', 'ra', 'so', 'vi', 'ne', 'lo', 'zi', 'che', 're', 'ta', 'di', 'gna', 'tti', 'ppo', 'ù'],
  fr: ['le', 'ou', 'ai', 'ri', 'ne', 'ch', 'au', 'se', 'mo', 're', 'ta', 'en', 'on', 've', 'du', 'qu', 'la', 'ie', 'eu', 'é', 'è', 'ç', 'oi'],
  de: ['sch', 'en', 'ei', 'ch', 'st', 'er', 'au', 'un', 'ge', 'be', 'ra', 'te', 'ni', 'ha', 'ke', 'lo', 'ie', 'mi', 'zu', 'wa', 'ü', 'ö', 'ä'],
};
const GENERIC_SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'di', 'pa', 'en', 'or', 'ul', 'an', 'is', 'ek', 'ja', 'ho', 'be', 'gi'];

/** A made-up word of `length` letters for `word` in `language`: always the same one. */
function pseudoWord(language: string, word: string, length: number): string {
  const random = seededRandom(`${language}:${word}`);
  const syllables = SYLLABLES[language] ?? GENERIC_SYLLABLES;
  let made = '';
  while ([...made].length < length) made += random.pick(syllables);
  return [...made].slice(0, length).join('');
}

const WORD = /\p{L}+/gu;

/**
 * `text` in `language`'s made-up words: each word of two letters or more replaced by one
 * of the same length and case; acronyms and units (`NSF`, `C`, `g`), digits,
 * punctuation, Markdown and `@mentions` kept exactly.
 */
export function pseudoTranslate(text: string, language: string, cache: Map<string, string> = new Map()): string {
  return parseStepText(text)
    .map((segment) => (segment.kind === 'mention' ? `@${segment.key}` : segment.text.replace(WORD, (word) => translateWord(word, language, cache))))
    .join('');
}

function translateWord(word: string, language: string, cache: Map<string, string>): string {
  const letters = [...word];
  if (letters.length < 2 || word === word.toUpperCase()) return word;
  const lower = word.toLowerCase();
  const key = `${language}:${lower}`;
  let made = cache.get(key);
  if (made === undefined) {
    made = pseudoWord(language, lower, [...lower].length);
    cache.set(key, made);
  }
  return word[0] === word[0]!.toUpperCase() ? made.charAt(0).toUpperCase() + made.slice(1) : made;
}

/**
 * `entry` translated into `language`, pinned to it as it stands: `entry` must be the
 * entry as the binder shows it (a patched entry with its patch applied), since that is
 * what `npm run check` compares the pins with.
 */
export function translateEntry(entry: GeneratedEntry, language: string, cache: Map<string, string> = new Map()): GeneratedTranslation {
  const translate = (text: string) => pseudoTranslate(text, language, cache);
  const shape = collectionProseShape(entry.collection);
  const translated = proseOf(shape, entry.data, translate) as Record<string, unknown>;
  const mdx = BINDER_COLLECTIONS[entry.collection].format === 'mdx';
  const body = mdx && entry.body !== undefined && entry.body.trim() !== '' ? entry.body : undefined;
  const data = pinTranslation(shape, entry.data, translated, body === undefined ? {} : { [BODY_FIELD]: body });
  return { language, collection: entry.collection, id: entry.id, data, ...(body === undefined ? {} : { body: translate(body) }) };
}
