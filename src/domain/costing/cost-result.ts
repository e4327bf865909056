/**
 * A cost that may be incomplete. A price that is missing, in another currency, or that
 * no unit conversion can reach is named, never counted as zero: a plate whose cheese has
 * no price is "incomplete: Mozzarella has no price", not a cheaper plate. The reasons are
 * data, worded in the reader's language where they are shown (missing-cost-text.ts).
 */
import type { UnitId } from '../units.ts';

/** Why something could not be costed; `name` is the ingredient's or recipe's display name. */
export type MissingCost =
  | { readonly kind: 'no-price'; readonly name: string }
  | { readonly kind: 'currency'; readonly name: string; readonly currency: string; readonly expected: string }
  | { readonly kind: 'unit'; readonly name: string; readonly priced: UnitId; readonly used: UnitId }
  | { readonly kind: 'yield'; readonly name: string; readonly prep: string }
  | { readonly kind: 'recipe-unit'; readonly name: string; readonly used: UnitId };

export interface Cost {
  /** The sum of what could be costed, in the binder's currency. */
  readonly amount: number;
  /** What could not be costed and why, each once. Empty when the cost is complete. */
  readonly missing: readonly MissingCost[];
}

export const NO_COST: Cost = { amount: 0, missing: [] };

export function known(amount: number): Cost {
  return { amount, missing: [] };
}

export function missing(reason: MissingCost): Cost {
  return { amount: 0, missing: [reason] };
}

export function isComplete(cost: Cost): boolean {
  return cost.missing.length === 0;
}

/** The sum of several costs, with every reason any of them lacks, each once, in order. */
export function sumCosts(costs: readonly Cost[]): Cost {
  const reasons = new Map<string, MissingCost>();
  for (const reason of costs.flatMap((cost) => cost.missing)) reasons.set(JSON.stringify(reason), reason);
  return { amount: costs.reduce((sum, cost) => sum + cost.amount, 0), missing: [...reasons.values()] };
}

export function scaleCost(cost: Cost, factor: number): Cost {
  return { amount: cost.amount * factor, missing: cost.missing };
}
