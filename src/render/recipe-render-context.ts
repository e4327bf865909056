/** What drawing a recipe needs beyond the common context: its allergens and its quantities as built. */
import type { DerivedAllergens } from '../domain/allergen-derivation.ts';
import type { AllergenId } from '../domain/allergens.ts';
import type { RecipeAsBuilt } from '../domain/scaling/recipe-as-built.ts';
import type { RenderContext } from './render-context.ts';

export interface RecipeRenderContext extends RenderContext {
  /** The recipe's allergens, derived through its sub-recipes, with where each comes from. */
  readonly allergens: DerivedAllergens;
  /** What an ingredient (as declared) or a sub-recipe (as derived) contains, for its line's badges. */
  readonly containsOf: (collection: 'ingredients' | 'recipes', id: string) => readonly AllergenId[];
  /**
   * The recipe at one batch in the identity's units (src/domain/scaling/recipe-as-built.ts);
   * undefined for a draft whose yield is not written yet, which shows its quantities as written.
   */
  readonly built: RecipeAsBuilt | undefined;
}
