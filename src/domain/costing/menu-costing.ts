/**
 * The menu as a manager reads it: dishes in their menu order, each section where its
 * first dish comes, each dish
 * with its plate cost against its price (src/domain/costing/plate-cost.ts), and the
 * same as CSV for the office's spreadsheet. Money in the CSV is plain numbers (two
 * decimals, a dot), so a spreadsheet sums it in any language; headers are the reader's.
 */
import type { Translate } from '../../i18n/translate.ts';
import type { MenuItem } from '../../schemas/menu-item.ts';
import type { CostLookups } from '../scaling/batch-cost.ts';
import { csvText } from '../csv-cell.ts';
import { missingCostText } from './missing-cost-text.ts';
import { plateCosting, type PlateCosting } from './plate-cost.ts';

export interface MenuRow {
  readonly id: string;
  readonly item: MenuItem;
  readonly costing: PlateCosting;
}

export interface MenuSection {
  readonly name: string;
  readonly rows: readonly MenuRow[];
}

/** Dishes of equal (or no) `order` sort by their names in the reader's language (`locale`). */
export function menuSections(menu: ReadonlyMap<string, MenuItem>, lookups: CostLookups, currency: string, target: number | undefined, locale: string): MenuSection[] {
  const collator = new Intl.Collator(locale);
  const rows = [...menu].map(([id, item]): MenuRow => ({ id, item, costing: plateCosting(item, lookups, currency, target) }));
  rows.sort((a, b) => (a.item.order ?? Number.MAX_SAFE_INTEGER) - (b.item.order ?? Number.MAX_SAFE_INTEGER) || collator.compare(a.item.name, b.item.name));
  const sections: Array<{ name: string; rows: MenuRow[] }> = [];
  for (const row of rows) {
    const section = sections.find((each) => each.name === row.item.section);
    if (section) section.rows.push(row);
    else sections.push({ name: row.item.section, rows: [row] });
  }
  return sections;
}

const money = (amount: number | undefined) => (amount === undefined ? '' : amount.toFixed(2));
const percent = (value: number | undefined) => (value === undefined ? '' : value.toFixed(1));

/** One row per dish: section, dish, price, plate cost, food cost %, target %, margin, price at target, above target, what is missing. */
export function menuCsv(sections: readonly MenuSection[], t: Translate): string {
  const header = ['section', 'dish', 'price', 'plateCost', 'foodCost', 'target', 'margin', 'targetPrice', 'overTarget', 'missing'].map((column) => t(`menu.csv.${column}` as Parameters<Translate>[0]));
  const rows = sections.flatMap((section) =>
    section.rows.map(({ item, costing }) => {
      const complete = costing.plateCost.missing.length === 0;
      return [
        section.name,
        item.name,
        money(item.price),
        complete ? money(costing.plateCost.amount) : '',
        percent(costing.foodCostPercent),
        percent(costing.targetPercent),
        money(costing.margin),
        money(costing.targetPrice),
        costing.overTarget ? t('menu.csv.yes') : '',
        costing.plateCost.missing.map((reason) => missingCostText(reason, t)).join('; '),
      ];
    }),
  );
  return csvText([header, ...rows]);
}
