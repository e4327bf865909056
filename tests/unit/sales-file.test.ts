/**
 * A till's sales export read for menu engineering: the exports of different tills, the
 * columns guessed, rows matched to dishes by any of their names, and every bad file
 * refused whole with each problem by row, in words that say what to do.
 */
import { describe, expect, test } from 'vitest';
import { countIn, guessSalesColumns, matchSales, moneyIn, readSalesTable, SALES_FILE_LIMIT_BYTES, type SalesTable } from '../../src/domain/costing/sales-file.ts';
import { salesProblemText } from '../../src/domain/costing/sales-problem-text.ts';
import { translatorFor } from '../../src/i18n/translate.ts';

const menu = [
  { id: 'margherita', names: ['Margherita'] },
  { id: 'tiramisu', names: ['Tiramisù', 'Tiramisu della casa'] },
  { id: 'house-salad', names: ['Ensalada de la casa', 'House salad'] },
];

function table(text: string): SalesTable {
  const read = readSalesTable(text);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
}

describe('exports as tills write them', () => {
  test.each([
    {
      till: 'Square (item sales)',
      text: 'Category,Item,Items Sold,Gross Sales\r\nPizza,Margherita,"1,204",$19264.00\r\nDessert,Tiramisù,310,$3100.00\r\n',
      columns: { item: 1, sold: 2, revenue: 3 },
      sold: { margherita: 1204, tiramisu: 310, 'house-salad': 0 },
      revenue: { margherita: 19264, tiramisu: 3100, 'house-salad': 0 },
    },
    {
      till: 'Toast (semicolons, byte-order mark, a name with a comma and accents aside)',
      text: '\uFEFFMenu Item;Item Qty;Net Amount\n"TIRAMISU DELLA CASA";12;120,00\nMargherita ;30;480,00\nmargherita;2,5;40,00\n',
      columns: { item: 0, sold: 1, revenue: 2 },
      sold: { margherita: 32.5, tiramisu: 12, 'house-salad': 0 },
      revenue: { margherita: 520, tiramisu: 120, 'house-salad': 0 },
    },
    {
      till: 'a spreadsheet in Spanish, tabs',
      text: 'Plato\tCantidad vendida\nEnsalada de la casa\t41\n',
      columns: { item: 0, sold: 1 },
      sold: { margherita: 0, tiramisu: 0, 'house-salad': 41 },
      revenue: undefined,
    },
  ])('$till', ({ text, columns, sold, revenue }) => {
    const read = table(text);
    expect(guessSalesColumns(read.headers)).toEqual(columns);
    const matched = matchSales(read, columns, menu);
    expect(matched.ok && Object.fromEntries(matched.value.sold)).toEqual(sold);
    expect(matched.ok && matched.value.revenue && Object.fromEntries(matched.value.revenue)).toEqual(revenue);
  });

  test.each([
    ['19264.00', 'USD', 19264],
    ['$1,234.50', 'USD', 1234.5],
    ['US$ 12', 'USD', 12],
    ['1.234,50 €', 'EUR', 1234.5],
    ['EUR 12,00', 'EUR', 12],
    ['(3.00)', 'USD', -3],
    ['-$3.00', 'USD', -3],
  ])('the amount %j in %s reads %d', (value, currency, amount) => expect(moneyIn(value, currency)).toEqual({ kind: 'amount', amount }));

  test.each([
    ['€12.00', 'USD', 'EUR'],
    ['12.00 GBP', 'USD', 'GBP'],
    ['$12.00', 'EUR', 'USD'],
  ])('the amount %j is refused in %s, as %s', (value, currency, other) => expect(moneyIn(value, currency)).toEqual({ kind: 'other-currency', currency: other }));

  test.each([
    ['12', 12],
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['1,234', 1234],
    ['1 234', 1234],
    ['-3', -3],
    ['twelve', undefined],
    ['', undefined],
    ['12 portions', undefined],
  ])('the count %j reads %j', (value, count) => expect(countIn(value)).toBe(count));
});

describe('bad files: refused whole, each problem by row', () => {
  const english = translatorFor('en');
  const text = (problems: Parameters<typeof salesProblemText>[0][]) => problems.map((problem) => salesProblemText(problem, english));

  test.each([
    ['a spreadsheet saved as .xlsx', 'PK\u0003\u0004\u0014\u0000\u0006\u0000binary', ['This is not a CSV file (a spreadsheet saved as .xlsx?). Export or save it as CSV and load that.']],
    ['a header and nothing else', 'Item,Qty\n', ['The file has no rows of sales under its header. Export a period with sales in it.']],
    ['a text with one column', 'Sales for November\nMargherita 30\n', ['Only one column was found (“Sales for November”), so this is not a CSV of item sales. Export the item sales report as CSV.']],
    ['a totals line with fewer cells', 'Item,Qty,Gross\nMargherita,30,480\nTotal,30\n', ['Row 3 has 2 cells where the header has 3. Fix or delete that row (a totals line?) and load the file again.']],
  ])('%s', (_, input, messages) => {
    const read = readSalesTable(input);
    expect(read.ok).toBe(false);
    expect(!read.ok && text([...read.problems])).toEqual(messages);
  });

  test('a file over the limit is refused by its size', () => {
    const read = readSalesTable('', SALES_FILE_LIMIT_BYTES + 1);
    expect(!read.ok && text([...read.problems])).toEqual(['The file is 5.0 MB; the most this reads is 5.0 MB. Export a shorter period.']);
  });

  test('unknown dishes, counts typed as text, negative counts and blank dishes are all named, and no sales come back', () => {
    const read = table('Item,Qty\nMargherita,30\nNegroni,4\nTiramisù,ten\nMargherita,-2\n,5\n');
    const matched = matchSales(read, { item: 0, sold: 1 }, menu);
    expect(matched.ok).toBe(false);
    expect(!matched.ok && text([...matched.problems])).toEqual([
      'Row 3: “Negroni” is not on this menu. Rename it to the dish’s name here, or tick “Leave out rows for items not on this menu”.',
      'Row 4: “ten” is not a number of units sold. Check that the units-sold column is the right one.',
      'Row 5: -2 units sold is negative (a refund?). Net it into the dish’s sales or delete the row.',
      'Row 6 names no dish. Fill it in or delete the row.',
    ]);
  });

  test('rows not on the menu are left out only when asked, and listed', () => {
    const read = table('Item,Qty\nMargherita,30\nNegroni,4\nNegroni,2\n');
    const matched = matchSales(read, { item: 0, sold: 1 }, menu, true);
    expect(matched.ok && matched.value.leftOut).toEqual([
      { row: 3, item: 'Negroni' },
      { row: 4, item: 'Negroni' },
    ]);
    expect(matched.ok && matched.value.sold.get('margherita')).toBe(30);
  });

  test('money in another currency than the binder’s, or not money at all, is named by row', () => {
    const read = table('Item,Qty,Net sales\nMargherita,30,€480.00\nTiramisù,10,about 100\n');
    const matched = matchSales(read, { item: 0, sold: 1, revenue: 2 }, menu, false, 'USD');
    expect(!matched.ok && text([...matched.problems])).toEqual([
      'Row 2: “€480.00” is in EUR, but this binder’s prices are in USD. Export the sales in USD, or choose no money column to use the menu’s prices.',
      'Row 3: “about 100” is not an amount of money. Check that the money column is the right one, or choose none.',
    ]);
  });

  test('the same column for the dish and the count is refused', () => {
    const matched = matchSales(table('Item,Qty\nMargherita,30\n'), { item: 1, sold: 1 }, menu);
    expect(!matched.ok && text([...matched.problems])).toEqual(['The dish and the units sold are the same column: choose two different columns.']);
  });
});
