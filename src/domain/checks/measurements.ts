import type { IngredientLine, Recipe } from '../../schemas/recipe.ts';
import type { BinderEntries, EntryLocation } from '../binder.ts';
import { canConvert, convert, type Dimension, UNITS, unitDimension, unitsOf } from '../units.ts';
import { orList } from '../suggest.ts';
import type { Report } from './report.ts';

/**
 * Units must suit what they measure: an ingredient line in mass, volume or count;
 * a sub-recipe line in its yield's dimension or in portions; an ingredient both
 * weighed and measured by volume needs a density, one both counted and weighed
 * needs a weight per piece; portions must fit in the batch.
 */
export function checkMeasurements(binder: BinderEntries, report: Report): void {
  const usage = new Map<string, Map<Dimension, EntryLocation>>();
  const noteUse = (ingredient: string, dimension: Dimension, where: EntryLocation) => {
    const dims = usage.get(ingredient) ?? new Map<Dimension, EntryLocation>();
    if (!dims.has(dimension)) dims.set(dimension, where);
    usage.set(ingredient, dims);
  };

  for (const [id, recipe] of binder.recipes) {
    recipe.ingredients.forEach((line, index) => {
      if (line.unit === undefined) return;
      const where: EntryLocation = { collection: 'recipes', id, path: ['ingredients', index, 'unit'] };
      if (line.ingredient !== undefined) {
        if (line.unit === 'portion') {
          report(where, '`portion` is only for sub-recipes', `measure the ingredient in mass (${unitsOf('mass').join(', ')}), volume or \`each\``);
          return;
        }
        noteUse(line.ingredient, unitDimension(line.unit), where);
      } else if (line.recipe !== undefined) {
        const sub = binder.recipes.get(line.recipe);
        if (sub) checkSubRecipeUnit(line, sub, where, report);
      }
    });
    checkPortionsFitBatch(id, recipe, report);
  }
  for (const [id, ingredient] of binder.ingredients) {
    if (ingredient.cost) noteUse(id, unitDimension(ingredient.cost.per.unit), { collection: 'ingredients', id, path: ['cost', 'per', 'unit'] });
  }

  for (const [id, dims] of usage) {
    const ingredient = binder.ingredients.get(id);
    if (!ingredient) continue;
    const weighed = dims.get('mass');
    const measured = dims.get('volume');
    const counted = dims.get('count');
    if (weighed && measured && ingredient.density === undefined) {
      report(
        { collection: 'ingredients', id, path: ['density'] },
        `is missing: \`${id}\` is measured by volume (${describe(measured)}) and by weight (${describe(weighed)})`,
        'add `density:` in grams per millilitre (weigh 100 ml and divide by 100), or use one kind of unit everywhere',
      );
    }
    const other = weighed ?? measured;
    if (counted && other && ingredient.gramsEach === undefined) {
      report(
        { collection: 'ingredients', id, path: ['gramsEach'] },
        `is missing: \`${id}\` is counted (${describe(counted)}) and also weighed or measured (${describe(other)})`,
        'add `gramsEach:` with the weight of one piece in grams, or use one kind of unit everywhere',
      );
    }
  }
}

function checkSubRecipeUnit(line: IngredientLine, sub: Recipe, where: EntryLocation, report: Report): void {
  const unit = line.unit;
  if (unit === undefined) return;
  if (unit === 'portion') {
    if (sub.yield.portions === undefined) {
      report(where, `\`${line.recipe}\` does not say how many portions a batch makes`, `add \`yield.portions\` to ${line.recipe}, or use its yield unit (${sub.yield.unit})`);
    }
    return;
  }
  const allowed = new Set<Dimension>([unitDimension(sub.yield.unit)]);
  if (sub.yield.portionSize) allowed.add(unitDimension(sub.yield.portionSize.unit));
  if (!allowed.has(unitDimension(unit))) {
    const options = [...allowed].flatMap((d) => unitsOf(d));
    report(
      where,
      `\`${unit}\` cannot measure \`${line.recipe}\`, whose batch is counted in ${UNITS[sub.yield.unit].name[1]}`,
      `use ${orList([...options, ...(sub.yield.portions ? ['portion'] : [])], 8)}`,
    );
  }
}

function checkPortionsFitBatch(id: string, recipe: Recipe, report: Report): void {
  const { quantity, unit, portions, portionSize } = recipe.yield;
  if (portions === undefined || portionSize === undefined || !canConvert(portionSize.unit, unit)) return;
  const needed = portions * convert(portionSize.quantity, portionSize.unit, unit);
  // 5 % slack: portioning rounds, and a cook can always make a little more.
  if (needed > quantity * 1.05) {
    report(
      { collection: 'recipes', id, path: ['yield', 'portions'] },
      `${portions} portions of ${portionSize.quantity} ${portionSize.unit} need ${round(needed)} ${unit}, more than the ${quantity} ${unit} one batch makes`,
      'correct the portion count, the portion size or the batch quantity',
    );
  }
}

function describe(where: EntryLocation): string {
  return `${where.collection}/${where.id} ${where.path.join('.')}`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
