/**
 * From a supplier's pack price to what a line of a recipe costs: the price per unit as
 * purchased (pack price ÷ pack size), then per unit used, divided by the preparation's
 * yield (edible-portion cost = as-purchased cost ÷ yield: diced onion at 88 % costs
 * 1 ÷ 0.88 of the whole onion per pound).
 */
import type { Ingredient, PackPrice } from '../../schemas/ingredient.ts';
import type { Quantity } from '../../schemas/quantity.ts';
import { convert, IncompatibleUnitsError, type UnitId } from '../units.ts';
import { known, missing, type Cost } from './cost-result.ts';

/** What costing reads of an ingredient. */
export type CostedIngredient = Pick<Ingredient, 'name' | 'cost' | 'density' | 'gramsEach' | 'yields'>;

/** The price of one `unit` as purchased, or null when the pack's unit cannot reach it. */
export function pricePer(pack: Pick<PackPrice, 'amount' | 'per'>, unit: UnitId, facts: Pick<Ingredient, 'density' | 'gramsEach'> = {}): number | null {
  try {
    return pack.amount / convert(pack.per.quantity, pack.per.unit, unit, facts);
  } catch (error) {
    if (error instanceof IncompatibleUnitsError) return null;
    throw error;
  }
}

/** The share of what is bought that is left to use after `prep` (1 when the line names none). */
export function yieldFraction(ingredient: Pick<Ingredient, 'yields'>, prep: string | undefined): number | null {
  if (prep === undefined) return 1;
  const found = ingredient.yields?.find((each) => each.prep === prep);
  return found ? found.percent / 100 : null;
}

/**
 * What `amount` of the ingredient, used after `prep`, costs in `currency`: its edible
 * portion costed from the pack the kitchen buys. A missing price, a price in another
 * currency, a unit the pack cannot reach or an unknown preparation is named instead.
 */
export function edibleCost(ingredient: CostedIngredient, amount: Quantity, prep: string | undefined, currency: string): Cost {
  const pack = ingredient.cost;
  if (!pack) return missing({ kind: 'no-price', name: ingredient.name });
  if (pack.currency !== undefined && pack.currency !== currency) return missing({ kind: 'currency', name: ingredient.name, currency: pack.currency, expected: currency });
  const unitPrice = pricePer(pack, amount.unit, ingredient);
  if (unitPrice === null) return missing({ kind: 'unit', name: ingredient.name, priced: pack.per.unit, used: amount.unit });
  const fraction = yieldFraction(ingredient, prep);
  if (fraction === null) return missing({ kind: 'yield', name: ingredient.name, prep: prep! });
  return known((unitPrice * amount.quantity) / fraction);
}

/** How much must be bought (as purchased) for `amount` used after `prep`, in the amount's unit, or null for an unknown preparation. */
export function asPurchased(ingredient: Pick<Ingredient, 'yields'>, amount: Quantity, prep: string | undefined): Quantity | null {
  const fraction = yieldFraction(ingredient, prep);
  return fraction === null ? null : { quantity: amount.quantity / fraction, unit: amount.unit };
}
