/**
 * A point-of-sale export read for menu engineering: the table as CSV (Papa Parse finds
 * the delimiter, the quotes and the byte-order mark), the columns a person maps (Square
 * says "Item" and "Items Sold", Toast "Menu Item" and "Item Qty"; we guess, they
 * confirm), and each row matched to a dish by its name in any of the binder's languages
 * or its id. Rows of one dish are summed: exports often split a dish by day or by
 * modifier. All or nothing: a file with a problem gives every problem, by row, and no
 * sales, so nothing is half-applied. Runs in the browser; the file never leaves it.
 */
import Papa from 'papaparse';

/** The largest file read: a year of daily rows for a big menu is well under it. */
export const SALES_FILE_LIMIT_BYTES = 5 * 1024 * 1024;

export interface SalesTable {
  readonly headers: readonly string[];
  /** Data rows, each as long as the headers; `rows[0]` is the spreadsheet's row 2. */
  readonly rows: readonly (readonly string[])[];
}

/** Which column holds what, by index into the headers. */
export interface SalesColumns {
  readonly item: number;
  readonly sold: number;
  /** The money taken for the row before tax, if the manager maps it: the dish's real average price, discounts included. */
  readonly revenue?: number | undefined;
}

/** A dish the rows may name: its id and every name it goes by. */
export interface MenuDish {
  readonly id: string;
  readonly names: readonly string[];
}

/** Rows are numbered as a spreadsheet shows them: the header is row 1. */
export type SalesProblem =
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'not-text' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'one-column'; readonly header: string }
  | { readonly kind: 'ragged'; readonly row: number; readonly cells: number; readonly expected: number }
  | { readonly kind: 'same-column' }
  | { readonly kind: 'no-item'; readonly row: number }
  | { readonly kind: 'unknown-item'; readonly row: number; readonly item: string }
  | { readonly kind: 'not-a-count'; readonly row: number; readonly value: string }
  | { readonly kind: 'negative'; readonly row: number; readonly value: string }
  | { readonly kind: 'not-money'; readonly row: number; readonly value: string }
  | { readonly kind: 'other-currency'; readonly row: number; readonly value: string; readonly currency: string; readonly expected: string };

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly SalesProblem[] };

export interface MatchedSales {
  /** Units sold per dish id; a dish on the menu but not in the file sold none. */
  readonly sold: ReadonlyMap<string, number>;
  /** Money taken per dish id, when a revenue column is mapped. */
  readonly revenue?: ReadonlyMap<string, number>;
  /** Rows left out at the person's request because they name no dish on this menu (drinks, modifiers). */
  readonly leftOut: readonly { readonly row: number; readonly item: string }[];
}

const FIRST_DATA_ROW = 2;

/** The table in `text`, or why it is not one. `bytes` is the file's size, checked first. */
export function readSalesTable(text: string, bytes = text.length): Read<SalesTable> {
  if (bytes > SALES_FILE_LIMIT_BYTES) return fail({ kind: 'too-large', bytes, limit: SALES_FILE_LIMIT_BYTES });
  // A spreadsheet saved as .xlsx (a zip) or any binary file reads as control characters.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096))) return fail({ kind: 'not-text' });
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  const [headerRow, ...dataRows] = parsed.data;
  if (!headerRow || dataRows.length === 0) return fail({ kind: 'empty' });
  const headers = headerRow.map((cell) => cell.trim());
  if (headers.length < 2) return fail({ kind: 'one-column', header: headers[0] ?? '' });
  const problems: SalesProblem[] = [];
  dataRows.forEach((row, index) => {
    if (row.length !== headers.length) problems.push({ kind: 'ragged', row: index + FIRST_DATA_ROW, cells: row.length, expected: headers.length });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { headers, rows: dataRows } };
}

const ITEM_HEADERS = [/^(menu )?item( name)?$/, /^(dish|product|name|article|articulo|plato|piatto|prodotto)$/, /item|dish|product|plato|piatto/];
const SOLD_HEADERS = [/^(items|units|qty|quantity) sold$/, /^(item )?(qty|quantity|count|units|sold)$/, /sold|qty|quantity|units|cantidad|vendid|quantita|venduti/];

const REVENUE_HEADERS = [/^net (sales|amount|revenue)$/, /^(net|importe neto|ventas netas|incasso netto)$/, /^(gross )?(sales|amount|revenue|total)$/, /importe|ventas|incasso|fatturato/];

/** The columns most exports mean, or undefined where no header looks right; a person confirms them. */
export function guessSalesColumns(headers: readonly string[]): Partial<SalesColumns> {
  const plain = headers.map(normalName);
  const find = (patterns: readonly RegExp[], not?: number) => {
    for (const pattern of patterns) {
      const index = plain.findIndex((header, at) => at !== not && pattern.test(header));
      if (index >= 0) return index;
    }
    return undefined;
  };
  const item = find(ITEM_HEADERS);
  const sold = find(SOLD_HEADERS, item);
  const revenue = find(REVENUE_HEADERS, item);
  return { ...(item !== undefined && { item }), ...(sold !== undefined && { sold }), ...(revenue !== undefined && revenue !== sold && { revenue }) };
}

/**
 * Each row's dish and count. With `leaveOutUnknown`, rows naming no dish on this menu are
 * left out and listed; without it they are problems, as is every unreadable count.
 */
export function matchSales(table: SalesTable, columns: SalesColumns, menu: readonly MenuDish[], leaveOutUnknown = false, currency = 'USD'): Read<MatchedSales> {
  const mapped = [columns.item, columns.sold, ...(columns.revenue === undefined ? [] : [columns.revenue])];
  if (new Set(mapped).size < mapped.length) return fail({ kind: 'same-column' });
  const revenue = columns.revenue === undefined ? undefined : new Map(menu.map((dish) => [dish.id, 0]));
  const byName = new Map<string, string>();
  for (const dish of menu) for (const name of [dish.id, ...dish.names]) byName.set(normalName(name), dish.id);
  const sold = new Map(menu.map((dish) => [dish.id, 0]));
  const leftOut: { row: number; item: string }[] = [];
  const problems: SalesProblem[] = [];
  table.rows.forEach((cells, index) => {
    const row = index + FIRST_DATA_ROW;
    const item = (cells[columns.item] ?? '').trim();
    const value = (cells[columns.sold] ?? '').trim();
    if (item === '') return void problems.push({ kind: 'no-item', row });
    const count = countIn(value);
    if (count === undefined) problems.push({ kind: 'not-a-count', row, value });
    else if (count < 0) problems.push({ kind: 'negative', row, value });
    let money: number | undefined;
    if (columns.revenue !== undefined) {
      const cell = (cells[columns.revenue] ?? '').trim();
      const read = moneyIn(cell, currency);
      if (read.kind === 'other-currency') problems.push({ kind: 'other-currency', row, value: cell, currency: read.currency, expected: currency });
      else if (read.kind === 'not-money') problems.push({ kind: 'not-money', row, value: cell });
      else money = read.amount;
    }
    const id = byName.get(normalName(item));
    if (id === undefined) {
      if (leaveOutUnknown) leftOut.push({ row, item });
      else problems.push({ kind: 'unknown-item', row, item });
      return;
    }
    if (count !== undefined && count >= 0) sold.set(id, (sold.get(id) ?? 0) + count);
    if (revenue && money !== undefined) revenue.set(id, (revenue.get(id) ?? 0) + money);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { sold, leftOut, ...(revenue && { revenue }) } };
}

/** A count as exports write it: `12`, `12.5`, `12,5`, `1,234` (US thousands); anything else is not one. */
export function countIn(value: string): number | undefined {
  const compact = value.replace(/\s/g, '');
  if (/^-?\d{1,3}(,\d{3})+$/.test(compact)) return Number(compact.replaceAll(',', ''));
  if (/^-?\d+([.,]\d+)?$/.test(compact)) return Number(compact.replace(',', '.'));
  return undefined;
}

/** Currency signs as tills print them, and the codes each may stand for. */
const CURRENCY_SIGNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['US$', ['USD']],
  ['CA$', ['CAD']],
  ['A$', ['AUD']],
  ['$', ['USD', 'CAD', 'AUD', 'NZD', 'MXN', 'SGD', 'HKD']],
  ['€', ['EUR']],
  ['£', ['GBP']],
  ['¥', ['JPY', 'CNY']],
  ['₹', ['INR']],
];

export type MoneyRead = { readonly kind: 'amount'; readonly amount: number } | { readonly kind: 'not-money' } | { readonly kind: 'other-currency'; readonly currency: string };

/**
 * An amount as exports write it, in `currency`: `1234.5`, `$1,234.50`, `1.234,50 €`,
 * `EUR 12,00`. A sign or code of another currency is refused, never converted.
 */
export function moneyIn(value: string, currency: string): MoneyRead {
  let rest = value.replace(/\s/g, '');
  const code = /[A-Z]{3}/.exec(rest)?.[0];
  if (code) {
    if (code !== currency) return { kind: 'other-currency', currency: code };
    rest = rest.replace(code, '');
  }
  for (const [sign, codes] of CURRENCY_SIGNS) {
    if (!rest.includes(sign)) continue;
    if (!codes.includes(currency)) return { kind: 'other-currency', currency: codes[0]! };
    rest = rest.replace(sign, '');
    break;
  }
  const negative = /^-|^\(.*\)$/.test(rest);
  const digits = rest.replace(/^-|^\(|\)$/g, '');
  let amount: number | undefined;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) amount = Number(digits.replaceAll(',', ''));
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(digits)) amount = Number(digits.replaceAll('.', '').replace(',', '.'));
  else if (/^\d+([.,]\d+)?$/.test(digits)) amount = Number(digits.replace(',', '.'));
  return amount === undefined ? { kind: 'not-money' } : { kind: 'amount', amount: negative ? -amount : amount };
}

/** A name as matched: case, accents, punctuation and spacing aside ("Margherita " = "margherita"). */
export function normalName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function fail<T>(problem: SalesProblem): Read<T> {
  return { ok: false, problems: [problem] };
}
