/**
 * The prep list's items: every recipe and bought-ready ingredient with a par, with what
 * the list needs to compute and show it on the device (src/domain/costing/prep-quantity.ts):
 * its rule, how long it keeps, its station, and how a batch of it opens on its recipe
 * page (`?yield=8qt`, `?portions=40`), so a cook goes from the list to the recipe at the
 * amount to make; and what one unit of it needs bought, for the order. Plain JSON,
 * embedded in the /prep/ page.
 */
import type { Par } from '../../schemas/par.ts';
import type { BinderEntries } from '../binder.ts';
import { canConvert, convert, type UnitId } from '../units.ts';
import type { OrderNeed } from './order-packs.ts';
import type { ParRule } from './prep-quantity.ts';
import { batchPurchases } from './purchase-needs.ts';

export interface PrepItem {
  readonly collection: 'recipes' | 'ingredients';
  readonly id: string;
  readonly unit: UnitId;
  readonly rule: ParRule;
  /** The station that preps it (its slug), or undefined. */
  readonly station: string | undefined;
  /** How a batch of `make` (in `unit`) opens on the recipe's page: the parameter and the factor from `unit` to it. */
  readonly link?: { readonly param: 'yield' | 'portions'; readonly unit?: UnitId; readonly factor: number };
  /** What one `unit` of it needs bought, as purchased; for an ingredient bought ready, itself. */
  readonly purchases: readonly OrderNeed[];
}

const HOURS_PER_DAY = 24;

type Week = [number, number, number, number, number, number, number];

export function prepItems(binder: Pick<BinderEntries, 'recipes' | 'ingredients'>): PrepItem[] {
  const items: PrepItem[] = [];
  for (const [id, recipe] of binder.recipes) {
    if (!recipe.par) continue;
    const par = recipe.par;
    const { yield: batch } = recipe;
    const ownBatch = par.unit === 'portion' ? batch.portions : canConvert(batch.unit, par.unit) ? convert(batch.quantity, batch.unit, par.unit) : undefined;
    const link = par.unit === 'portion' ? ({ param: 'portions', factor: 1 } as const) : canConvert(par.unit, batch.unit) ? ({ param: 'yield', unit: batch.unit, factor: convert(1, par.unit, batch.unit) } as const) : undefined;
    // One batch's needs, per unit of the par: a par counted in portions orders a portion's share.
    const purchases = ownBatch ? perUnit(batchPurchases(id, binder), ownBatch) : [];
    items.push({
      collection: 'recipes',
      id,
      unit: par.unit,
      rule: ruleOf(par, par.batch ?? ownBatch, recipe.storage?.shelfLifeHours),
      station: par.station ?? recipe.stations[0],
      ...(link && { link }),
      purchases,
    });
  }
  for (const [id, ingredient] of binder.ingredients) {
    if (!ingredient.par) continue;
    const purchases = [{ ingredient: id, amount: { quantity: 1, unit: ingredient.par.unit } }];
    items.push({ collection: 'ingredients', id, unit: ingredient.par.unit, rule: ruleOf(ingredient.par, ingredient.par.batch, ingredient.storage.shelfLifeHours), station: ingredient.par.station, purchases });
  }
  return items;
}

function ruleOf(par: Par, batch: number | undefined, shelfLifeHours: number | undefined): ParRule {
  return {
    // The schema holds perWeekday to exactly 7 numbers.
    usage: par.perCover !== undefined ? { perCover: par.perCover } : { perWeekday: par.perWeekday as unknown as Week },
    days: par.days,
    ...(shelfLifeHours !== undefined && { shelfLifeDays: shelfLifeHours / HOURS_PER_DAY }),
    ...(par.safetyStock !== undefined && { safetyStock: par.safetyStock }),
    ...(par.minBatch !== undefined && { minBatch: par.minBatch }),
    ...(batch !== undefined && { batch }),
  };
}

/** The recipe-page address of a batch: `?yield=8qt`, `?portions=40`. */
export function prepLinkQuery(item: Pick<PrepItem, 'link'>, make: number): string | undefined {
  if (!item.link || make <= 0) return undefined;
  const amount = Math.round(make * item.link.factor * 1000) / 1000;
  return item.link.param === 'portions' ? `portions=${amount}` : `yield=${amount}${item.link.unit}`;
}

/**
 * A batch's needs per unit of the par, one per ingredient and unit, to five significant
 * figures: the page embeds them for every item, and an order rounds up to whole packs.
 */
function perUnit(needs: readonly OrderNeed[], batch: number): OrderNeed[] {
  const summed = new Map<string, OrderNeed>();
  for (const need of needs) {
    const key = `${need.ingredient} ${need.amount.unit}`;
    const quantity = (summed.get(key)?.amount.quantity ?? 0) + need.amount.quantity / batch;
    summed.set(key, { ingredient: need.ingredient, amount: { quantity, unit: need.amount.unit } });
  }
  return [...summed.values()].map((need) => ({ ...need, amount: { ...need.amount, quantity: Number(need.amount.quantity.toPrecision(5)) } }));
}
