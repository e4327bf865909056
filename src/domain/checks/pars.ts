/**
 * Par levels hold together: a recipe's par is counted in its own batch's kind of unit
 * (or in portions, when its batch has them), so the prep list can send the cook to the
 * recipe at the amount to make; a par that covers more days than the item keeps is a
 * warning (the prep list caps it, and says so).
 */
import type { BinderEntries } from '../binder.ts';
import { canConvert, unitDimension } from '../units.ts';
import type { Report } from './report.ts';

const HOURS_PER_DAY = 24;

export function checkPars(binder: Pick<BinderEntries, 'recipes' | 'ingredients'>, report: Report, warn: Report): void {
  for (const [id, recipe] of binder.recipes) {
    const par = recipe.par;
    if (!par) continue;
    const where = { collection: 'recipes' as const, id };
    if (par.unit === 'portion' ? recipe.yield.portions === undefined : !canConvert(par.unit, recipe.yield.unit)) {
      report(
        { ...where, path: ['par', 'unit'] },
        par.unit === 'portion' ? 'is `portion`, but the batch states no portions' : `is ${unitDimension(par.unit)}, but a batch is measured in ${recipe.yield.unit} (${unitDimension(recipe.yield.unit)})`,
        `count the par in ${recipe.yield.unit} or another unit of ${unitDimension(recipe.yield.unit)}${recipe.yield.portions ? ', or in `portion`' : ''}`,
      );
    }
    shelfLife(par.days, recipe.storage?.shelfLifeHours, where, warn);
  }
  for (const [id, ingredient] of binder.ingredients) {
    if (ingredient.par) shelfLife(ingredient.par.days, ingredient.storage.shelfLifeHours, { collection: 'ingredients', id }, warn);
  }
}

function shelfLife(days: number, shelfLifeHours: number | undefined, where: { collection: 'recipes' | 'ingredients'; id: string }, warn: Report): void {
  if (shelfLifeHours === undefined || days * HOURS_PER_DAY <= shelfLifeHours) return;
  warn(
    { ...where, path: ['par', 'days'] },
    `is ${days}, but it keeps ${shelfLifeHours / HOURS_PER_DAY} days (storage.shelfLifeHours): the prep list makes only what keeps`,
    'lower `days` to what it keeps, or check the shelf life',
  );
}
