/**
 * What a page in another language shows in the original's words, so that it can mark
 * them with the original's `lang` (src/render/fallback-language.ts): the names of
 * entries not translated yet, and an entry's own pieces shown in the original (not
 * translated, or withheld for disagreeing on a number). The page and the editor's
 * preview of a translation both ask here, so both mark the same words.
 */
import type { CollectionName } from '../../schemas/reference.ts';

export interface TranslationState {
  readonly collection: CollectionName;
  readonly entry: string;
  readonly state: string;
}

/**
 * The names of entries not translated into a language, as the original writes them.
 * A name that is also one of the language's own names is left out: it cannot be told
 * apart, and is more likely meant in the page's language.
 */
export function untranslatedNames(
  states: readonly TranslationState[],
  originalTitle: (collection: CollectionName, id: string) => string,
  translatedTitle: (collection: CollectionName, id: string) => string,
): string[] {
  const translated = new Set(states.filter((each) => each.state !== 'missing').map((each) => translatedTitle(each.collection, each.entry)));
  return states.filter((each) => each.state === 'missing').map((each) => originalTitle(each.collection, each.entry)).filter((name) => !translated.has(name));
}

/** The original's text at each path (`steps.2.text`, or its parts), for the pieces a translation leaves in the original's words. */
export function piecesInOriginal(original: unknown, paths: ReadonlyArray<string | readonly (string | number)[]>): string[] {
  return paths.flatMap((path) => {
    const parts = typeof path === 'string' ? path.split('.') : path;
    const value = parts.reduce<unknown>((at, key) => (at as Record<string | number, unknown> | undefined)?.[key], original);
    return typeof value === 'string' ? [value.trim()] : [];
  });
}
