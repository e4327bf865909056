/**
 * A cost that may be incomplete. A price that is missing, in another currency, or that
 * no unit conversion can reach is named, never counted as zero: a plate whose cheese has
 * no price is "incomplete: no price for Mozzarella", not a cheaper plate.
 */
export interface Cost {
  /** The sum of what could be costed, in the binder's currency. */
  readonly amount: number;
  /** What could not be costed and why, each once: "Mozzarella: no price". Empty when the cost is complete. */
  readonly missing: readonly string[];
}

export const NO_COST: Cost = { amount: 0, missing: [] };

export function known(amount: number): Cost {
  return { amount, missing: [] };
}

export function missing(reason: string): Cost {
  return { amount: 0, missing: [reason] };
}

export function isComplete(cost: Cost): boolean {
  return cost.missing.length === 0;
}

/** The sum of several costs, with every reason any of them lacks, each once, in order. */
export function sumCosts(costs: readonly Cost[]): Cost {
  return { amount: costs.reduce((sum, cost) => sum + cost.amount, 0), missing: [...new Set(costs.flatMap((cost) => cost.missing))] };
}

export function scaleCost(cost: Cost, factor: number): Cost {
  return { amount: cost.amount * factor, missing: cost.missing };
}
