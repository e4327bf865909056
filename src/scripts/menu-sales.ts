/**
 * <menu-sales>: menu engineering on the device. The manager loads a till's item-sales
 * CSV, confirms which columns hold the dish and the units sold (guessed from the
 * headers), and sees each dish's menu mix, margin and class, with the ideal food cost
 * (src/domain/costing/menu-engineering.ts). A file with a problem lists every problem by
 * row and shows no figures. The CSV reader (Papa Parse) and the dishes (dishes.json)
 * load only when a file is chosen, so the menu page itself stays light; the file is
 * read here and sent nowhere.
 */
import { engineerMenu, type MenuClass } from '../domain/costing/menu-engineering.ts';
import type { SalesColumns, SalesProblem, SalesTable } from '../domain/costing/sales-file.ts';
import { salesProblemText, type SalesProblemKey } from '../domain/costing/sales-problem-text.ts';
import { numberFormat } from '../domain/number-format.ts';
import { element } from './dom-element.ts';
import { islandWords } from './island-words.ts';

type IslandKey =
  | SalesProblemKey
  | 'sales.nothingLoaded'
  | 'sales.col.sold'
  | 'sales.col.mix'
  | 'sales.col.class'
  | 'sales.summary'
  | 'sales.incomplete'
  | 'sales.leftOut'
  | 'sales.column.none'
  | 'sales.pricesFromFile'
  | 'sales.unavailable'
  | 'menu.col.dish'
  | 'menu.col.margin'
  | `sales.class.${MenuClass}`
  | `sales.advice.${MenuClass}`;

/** A dish as the page embeds it: how the file may name it, its price and plate cost (null when incomplete). */
export interface SalesDish {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly price: number;
  readonly plateCost: number | null;
}

class MenuSales extends HTMLElement {
  connectedCallback(): void {
    const words = islandWords<IslandKey>(this);
    const locale = document.documentElement.lang;
    const currency = this.dataset['currency'] ?? 'USD';
    let dishes: SalesDish[] = [];
    const fileInput = this.querySelector<HTMLInputElement>('[data-sales-file]')!;
    const mapping = this.querySelector<HTMLElement>('[data-sales-mapping]')!;
    const columnSelects = {
      item: this.querySelector<HTMLSelectElement>('[data-column="item"]')!,
      sold: this.querySelector<HTMLSelectElement>('[data-column="sold"]')!,
      revenue: this.querySelector<HTMLSelectElement>('[data-column="revenue"]')!,
    };
    const leaveOut = this.querySelector<HTMLInputElement>('[data-leave-out]')!;
    const problemsBox = this.querySelector<HTMLElement>('[data-sales-problems]')!;
    const resultBox = this.querySelector<HTMLElement>('[data-sales-result]')!;
    const money = (amount: number) => numberFormat(locale, { style: 'currency', currency }).format(amount);
    const percent = (share: number) => numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
    let table: SalesTable | undefined;
    let fileName = '';

    const showProblems = (problems: readonly SalesProblem[]) => {
      resultBox.replaceChildren();
      problemsBox.replaceChildren(element('p', {}, words('sales.nothingLoaded', { file: fileName })), element('ul', {}, problems.map((problem) => element('li', {}, salesProblemText(problem, words)))));
    };

    const analyse = async () => {
      if (!table) return;
      const { matchSales } = await import('../domain/costing/sales-file.ts');
      const revenueColumn = columnSelects.revenue.value;
      const columns: SalesColumns = { item: Number(columnSelects.item.value), sold: Number(columnSelects.sold.value), revenue: revenueColumn === '' ? undefined : Number(revenueColumn) };
      const matched = matchSales(table, columns, dishes, leaveOut.checked, currency);
      if (!matched.ok) return showProblems(matched.problems);
      problemsBox.replaceChildren();
      const byId = new Map(dishes.map((dish) => [dish.id, dish]));
      const { revenue } = matched.value;
      // With the money taken mapped, a dish's price is what it really sold at (discounts included).
      const priceOf = (dish: SalesDish, sold: number) => (revenue && sold > 0 ? (revenue.get(dish.id) ?? 0) / sold : dish.price);
      const result = engineerMenu(
        dishes.map((dish) => {
          const sold = matched.value.sold.get(dish.id) ?? 0;
          return { item: dish.id, sold, price: priceOf(dish, sold), plateCost: dish.plateCost ?? undefined };
        }),
      );
      const rows = result.items.map((item) =>
        element('tr', { 'data-sales-dish': item.item, ...(item.class && { 'data-class': item.class }) }, [
          element('th', { scope: 'row' }, [
            element('span', {}, byId.get(item.item)!.name),
            ...(item.class ? [element('div', { class: 'line-note' }, words(`sales.advice.${item.class}`))] : []),
            // On a phone the mix and the margin fold under the name.
            element('div', { class: 'line-note narrow-only' }, [words('sales.col.mix'), percent(item.mix), ...(item.margin === undefined ? [] : [`· ${words('menu.col.margin')}`, money(item.margin)])].join(' ')),
          ]),
          element('td', { class: 'qty' }, numberFormat(locale, {}).format(item.sold)),
          element('td', { class: 'qty wide-only' }, percent(item.mix)),
          element('td', { class: 'qty wide-only' }, item.margin === undefined ? '' : money(item.margin)),
          element('td', {}, item.class ? words(`sales.class.${item.class}`) : '—'),
        ]),
      );
      const head = element('tr', {}, [
        element('th', { scope: 'col' }, words('menu.col.dish')),
        ...(['sales.col.sold', 'sales.col.mix', 'menu.col.margin'] as const).map((key) => element('th', { scope: 'col', class: key === 'sales.col.sold' ? 'qty' : 'qty wide-only' }, words(key))),
        element('th', { scope: 'col' }, words('sales.col.class')),
      ]);
      const notes: HTMLElement[] = revenue ? [element('p', { 'data-sales-prices': '' }, words('sales.pricesFromFile'))] : [];
      if (result.incomplete.length > 0) notes.push(element('p', { 'data-sales-incomplete': '' }, words('sales.incomplete', { items: result.incomplete.map((id) => byId.get(id)!.name).join(', ') })));
      const { leftOut } = matched.value;
      if (leftOut.length > 0) notes.push(element('p', { 'data-sales-left-out': '' }, words('sales.leftOut', { count: leftOut.length, items: [...new Set(leftOut.map((row) => row.item))].join(', ') })));
      const summary = words('sales.summary', {
        sold: numberFormat(locale, {}).format(result.totalSold),
        threshold: percent(result.popularityThreshold),
        margin: result.averageMargin === undefined ? '—' : money(result.averageMargin),
        foodCost: result.idealFoodCostPercent === undefined ? '—' : percent(result.idealFoodCostPercent / 100),
      });
      resultBox.replaceChildren(
        element('p', { 'data-sales-summary': '' }, summary),
        element('div', { class: 'table-wrap' }, [element('table', { class: 'menu-sales' }, [element('thead', {}, [head]), element('tbody', {}, rows)])]),
        ...notes,
      );
    };

    fileInput.addEventListener('change', async () => {
      const file = fileInput.files?.[0];
      if (!file) return;
      // The reader and the dishes with their costs load now, once (the offline cache holds both).
      let reader: typeof import('../domain/costing/sales-file.ts');
      try {
        reader = await import('../domain/costing/sales-file.ts');
        if (dishes.length === 0) {
          const response = await fetch(this.dataset['dishesSrc'] ?? 'dishes.json');
          if (!response.ok) throw new Error(String(response.status));
          dishes = (await response.json()) as SalesDish[];
        }
      } catch {
        resultBox.replaceChildren();
        problemsBox.replaceChildren(element('p', {}, words('sales.unavailable')));
        return;
      }
      const { readSalesTable, guessSalesColumns, SALES_FILE_LIMIT_BYTES } = reader;
      fileName = file.name;
      // A file over the limit is refused by its size, before it is read.
      const read = readSalesTable(file.size > SALES_FILE_LIMIT_BYTES ? '' : await file.text(), file.size);
      if (!read.ok) {
        table = undefined;
        mapping.hidden = true;
        return showProblems(read.problems);
      }
      table = read.value;
      const guess = guessSalesColumns(table.headers);
      const options = () => table!.headers.map((header, index) => element('option', { value: String(index) }, header));
      columnSelects.item.replaceChildren(...options());
      columnSelects.item.value = String(guess.item ?? 0);
      columnSelects.sold.replaceChildren(...options());
      columnSelects.sold.value = String(guess.sold ?? Math.min(1, table.headers.length - 1));
      columnSelects.revenue.replaceChildren(element('option', { value: '' }, words('sales.column.none')), ...options());
      columnSelects.revenue.value = guess.revenue === undefined ? '' : String(guess.revenue);
      mapping.hidden = false;
      await analyse();
    });
    mapping.addEventListener('change', () => void analyse());
  }
}

customElements.define('menu-sales', MenuSales);
