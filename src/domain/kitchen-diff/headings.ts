import { BINDER_COLLECTIONS } from '../../schemas/collections.ts';
import type { DiffCollection } from './model.ts';

/** "Recipes", "Ingredients", "Site settings". */
export function collectionHeading(collection: DiffCollection): string {
  return collection === 'site' ? 'Site settings' : BINDER_COLLECTIONS[collection].label;
}

/** "Recipe", "Ingredient", "Site settings". */
export function entryKind(collection: DiffCollection): string {
  return collection === 'site' ? 'Site settings' : BINDER_COLLECTIONS[collection].singular;
}
