/**
 * <prep-list>: the day's prep list, worked out on the device. The cook enters the
 * expected covers and the day and counts what is on hand; each line shows its par for
 * the day, what to make in whole batches (src/domain/costing/prep-quantity.ts, the same
 * arithmetic the tests check by hand), and a link to the recipe at that batch, where
 * the scaler splits it by the equipment's capacity; under it, the order that prep needs
 * (prep-order.ts). Counts stay in localStorage for
 * this binder, so the list opens as it was left.
 */
import { prepAmount, type PrepAmountKey } from '../domain/costing/prep-amount.ts';
import { prepLinkQuery, type PrepItem } from '../domain/costing/prep-items.ts';
import { prepQuantity } from '../domain/costing/prep-quantity.ts';
import type { OrderNeed } from '../domain/costing/order-packs.ts';
import { downloadCsv } from './download-csv.ts';
import { islandWords } from './island-words.ts';
import { PrepOrder, type OrderIngredients, type OrderKey } from './prep-order.ts';

type IslandKey = PrepAmountKey | OrderKey | 'prep.batches' | 'prep.nothing' | 'prep.capped';

/** An item as the page embeds it: its data (what it needs bought comes from order.json), and where its page is. */
interface PageItem extends Omit<PrepItem, 'purchases'> {
  readonly href: string;
}

interface SavedCounts {
  covers?: number;
  weekday?: number;
  onHand?: Record<string, number>;
}

class PrepList extends HTMLElement {
  connectedCallback(): void {
    const items = JSON.parse(this.querySelector('[data-prep-items]')?.textContent ?? '[]') as PageItem[];
    const words = islandWords<IslandKey>(this);
    const locale = document.documentElement.lang || 'en';
    const key = `binder:prep:${this.dataset['scope'] ?? '/'}`;
    const covers = this.querySelector<HTMLInputElement>('[data-covers]')!;
    const weekday = this.querySelector<HTMLSelectElement>('[data-weekday]')!;
    const saved = read(key);
    covers.value = saved.covers !== undefined ? String(saved.covers) : covers.value;
    // Today, unless the list was left on another day.
    weekday.value = String(saved.weekday ?? (new Date().getDay() + 6) % 7);
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-on-hand]')) {
      const count = saved.onHand?.[input.dataset['onHand']!];
      if (count !== undefined) input.value = String(count);
    }

    const orderRoot = this.querySelector<HTMLElement>('[data-order]');
    let order: PrepOrder | undefined;
    let purchasesOf: Readonly<Record<string, readonly OrderNeed[]>> = {};
    this.querySelector('[data-order-csv]')?.addEventListener('click', () => order && downloadCsv(order.csv(), `order-${new Date().toISOString().slice(0, 10)}.csv`, this));

    const update = () => {
      const forecast = { covers: numberIn(covers), weekday: Number(weekday.value) };
      const onHand: Record<string, number> = {};
      const needs: OrderNeed[] = [];
      for (const item of items) {
        const itemKey = `${item.collection}/${item.id}`;
        const row = this.querySelector<HTMLElement>(`[data-prep-row="${itemKey}"]`);
        if (!row) continue;
        const count = numberIn(row.querySelector<HTMLInputElement>('[data-on-hand]')!);
        onHand[itemKey] = count;
        const result = prepQuantity(item.rule, forecast, count);
        for (const need of purchasesOf[itemKey] ?? []) needs.push({ ingredient: need.ingredient, amount: { quantity: need.amount.quantity * result.make, unit: need.amount.unit } });
        set(row, '[data-par]', prepAmount(result.par, item.unit, locale, words));
        const make = result.make > 0 ? `${prepAmount(result.make, item.unit, locale, words)}${result.batches ? ` · ${words('prep.batches', { count: result.batches })}` : ''}` : words('prep.nothing');
        set(row, '[data-make]', make);
        row.toggleAttribute('data-to-make', result.make > 0);
        const capped = row.querySelector<HTMLElement>('[data-capped]');
        if (capped) {
          capped.hidden = !result.cappedByShelfLife;
          capped.textContent = result.cappedByShelfLife ? words('prep.capped', { keeps: result.days, days: item.rule.days }) : '';
        }
        const link = row.querySelector<HTMLAnchorElement>('[data-open]');
        const query = prepLinkQuery(item, result.make);
        if (link) {
          link.hidden = query === undefined;
          link.href = query === undefined ? item.href : `${item.href}?${query}`;
        }
      }
      order?.show(needs);
      write(key, { covers: forecast.covers, weekday: forecast.weekday, onHand });
    };
    this.addEventListener('input', update);
    // The order's data is a file of its own (in the offline cache with the page); the list works without it.
    const orderSrc = this.dataset['orderSrc'];
    if (orderRoot && orderSrc) {
      fetch(orderSrc)
        .then((response) => (response.ok ? (response.json() as Promise<OrderData>) : Promise.reject(new Error(String(response.status)))))
        .then((data) => {
          purchasesOf = data.purchases;
          order = new PrepOrder({ root: orderRoot, ingredients: new Map(Object.entries(data.ingredients)), currency: this.dataset['currency'] ?? 'USD', locale, words });
          update();
        })
        .catch(() => orderRoot.replaceChildren(Object.assign(document.createElement('p'), { textContent: words('prep.order.unavailable') })));
    }
    this.addEventListener('change', update);
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
    this.toggleAttribute('data-ready', true);
    update();
  }
}

/** /prep/order.json: what one unit of each item needs bought, and the prices of those ingredients. */
interface OrderData {
  readonly purchases: Readonly<Record<string, readonly OrderNeed[]>>;
  readonly ingredients: Readonly<Record<string, OrderIngredients extends ReadonlyMap<string, infer V> ? V : never>>;
}

/** A count as typed: a negative or unreadable one counts as nothing on hand. */
function numberIn(input: HTMLInputElement): number {
  const value = Number(input.value.replace(',', '.'));
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** Every place in the row that shows it (the par sits in its column, and under the name on a phone). */
function set(row: HTMLElement, selector: string, text: string): void {
  for (const cell of row.querySelectorAll(selector)) cell.textContent = text;
}

function read(key: string): SavedCounts {
  try {
    return JSON.parse(localStorage.getItem(key) ?? '{}') as SavedCounts;
  } catch {
    return {};
  }
}

function write(key: string, counts: SavedCounts): void {
  try {
    localStorage.setItem(key, JSON.stringify(counts));
  } catch {
    // Private browsing or a full store: the list still works, it just will not come back.
  }
}

customElements.define('prep-list', PrepList);
