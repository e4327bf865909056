import type { Ingredient } from '../../schemas/ingredient.ts';
import { edibleCost } from '../costing/pack-price.ts';
import type { IngredientLine } from '../../schemas/recipe.ts';
import { canConvert, convert, type UnitId } from '../units.ts';
import type { QuantityChange } from './model.ts';

/**
 * What changing a line's amount does to one batch: the difference in the head's
 * unit (0.1 l → 80 ml is −20 ml), as a percentage, and in money at the
 * ingredient's price. Units meet through the units table and the ingredient's
 * density or weight per piece; where they cannot meet, only the two amounts are given.
 */
export function quantityChange(before: IngredientLine, after: IngredientLine, ingredient: Ingredient | undefined): QuantityChange {
  const from = amountOf(before);
  const to = amountOf(after);
  const change: { -readonly [K in keyof QuantityChange]: QuantityChange[K] } = { before: from, after: to };
  if (!from || !to || !canConvert(from.unit, to.unit, ingredient)) return change;
  const fromInHeadUnit = convert(from.quantity, from.unit, to.unit, ingredient);
  const delta = tidy(to.quantity - fromInHeadUnit);
  change.delta = { quantity: delta, unit: to.unit };
  change.percent = fromInHeadUnit > 0 ? tidy((delta / fromInHeadUnit) * 100) : undefined;
  const costBefore = lineCost(before, ingredient);
  const costAfter = lineCost(after, ingredient);
  if (costBefore !== undefined && costAfter !== undefined) change.costDelta = tidy(costAfter - costBefore);
  return change;
}

/** What one batch's amount of this line costs (edible portion, after its preparation yield), or undefined when it cannot be costed. */
export function lineCost(line: IngredientLine, ingredient: Ingredient | undefined): number | undefined {
  const amount = amountOf(line);
  if (!amount || !ingredient?.cost) return undefined;
  const cost = edibleCost(ingredient, amount, line.prepYield, ingredient.cost.currency ?? '');
  return cost.missing.length === 0 ? cost.amount : undefined;
}

function amountOf(line: IngredientLine): { quantity: number; unit: UnitId } | undefined {
  return line.quantity !== undefined && line.unit !== undefined ? { quantity: line.quantity, unit: line.unit } : undefined;
}

/** Drops floating-point noise (0.1 l − 80 ml = −19.999999999999996 ml). */
function tidy(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}
