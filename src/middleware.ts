/**
 * Every page renders in the language its path names (/es/… in Spanish, the rest in
 * the binder's own), so links and UI strings deep in components follow it without
 * each component being told (src/i18n/current-language.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { inLanguage } from './i18n/current-language.ts';
import { binderLanguages, languageOfPath } from './i18n/languages.ts';
import { loadBinder } from './site/binder.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const { binder } = await loadBinder();
  const base = import.meta.env.BASE_URL;
  const path = context.url.pathname.startsWith(base) ? context.url.pathname.slice(base.length) : context.url.pathname;
  return inLanguage(languageOfPath(path, binderLanguages(binder.site)), next);
});
