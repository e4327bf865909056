/**
 * The binder as it reads in another language: each entry's data with its prose from
 * its translation where one may be shown (src/binder/translations/ lays it over the
 * original, numbers and all), the original's elsewhere; numbers, dates and units
 * written as that language writes them. The site's pages in that language and the
 * tests that hold the editor's preview to them read the same binder from here.
 */
import type { Binder } from '../binder.ts';
import type { CollectionName } from '../../schemas/reference.ts';

/** `translated`: an entry's data in the language, or undefined where the original shows. */
export function binderInLanguage(binder: Binder, tag: string, translated: (collection: CollectionName, id: string) => unknown): Binder {
  const localized = <D,>(collection: CollectionName, entries: ReadonlyMap<string, D>) =>
    new Map([...entries].map(([id, original]) => [id, (translated(collection, id) as D | undefined) ?? original] as const));
  return {
    site: { ...binder.site, locale: tag },
    recipes: localized('recipes', binder.recipes),
    procedures: localized('procedures', binder.procedures),
    setup: localized('setup', binder.setup),
    ingredients: localized('ingredients', binder.ingredients),
    equipment: localized('equipment', binder.equipment),
    stations: localized('stations', binder.stations),
    menu: localized('menu', binder.menu),
  };
}
