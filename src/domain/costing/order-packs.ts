/**
 * From what must be bought to what to order: each need (as purchased, in any unit the
 * pack reaches) rounded up to whole packs of the kitchen's supplier, with its cost;
 * grouped by supplier. A need without a price, in another currency, or whose unit the
 * pack cannot reach is named instead.
 */
import type { Ingredient } from '../../schemas/ingredient.ts';
import type { Quantity } from '../../schemas/quantity.ts';
import { convert, IncompatibleUnitsError } from '../units.ts';
import type { MissingCost } from './cost-result.ts';

export interface OrderNeed {
  readonly ingredient: string;
  /** As purchased: the edible amount divided by its yield. */
  readonly amount: Quantity;
}

export interface OrderLine {
  readonly ingredient: string;
  readonly name: string;
  /** The need in the pack's unit. */
  readonly need: number;
  readonly packs: number;
  readonly pack: Quantity;
  readonly code?: string;
  readonly cost: number;
}

export interface SupplierOrder {
  /** The supplier's name, or undefined for packs with none named. */
  readonly supplier: string | undefined;
  readonly lines: readonly OrderLine[];
  readonly cost: number;
}

export interface OrderList {
  readonly suppliers: readonly SupplierOrder[];
  readonly cost: number;
  /** Needs that could not be ordered, and why (each once). */
  readonly unordered: readonly MissingCost[];
}

export function orderList(needs: readonly OrderNeed[], ingredients: ReadonlyMap<string, Pick<Ingredient, 'name' | 'cost' | 'density' | 'gramsEach'>>, currency: string): OrderList {
  // One need per ingredient, summed in the first need's unit.
  const summed = new Map<string, { amount: Quantity }>();
  const unordered = new Map<string, MissingCost>();
  const cannot = (id: string, reason: MissingCost) => unordered.set(id, unordered.get(id) ?? reason);
  for (const need of needs) {
    const ingredient = ingredients.get(need.ingredient);
    if (!ingredient) continue;
    const pack = ingredient.cost;
    if (!pack) {
      cannot(need.ingredient, { kind: 'no-price', name: ingredient.name });
      continue;
    }
    if (pack.currency !== undefined && pack.currency !== currency) {
      cannot(need.ingredient, { kind: 'currency', name: ingredient.name, currency: pack.currency, expected: currency });
      continue;
    }
    try {
      const inPackUnit = convert(need.amount.quantity, need.amount.unit, pack.per.unit, ingredient);
      const previous = summed.get(need.ingredient);
      summed.set(need.ingredient, { amount: { quantity: (previous?.amount.quantity ?? 0) + inPackUnit, unit: pack.per.unit } });
    } catch (error) {
      if (!(error instanceof IncompatibleUnitsError)) throw error;
      cannot(need.ingredient, { kind: 'unit', name: ingredient.name, priced: pack.per.unit, used: need.amount.unit });
    }
  }
  const bySupplier = new Map<string | undefined, OrderLine[]>();
  for (const [id, { amount }] of summed) {
    const ingredient = ingredients.get(id)!;
    const pack = ingredient.cost!;
    if (amount.quantity <= 0) continue;
    const packs = Math.ceil(amount.quantity / pack.per.quantity - 1e-9);
    const line: OrderLine = { ingredient: id, name: ingredient.name, need: amount.quantity, packs, pack: pack.per, ...(pack.code !== undefined && { code: pack.code }), cost: packs * pack.amount };
    bySupplier.set(pack.supplier, [...(bySupplier.get(pack.supplier) ?? []), line]);
  }
  const suppliers = [...bySupplier]
    .map(([supplier, lines]) => ({ supplier, lines: lines.sort((a, b) => a.name.localeCompare(b.name)), cost: lines.reduce((sum, line) => sum + line.cost, 0) }))
    .sort((a, b) => (a.supplier ?? '\uffff').localeCompare(b.supplier ?? '\uffff'));
  return { suppliers, cost: suppliers.reduce((sum, order) => sum + order.cost, 0), unordered: [...unordered.values()] };
}
