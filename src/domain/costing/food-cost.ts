/**
 * A menu item's economics from its plate cost and menu price (before tax), with the
 * professional formulas: food cost % = plate cost ÷ price; contribution margin =
 * price − plate cost; the price that meets a target food cost = plate cost ÷ target.
 * An incomplete plate cost yields no percentage or margin: a figure computed from part
 * of the plate would look better than the truth.
 */
import { isComplete, type Cost } from './cost-result.ts';

export interface FoodCost {
  readonly plateCost: Cost;
  readonly price: number;
  /** Plate cost ÷ price × 100, when the plate cost is complete. */
  readonly foodCostPercent?: number;
  /** Price − plate cost, when the plate cost is complete. */
  readonly margin?: number;
  /** The price at which the plate would meet the target, when there is a target and the plate cost is complete. */
  readonly targetPrice?: number;
  /** Above the target food cost. */
  readonly overTarget: boolean;
}

export function foodCost(plateCost: Cost, price: number, targetPercent: number | undefined): FoodCost {
  if (!isComplete(plateCost) || price <= 0) return { plateCost, price, overTarget: false };
  const foodCostPercent = (plateCost.amount / price) * 100;
  return {
    plateCost,
    price,
    foodCostPercent,
    margin: price - plateCost.amount,
    ...(targetPercent !== undefined && { targetPrice: plateCost.amount / (targetPercent / 100) }),
    overTarget: targetPercent !== undefined && foodCostPercent > targetPercent,
  };
}
