/**
 * How much of a prep item to make today: enough to reach its par, in whole batches.
 * The par is the usage over the days it must cover (never more days than it keeps)
 * plus a safety stock; to prep = max(par − on hand, 0), then rounded up to the batch
 * step and at least the minimum batch. Amounts are in the item's own unit.
 */

export interface ParRule {
  /** What is used per cover, or per day by weekday (Monday first); one of the two. */
  readonly usage: { readonly perCover: number } | { readonly perWeekday: readonly [number, number, number, number, number, number, number] };
  /** Days the prep must cover (a par of two days' usage). */
  readonly days: number;
  /** How many days it keeps, when it must not be made for longer. */
  readonly shelfLifeDays?: number;
  /** Kept on hand beyond the usage. */
  readonly safetyStock?: number;
  /** The smallest batch worth making. */
  readonly minBatch?: number;
  /** Batches are made in multiples of this (a 4 qt batch). */
  readonly batch?: number;
}

/** What the day expects: covers for a per-cover usage, the weekday (0 = Monday) for a per-weekday one. */
export interface Forecast {
  readonly covers: number;
  readonly weekday: number;
}

export interface PrepQuantity {
  /** The par for the day: usage over the covered days plus safety stock. */
  readonly par: number;
  /** The days the par covers after the shelf-life cap. */
  readonly days: number;
  /** The par asked for more days than the item keeps. */
  readonly cappedByShelfLife: boolean;
  /** max(par − on hand, 0), before rounding. */
  readonly short: number;
  /** What to make: whole batches, at least the minimum batch; 0 when nothing is short. */
  readonly make: number;
  /** How many batches `make` is, when there is a batch size. */
  readonly batches?: number;
}

export function prepQuantity(rule: ParRule, forecast: Forecast, onHand: number): PrepQuantity {
  const cappedByShelfLife = rule.shelfLifeDays !== undefined && rule.days > rule.shelfLifeDays;
  const days = cappedByShelfLife ? rule.shelfLifeDays! : rule.days;
  const daily = 'perCover' in rule.usage ? rule.usage.perCover * forecast.covers : rule.usage.perWeekday[forecast.weekday] ?? 0;
  const par = daily * days + (rule.safetyStock ?? 0);
  const short = Math.max(par - Math.max(onHand, 0), 0);
  if (short === 0) return { par, days, cappedByShelfLife, short, make: 0, ...(rule.batch && { batches: 0 }) };
  const atLeast = Math.max(short, rule.minBatch ?? 0);
  if (!rule.batch) return { par, days, cappedByShelfLife, short, make: atLeast };
  // A hair over a whole batch from floating point (7.000000001 / 3.5) is still two batches.
  const batches = Math.ceil(atLeast / rule.batch - 1e-9);
  return { par, days, cappedByShelfLife, short, make: batches * rule.batch, batches };
}
