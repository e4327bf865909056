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
  return [
    { tag: site.locale, segment: '', original: true, name: autonym(site.locale) },
    ...others.map((tag) => ({ tag, segment: tag.toLowerCase(), original: false, name: autonym(tag) })),
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

function autonym(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language', languageDisplay: 'standard' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}
