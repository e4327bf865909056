/**
 * What a page in another language shows in the original's words
 * (src/domain/translation/shown-in-original.ts), from the site's binder.
 */
import { piecesInOriginal, untranslatedNames } from '../domain/translation/shown-in-original.ts';
import type { CollectionName } from '../schemas/reference.ts';
import type { SiteBinder } from './binder.ts';
import { loadOwnBinder } from './binder.ts';

const namesByLanguage = new Map<string, Promise<readonly string[]>>();

export async function fallbackTexts(site: SiteBinder, entry: { readonly collection: CollectionName; readonly id: string } | undefined): Promise<ReadonlySet<string>> {
  if (site.language.original) return new Set();
  const names = await namesInOriginal(site);
  const own = entry && site.translation(entry.collection, entry.id);
  if (!own || own.state === 'missing') return new Set(names); // an untranslated entry's page is in the original as a whole
  const original = (await loadOwnBinder()).binder[entry.collection].get(entry.id);
  return new Set([...names, ...piecesInOriginal(original, [...own.missing, ...own.withheld])]);
}

/** The names of entries not translated into the site's language, read once per language. */
export function namesInOriginal(site: SiteBinder): Promise<readonly string[]> {
  let names = namesByLanguage.get(site.language.tag);
  if (!names) {
    names = loadOwnBinder().then(({ index }) =>
      untranslatedNames(
        site.translations,
        (collection, id) => index.title(collection, id),
        (collection, id) => site.index.title(collection, id),
      ),
    );
    namesByLanguage.set(site.language.tag, names);
  }
  return names;
}
