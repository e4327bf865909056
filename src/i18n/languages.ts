/**
 * The languages a binder is read in: the one it is written in (`locale`), served at
 * the site's root, and each of `languages`, served under its own path (/es/…).
 */
import type { Site } from '../schemas/site.ts';

export interface BinderLanguage {
  /** The BCP 47 tag: `en-US`, `es`. */
  readonly tag: string;
  /** The first part of its pages' paths (`es`); empty for the binder's own language. */
  readonly segment: string;
  /** The language the binder is written in: its pages are the originals. */
  readonly original: boolean;
  /** Its name in itself ("español"), for the language switcher. */
  readonly name: string;
}

export function binderLanguages(site: Pick<Site, 'locale' | 'languages'>): BinderLanguage[] {
  const others = (site.languages ?? []).filter((tag) => tag.toLowerCase() !== site.locale.toLowerCase());
  const all = [site.locale, ...others];
  // "English", not "English (United States)", unless two of the languages need telling apart.
  const shown = (tag: string) => (all.filter((other) => primary(other) === primary(tag)).length > 1 ? tag : primary(tag));
  return [
    { tag: site.locale, segment: '', original: true, name: languageNameIn(shown(site.locale), shown(site.locale), true) },
    ...others.map((tag) => ({ tag, segment: tag.toLowerCase(), original: false, name: languageNameIn(shown(tag), shown(tag), true) })),
  ];
}

/** The language a page path belongs to (the path without the site's base). */
export function languageOfPath(path: string, languages: readonly BinderLanguage[]): BinderLanguage {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  return languages.find((language) => !language.original && language.segment === first) ?? languages[0]!;
}

/** `es-MX` → `es`. */
export function primary(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/**
 * A language's name as `inTag` writes it in a sentence ("inglés", "italiano"), or
 * capitalised to stand alone, as the switcher shows each language's own name ("Español").
 */
export function languageNameIn(tag: string, inTag: string, standalone = false): string {
  try {
    const name = new Intl.DisplayNames([inTag], { type: 'language', languageDisplay: 'standard' }).of(tag) ?? tag;
    return standalone ? name.charAt(0).toLocaleUpperCase(inTag) + name.slice(1) : name;
  } catch {
    return tag;
  }
}
