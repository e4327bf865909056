/**
 * What a page in another language shows in the original's words: the names of entries
 * not translated yet, and this entry's own pieces shown in the original (not
 * translated, or withheld for disagreeing on a number). A string that is also one of
 * this language's own names is left out: it cannot be told apart, and is more likely
 * meant in the page's language.
 */
import type { CollectionName } from '../schemas/reference.ts';
import type { SiteBinder } from './binder.ts';
import { loadOwnBinder } from './binder.ts';

const namesByLanguage = new Map<string, Promise<ReadonlySet<string>>>();

export async function fallbackTexts(site: SiteBinder, entry: { readonly collection: CollectionName; readonly id: string } | undefined): Promise<ReadonlySet<string>> {
  if (site.language.original) return new Set();
  const names = await untranslatedNames(site);
  const own = entry && site.translation(entry.collection, entry.id);
  if (!own || own.state === 'missing') return names; // an untranslated entry's page is in the original as a whole
  const original = (await loadOwnBinder()).binder[entry.collection].get(entry.id);
  const pieces = [...own.missing, ...own.withheld].flatMap((path) => {
    const value = path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], original);
    return typeof value === 'string' ? [value.trim()] : [];
  });
  return new Set([...names, ...pieces]);
}

function untranslatedNames(site: SiteBinder): Promise<ReadonlySet<string>> {
  let names = namesByLanguage.get(site.language.tag);
  if (!names) {
    names = (async () => {
      const { index } = await loadOwnBinder();
      const untranslated = site.translations.filter((entry) => entry.state === 'missing').map((entry) => index.title(entry.collection, entry.entry));
      const translated = new Set(site.translations.filter((entry) => entry.state !== 'missing').map((entry) => site.index.title(entry.collection, entry.entry)));
      return new Set(untranslated.filter((name) => !translated.has(name)));
    })();
    namesByLanguage.set(site.language.tag, names);
  }
  return names;
}
