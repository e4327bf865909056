/**
 * The order under the prep list: what the day's prep needs bought (each item's needs
 * per unit, times what to make), summed by ingredient and rounded up to whole packs by
 * supplier (src/domain/costing/order-packs.ts), with its cost; what cannot be ordered
 * says why. Drawn again each time the prep list changes; downloads as CSV.
 */
import { missingCostText, type MissingCostKey } from '../domain/costing/missing-cost-text.ts';
import { orderList, type OrderList, type OrderNeed } from '../domain/costing/order-packs.ts';
import { prepAmount, type PrepAmountKey } from '../domain/costing/prep-amount.ts';
import { csvText } from '../domain/csv-cell.ts';
import { numberFormat } from '../domain/number-format.ts';
import type { Ingredient } from '../schemas/ingredient.ts';
import type { Words } from '../i18n/words.ts';
import { element } from './dom-element.ts';

export type OrderKey =
  | MissingCostKey
  | PrepAmountKey
  | 'prep.order.item'
  | 'prep.order.need'
  | 'prep.order.packs'
  | 'prep.order.cost'
  | 'prep.order.packsOf'
  | 'prep.order.noSupplier'
  | 'prep.order.total'
  | 'prep.order.nothing'
  | 'prep.order.unavailable'
  | 'prep.order.unordered'
  | 'prep.order.csv.supplier'
  | 'prep.order.csv.code'
  | 'prep.order.csv.unit'
  | 'prep.order.csv.packSize';

export type OrderIngredients = ReadonlyMap<string, Pick<Ingredient, 'name' | 'cost' | 'density' | 'gramsEach'>>;

/** Where the order is drawn, what it is priced from, and in which language. */
export interface OrderSettings {
  readonly root: HTMLElement;
  readonly ingredients: OrderIngredients;
  readonly currency: string;
  readonly locale: string;
  readonly words: Words<OrderKey>;
}

export class PrepOrder {
  #order: OrderList | undefined;
  readonly #settings: OrderSettings;

  constructor(settings: OrderSettings) {
    this.#settings = settings;
  }

  show(needs: readonly OrderNeed[]): void {
    const { root, ingredients, currency, words, locale } = this.#settings;
    const order = orderList(needs, ingredients, currency);
    this.#order = order;
    const money = (amount: number) => numberFormat(locale, { style: 'currency', currency }).format(amount);
    const children: HTMLElement[] = [];
    if (order.suppliers.length === 0) children.push(element('p', {}, words('prep.order.nothing')));
    for (const supplier of order.suppliers) {
      children.push(element('h3', {}, supplier.supplier ?? words('prep.order.noSupplier')));
      const rows = supplier.lines.map((line) =>
        element('tr', { 'data-order-line': line.ingredient }, [
          element('th', { scope: 'row' }, [
            element('span', {}, line.code ? `${line.name} (${line.code})` : line.name),
            // On a phone the amount needed folds under the name.
            element('div', { class: 'line-note narrow-only' }, `${words('prep.order.need')}: ${prepAmount(line.need, line.pack.unit, locale, words)}`),
          ]),
          element('td', { class: 'qty wide-only' }, prepAmount(line.need, line.pack.unit, locale, words)),
          element('td', { class: 'qty', 'data-packs': '' }, words('prep.order.packsOf', { count: line.packs, pack: prepAmount(line.pack.quantity, line.pack.unit, locale, words) })),
          element('td', { class: 'qty' }, money(line.cost)),
        ]),
      );
      const head = element('tr', {}, [element('th', { scope: 'col' }, words('prep.order.item')), ...(['need', 'packs', 'cost'] as const).map((column) => element('th', { scope: 'col', class: column === 'need' ? 'qty wide-only' : 'qty' }, words(`prep.order.${column}`)))]);
      children.push(element('div', { class: 'table-wrap' }, [element('table', { class: 'order' }, [element('thead', {}, [head]), element('tbody', {}, rows)])]));
    }
    if (order.suppliers.length > 0) children.push(element('p', { 'data-order-total': '' }, [element('strong', {}, words('prep.order.total', { cost: money(order.cost) }))]));
    if (order.unordered.length > 0) {
      children.push(element('p', {}, words('prep.order.unordered')), element('ul', { 'data-unordered': '' }, order.unordered.map((reason) => element('li', {}, missingCostText(reason, words)))));
    }
    root.replaceChildren(...children);
  }

  /** The order as the office's spreadsheet takes it: one row per ingredient, plain numbers. */
  csv(): string {
    const { words } = this.#settings;
    const header = [words('prep.order.csv.supplier'), words('prep.order.item'), words('prep.order.csv.code'), words('prep.order.need'), words('prep.order.csv.unit'), words('prep.order.packs'), words('prep.order.csv.packSize'), words('prep.order.cost')];
    const rows = (this.#order?.suppliers ?? []).flatMap((supplier) =>
      supplier.lines.map((line) => [supplier.supplier ?? '', line.name, line.code ?? '', String(Math.round(line.need * 1000) / 1000), line.pack.unit, String(line.packs), String(line.pack.quantity), line.cost.toFixed(2)]),
    );
    return csvText([header, ...rows]);
  }
}
