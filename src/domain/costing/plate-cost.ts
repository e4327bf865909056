/**
 * What one plate of a menu item costs: each component's share of its recipe's batch
 * (through sub-recipes, edible portions and yields, as the recipe pages cost them), or
 * an ingredient as served; and, against its menu price, its food cost, margin and the
 * price that would meet the target. A component that cannot be costed makes the plate
 * incomplete, named, never cheaper.
 */
import type { MenuItem, PlateComponent } from '../../schemas/menu-item.ts';
import { recipeAmountCost, type CostLookups } from '../scaling/batch-cost.ts';
import { NO_COST, sumCosts, type Cost } from './cost-result.ts';
import { foodCost, type FoodCost } from './food-cost.ts';
import { edibleCost } from './pack-price.ts';

export function componentCost(component: PlateComponent, lookups: CostLookups, currency: string): Cost {
  if (component.recipe !== undefined) return recipeAmountCost(component.recipe, component.quantity, component.unit, lookups, currency);
  const ingredient = lookups.ingredients.get(component.ingredient ?? '');
  return ingredient ? edibleCost(ingredient, { quantity: component.quantity, unit: component.unit }, component.prepYield, currency) : NO_COST;
}

export interface PlateCosting extends FoodCost {
  /** Each component's cost, in plate order. */
  readonly components: readonly Cost[];
  /** The target food cost % this item is held to: its own, else the franchise's. */
  readonly targetPercent: number | undefined;
}

export function plateCosting(item: Pick<MenuItem, 'plate' | 'price' | 'targetFoodCostPercent'>, lookups: CostLookups, currency: string, franchiseTarget: number | undefined): PlateCosting {
  const components = item.plate.map((component) => componentCost(component, lookups, currency));
  const targetPercent = item.targetFoodCostPercent ?? franchiseTarget;
  return { ...foodCost(sumCosts(components), item.price, targetPercent), components, targetPercent };
}
