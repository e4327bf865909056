/**
 * Every string a cook meets on the site, in English: the catalogue the others follow
 * (src/i18n/messages/<language>.ts). Split by area (site/, kitchen/) so each file stays
 * readable; this file holds the language machinery's own strings. Keys name where a string appears; a message with
 * plural forms is one text per `Intl.PluralRules` category, `#` standing for the count.
 */
import type { Message } from '../format-message.ts';
import { kitchenEn } from './kitchen/en.ts';
import { siteEn } from './site/en.ts';

export const en = {
  'page.skipToContent': 'Skip to content',
  'nav.label': 'Sections',
  'language.switcher': 'Language',
  'language.notTranslated': 'This page is not translated into {language} yet: it is shown in {original}.',
  'language.stale': 'Parts of this page were translated from an earlier version and may be out of date: read the original.',
  'language.readOriginal': 'Read the original',
  'language.status': 'Translations',
  'translations.title': 'Translations',
  'translations.lede': 'How far {name} is read in each language. Numbers, temperatures, times and allergens are the same in every language: a translation holds words only, and a part translated from words the original has since changed is shown with a notice until a translator reviews it.',
  'translations.summary': 'Summary',
  'translations.section': 'Section',
  'translations.translated': 'Translated',
  'translations.stale': 'Out of date',
  'translations.partial': 'Partly translated',
  'translations.missing': 'Not translated',
  'translations.needsWork': 'Entries to review',
  'translations.allCurrent': 'Every translated entry is up to date.',
  'translations.parts': { one: '# part', other: '# parts' },
  'translations.howTo': 'To translate an entry, run {command}; after changing a translation, run {reviewed}. The README explains how to add a language.',
  'translations.original': '{language} is the language the binder is written in.',
  ...siteEn,
  ...kitchenEn,
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
export type Catalogue = { readonly [K in MessageKey]?: Message };
