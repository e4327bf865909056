/**
 * What a change does to the menu's economics: for each dish whose plate cost, price,
 * target or completeness moved (through any recipe, sub-recipe, yield or price under
 * it), its plate cost and food cost before and after — "Margherita: +$0.12 a plate;
 * food cost 27.1 % → 28.0 % at $14.00". A reviewer sees a price change's effect on
 * every dish it touches, not only on the ingredient's page. Calories per plate, as a
 * menu prints them (FDA rounding), are compared too: a chain that labels its menu must
 * reprint a dish whose calories moved.
 */
import type { MissingCost } from '../costing/cost-result.ts';
import { plateCosting, type PlateCosting } from '../costing/plate-cost.ts';
import type { BinderRevision } from './model.ts';
import { formatMoney, formatMoneyChange, type ValueFormat } from './format-values.ts';
import { numberFormat } from '../number-format.ts';
import { plateCalories } from '../nutrition/nutrient-sum.ts';

/** One dish's costs on one side of the change. */
export interface MenuSide {
  readonly price: number;
  /** The plate cost, or undefined when it is incomplete (then `missing` says why). */
  readonly plateCost?: number;
  readonly missing?: readonly MissingCost[];
  readonly foodCostPercent?: number;
  readonly targetPercent?: number;
  readonly overTarget: boolean;
  /** Calories per plate as the menu prints them; undefined when a figure is missing. */
  readonly calories?: number;
}

export interface MenuChange {
  readonly id: string;
  readonly name: string;
  /** Undefined for a dish the change adds. */
  readonly before?: MenuSide;
  /** Undefined for a dish the change removes. */
  readonly after?: MenuSide;
}

/** Less than half a cent is rounding, not a change. */
const CENT = 0.005;

export function menuChanges(base: BinderRevision, head: BinderRevision, currency: string): MenuChange[] {
  const ids = new Set([...base.entries.menu.keys(), ...head.entries.menu.keys()]);
  const changes: MenuChange[] = [];
  for (const id of ids) {
    const before = sideOf(base, id, currency);
    const after = sideOf(head, id, currency);
    if (before && after && !moved(before, after)) continue;
    const name = head.entries.menu.get(id)?.name ?? base.entries.menu.get(id)!.name;
    changes.push({ id, name, ...(before && { before }), ...(after && { after }) });
  }
  return changes.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

function sideOf(revision: BinderRevision, id: string, currency: string): MenuSide | undefined {
  const item = revision.entries.menu.get(id);
  if (!item) return undefined;
  const costing: PlateCosting = plateCosting(item, revision.entries, currency, revision.site?.costing?.targetFoodCostPercent);
  const complete = costing.plateCost.missing.length === 0;
  const calories = plateCalories(item, revision.entries);
  return {
    price: item.price,
    ...(complete ? { plateCost: costing.plateCost.amount } : { missing: costing.plateCost.missing }),
    ...(costing.foodCostPercent !== undefined && { foodCostPercent: costing.foodCostPercent }),
    ...(costing.targetPercent !== undefined && { targetPercent: costing.targetPercent }),
    overTarget: costing.overTarget,
    ...(calories !== undefined && { calories }),
  };
}

function moved(before: MenuSide, after: MenuSide): boolean {
  if (before.price !== after.price || before.targetPercent !== after.targetPercent || before.calories !== after.calories) return true;
  if ((before.plateCost === undefined) !== (after.plateCost === undefined)) return true;
  if (before.plateCost !== undefined && after.plateCost !== undefined) return Math.abs(after.plateCost - before.plateCost) >= CENT;
  return JSON.stringify(before.missing) !== JSON.stringify(after.missing);
}

/** "Margherita: +$0.12 a plate; food cost 27.1% → 28.0% at $14.00, now above the 28.0% target". */
export function describeMenuChange(change: MenuChange, format: ValueFormat, missingText: (reason: MissingCost) => string): string {
  const { before, after } = change;
  const percent = (value: number) => numberFormat(format.locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value / 100);
  if (!after) return `${change.name}: off the menu`;
  const parts: string[] = [];
  if (!before) parts.push(`new on the menu at ${formatMoney(after.price, format)}`);
  if (before && before.plateCost !== undefined && after.plateCost !== undefined && Math.abs(after.plateCost - before.plateCost) >= CENT) parts.push(`${formatMoneyChange(after.plateCost - before.plateCost, format)} a plate`);
  if (before && before.price !== after.price) parts.push(`price ${formatMoney(before.price, format)} → ${formatMoney(after.price, format)}`);
  if (after.plateCost === undefined) {
    parts.push(`plate cost ${before?.plateCost === undefined && before ? 'still' : 'now'} incomplete: ${(after.missing ?? []).map(missingText).join('; ')}`);
  } else if (after.foodCostPercent !== undefined) {
    const from = before?.foodCostPercent;
    // The price is said once: a new dish and a new price have already said it.
    const at = !before || before.price !== after.price ? '' : ` at ${formatMoney(after.price, format)}`;
    parts.push(from !== undefined && before ? `food cost ${percent(from)} → ${percent(after.foodCostPercent)}${at}` : `food cost ${percent(after.foodCostPercent)}${at}`);
  }
  if (after.overTarget && !before?.overTarget && after.targetPercent !== undefined) parts.push(`now above the ${percent(after.targetPercent)} target`);
  if (before?.overTarget && after.foodCostPercent !== undefined && !after.overTarget) parts.push('back within its target');
  if (before && before.calories !== after.calories) {
    const calories = (value: number | undefined) => (value === undefined ? 'incomplete' : numberFormat(format.locale, {}).format(value));
    parts.push(`calories ${calories(before.calories)} → ${calories(after.calories)}`);
  }
  return `${change.name}: ${parts.join('; ')}`;
}
