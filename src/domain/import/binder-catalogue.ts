/**
 * The binder as the import matches lines against: every ingredient and every recipe (a
 * line may name a sub-recipe), each under its id, its name in the binder's language, its
 * synonyms and its translated names, so a recipe imported in Spanish finds "Huevos".
 */
import { Catalogue, type CatalogueItem, type CatalogueName } from './catalogue-match.ts';

export interface BinderCatalogueInput {
  readonly ingredients: ReadonlyMap<string, { readonly name: string; readonly synonyms?: readonly string[] }>;
  readonly recipes: ReadonlyMap<string, { readonly title: string }>;
  /** The binder's own language: its ids, names and synonyms are in it. */
  readonly locale: string;
  /** Per language, translated names keyed by 'ingredients/<id>' or 'recipes/<id>'. */
  readonly translations?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

export function binderCatalogue(input: BinderCatalogueInput): Catalogue {
  const translated = (key: string): CatalogueName[] =>
    [...(input.translations ?? [])].flatMap(([language, names]) => {
      const text = names.get(key);
      return text ? [{ text, language, kind: 'translation' as const }] : [];
    });
  const own = (text: string, kind: CatalogueName['kind']): CatalogueName => ({ text, language: input.locale, kind });
  const items: CatalogueItem[] = [
    ...[...input.ingredients].map(([id, ingredient]): CatalogueItem => ({
      collection: 'ingredients',
      id,
      names: [own(id, 'id'), own(ingredient.name, 'name'), ...(ingredient.synonyms ?? []).map((synonym) => own(synonym, 'synonym')), ...translated(`ingredients/${id}`)],
    })),
    ...[...input.recipes].map(([id, recipe]): CatalogueItem => ({
      collection: 'recipes',
      id,
      names: [own(id, 'id'), own(recipe.title, 'name'), ...translated(`recipes/${id}`)],
    })),
  ];
  return new Catalogue(items);
}
