import type { CollectionName } from '../schemas/reference.ts';
import type { Equipment } from '../schemas/equipment.ts';
import type { Ingredient } from '../schemas/ingredient.ts';
import type { MenuItem } from '../schemas/menu-item.ts';
import type { Procedure } from '../schemas/procedure.ts';
import type { Recipe } from '../schemas/recipe.ts';
import type { SetupGuide } from '../schemas/setup-guide.ts';
import type { Site } from '../schemas/site.ts';
import type { Station } from '../schemas/station.ts';

/** The validated data of every entry, by collection and slug: what the domain works on. */
export interface BinderEntries {
  readonly recipes: ReadonlyMap<string, Recipe>;
  readonly ingredients: ReadonlyMap<string, Ingredient>;
  readonly procedures: ReadonlyMap<string, Procedure>;
  readonly setup: ReadonlyMap<string, SetupGuide>;
  readonly equipment: ReadonlyMap<string, Equipment>;
  readonly stations: ReadonlyMap<string, Station>;
  readonly menu: ReadonlyMap<string, MenuItem>;
}

/** The whole binder: its entries and the franchise's identity. */
export interface Binder extends BinderEntries {
  readonly site: Site;
}

/** Where a problem is, inside one entry's data. */
export interface EntryLocation {
  readonly collection: CollectionName | 'site';
  readonly id: string;
  readonly path: ReadonlyArray<string | number>;
}

/**
 * A problem found in the binder. `message` says what is wrong and `fix` how to put
 * it right, in words a chef can act on without reading code.
 */
export interface BinderProblem extends EntryLocation {
  readonly message: string;
  readonly fix: string;
}
