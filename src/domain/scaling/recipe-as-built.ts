/**
 * A recipe as its page is built: at one batch, in the identity's units, with the notes
 * under each line and, for a dough, its baker's percentages. The page and the editor's
 * preview both draw the recipe from this, and the page's scaler redraws it from the
 * same `scalable` data in the browser.
 */
import { linesPortionNutrients, type NutrientSum } from '../nutrition/nutrient-sum.ts';
import type { UnitSystem } from '../units.ts';
import { UNITS } from '../units.ts';
import { bakersPercentages } from './bakers-percentages.ts';
import { lineNotes } from './line-notes.ts';
import { scalableRecipe, type ScalableFields, type ScalableRecipe, type ScalingLookups } from './scalable-recipe.ts';
import { scaleRecipe, type ScaledRecipe } from './scale-recipe.ts';

export interface RecipeAsBuilt {
  /** What the scaler needs, as the page embeds it. */
  readonly scalable: ScalableRecipe;
  /** The recipe at one batch. */
  readonly scaled: ScaledRecipe;
  /** The notes under each line ("≈ 92 g", "rounded to whole pieces"). */
  readonly notes: ReadonlyArray<readonly string[]>;
  /** Each line's baker's percentage, for a recipe written as a formula. */
  readonly bakers: ReadonlyArray<number | null> | undefined;
  /** What one portion holds, through sub-recipes; undefined when the yield gives no portions. */
  readonly portionNutrients: NutrientSum | undefined;
}

export function recipeAsBuilt(
  slug: string,
  recipe: ScalableFields,
  lookups: ScalingLookups,
  site: { readonly locale: string; readonly currency: string; readonly unitSystem: UnitSystem },
): RecipeAsBuilt {
  const scalable = scalableRecipe(slug, recipe, lookups, site);
  const scaled = scaleRecipe(scalable, 1, site.unitSystem);
  const notes = scaled.lines.map((line, i) => {
    const unit = recipe.ingredients[i]?.unit;
    return lineNotes(line, 1, unit !== undefined && UNITS[unit].dimension === 'mass', 'mix', scalable);
  });
  return { scalable, scaled, notes, bakers: scalable.bakers ? bakersPercentages(scalable.lines) : undefined, portionNutrients: linesPortionNutrients(recipe, lookups) };
}
