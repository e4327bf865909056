/**
 * The costing-spreadsheet reader: quantities, prices and packs as kitchens write them,
 * headers as sheets and exports name them, the fixture sheets and the shipped template
 * read into recipes, and every bad file or row refused with its line, its column and
 * the fix, a recipe with a bad row refused whole while the others still come through.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ImportedLine, ReadResult } from '../../src/domain/import/imported-recipe.ts';
import { readSpreadsheet, SPREADSHEET_LIMIT_BYTES } from '../../src/import/read-spreadsheet.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHEETS = path.join(ROOT, 'tests/fixtures/import/spreadsheets');

function readFixture(file: string): ReadResult {
  return readSpreadsheet(readFileSync(path.join(SHEETS, file), 'utf8'), file);
}

/** The one line of a one-row sheet, failing loudly when the row was refused. */
function onlyLine(csv: string): ImportedLine {
  const read = readSpreadsheet(csv, 'sheet.csv');
  expect(read.problems).toEqual([]);
  expect(read.recipes).toHaveLength(1);
  expect(read.recipes[0]!.ingredients).toHaveLength(1);
  return read.recipes[0]!.ingredients[0]!;
}

/** A sheet's problems as "where: message", the shape a person reads them in. */
function problemLines(read: ReadResult): string[] {
  return read.problems.map((problem) => `${problem.where}: ${problem.message}`);
}

describe('quantities as kitchens write them', () => {
  test.each([
    ['1.5', { quantity: 1.5 }],
    ['"1,5"', { quantity: 1.5 }],
    ['"0,25"', { quantity: 0.25 }],
    ['1 1/2', { quantity: 1.5 }],
    ['1/3', { quantity: 1 / 3 }],
    ['½', { quantity: 0.5 }],
    ['1½', { quantity: 1.5 }],
    ['1 ¾', { quantity: 1.75 }],
    ['1-1/2', { quantity: 1.5 }],
    ['2-3', { quantity: 2, quantityMax: 3 }],
    ['2 – 3', { quantity: 2, quantityMax: 3 }],
    ['1/2 to 1', { quantity: 0.5, quantityMax: 1 }],
    ['"1,250"', { quantity: 1250 }],
    ['', {}],
  ])('%s g of flour reads as %j', (cell, expected) => {
    const line = onlyLine(`Recipe,Qty,Unit,Ingredient\nBread,${cell},g,flour\n`);
    expect({ quantity: line.quantity, quantityMax: line.quantityMax }).toEqual({ quantity: undefined, quantityMax: undefined, ...expected });
    expect(line.unit).toBe('g');
  });

  test.each([
    ['500 g', 500, 'g'],
    ['2 cups', 2, 'cups'],
    ['1 1/2 fl oz', 1.5, 'fl oz'],
  ])('with no unit column, %j carries its unit', (cell, quantity, unit) => {
    const line = onlyLine(`Recipe,Qty,Ingredient\nBread,${cell},flour\n`);
    expect([line.quantity, line.unit]).toEqual([quantity, unit]);
  });

  test.each([
    ['to taste', 'to taste'],
    ['q.b.', 'q.b.'],
  ])('%j is to taste: no quantity, the words kept as a note', (cell, note) => {
    const line = onlyLine(`Recipe,Qty,Unit,Ingredient\nBread,${cell},,salt\n`);
    expect([line.quantity, line.note]).toEqual([undefined, note]);
  });

  test.each([
    // Where the sheet writes its decimals decides a number that could be read either way.
    ['a comma-separated sheet with dot decimals', 'Recipe,Qty,Unit,Ingredient\nBread,"1,250",g,flour\nBread,1.5,g,salt\n', 1250],
    ['a comma-separated sheet with comma decimals', 'Recipe,Qty,Unit,Ingredient\nBread,"1,250",kg,flour\nBread,"0,5",kg,water\n', 1.25],
    ['a semicolon-separated sheet with no other decimals', 'Recipe;Qty;Unit;Ingredient\nBread;1,250;kg;flour\nBread;2;kg;water\n', 1.25],
    ['a semicolon-separated sheet with dot decimals', 'Recipe;Qty;Unit;Ingredient\nBread;1,250;g;flour\nBread;1.5;g;salt\n', 1250],
  ])('“1,250” in %s reads %d', (_, csv, quantity) => {
    const read = readSpreadsheet(csv, 'sheet.csv');
    expect(read.recipes[0]?.ingredients[0]?.quantity).toBe(quantity);
  });
});

describe('prices and packs as suppliers quote them', () => {
  test.each([
    ['12.50', { price: 12.5 }],
    ['$12.50', { price: 12.5, currency: 'USD' }],
    ['"$1,234.50"', { price: 1234.5, currency: 'USD' }],
    ['"12,50 €"', { price: 12.5, currency: 'EUR' }],
    ['EUR 12.50', { price: 12.5, currency: 'EUR' }],
    ['12.50 gbp', { price: 12.5, currency: 'GBP' }],
    ['CA$ 30', { price: 30, currency: 'CAD' }],
    ['£8', { price: 8, currency: 'GBP' }],
  ])('the pack price %s reads %j', (cell, expected) => {
    const line = onlyLine(`Recipe,Ingredient,Pack,Pack price\nBread,flour,25 kg,${cell}\n`);
    expect(line.purchase).toEqual({ packQuantity: 25, packUnit: 'kg', ...expected });
  });

  test('a price column whose header names the currency gives it to prices without a sign', () => {
    const line = onlyLine('Recipe,Ingredient,Case Price (EUR)\nBread,flour,24.95\n');
    expect(line.purchase).toEqual({ price: 24.95, currency: 'EUR' });
  });

  test.each([
    ['25 kg', 25, 'kg'],
    ['25kg', 25, 'kg'],
    ['6 x 1 l', 6, 'l'],
    ['6 × 2.55 kg', 15.3, 'kg'],
    ['36x1lb', 36, 'lb'],
    ['1 each', 1, 'each'],
    ['12', 12, undefined],
  ])('the pack %j is %d %s', (cell, packQuantity, packUnit) => {
    const line = onlyLine(`Recipe,Ingredient,Supplier,Pack\nBread,flour,Mill Co,${cell}\n`);
    expect(line.purchase).toEqual({ supplier: 'Mill Co', packQuantity, ...(packUnit !== undefined && { packUnit }) });
  });

  test('a pack unit in a column of its own joins the pack size', () => {
    const line = onlyLine('Recipe,Ingredient,Pack qty,Pack UOM,Price\nBread,flour,50,lb,$24.95\n');
    expect(line.purchase).toEqual({ packQuantity: 50, packUnit: 'lb', price: 24.95, currency: 'USD' });
  });

  test('a line with no supplier, pack or price has no purchase', () => {
    expect(onlyLine('Recipe,Qty,Unit,Ingredient,Pack,Price\nBread,1,kg,flour,,\n').purchase).toBeUndefined();
  });
});

describe('headers as sheets and exports name them', () => {
  test.each([
    ['the template’s names', 'Recipe,Group,Quantity,Unit,Ingredient,Preparation,Supplier,Pack,Pack price'],
    ['lower case with underscores', 'recipe_name,section,qty,uom,item_name,prep,vendor,pack_size,case_price'],
    ['a till export', 'Menu Item,Component,Amount,Measure,Item,Method,Vendor Name,Case Size,Cost'],
    ['Excel title case with punctuation', 'Dish:,Group,QTY.,Unit of Measure,Product,Prep Method,Supplier,Pack Size,Price ($)'],
  ])('%s', (_, header) => {
    const line = onlyLine(`${header}\nSoup,Base,2,kg,carrot,diced,Hudson,25 lb,$19.25\n`);
    expect(line).toEqual({
      raw: '2 kg carrot, diced',
      quantity: 2,
      unit: 'kg',
      name: 'carrot',
      preparation: 'diced',
      group: 'Base',
      purchase: { supplier: 'Hudson', packQuantity: 25, packUnit: 'lb', price: 19.25, currency: 'USD' },
    });
  });

  test('columns with other names (line cost, food cost %) are left alone', () => {
    const line = onlyLine('Recipe,Ingredient,Line cost,Food cost %\nSoup,carrot,$0.42,28%\n');
    expect(line).toEqual({ raw: 'carrot', name: 'carrot' });
  });

  test('a first line “sep=;” as Excel writes it names the delimiter and is no row', () => {
    const read = readSpreadsheet('sep=;\r\nRecipe;Qty;Ingredient\r\nSoup;1,5;carrot\r\nSoup;x;leek\r\n', 'sheet.csv');
    expect(read.problems[0]?.where).toBe('sheet.csv:4');
  });
});

describe('rows gathered into recipes', () => {
  test('recipes come in the order they first appear, whatever the order of their rows, with the recipe-level cells', () => {
    const read = readSpreadsheet(
      [
        'Recipe,Group,Qty,Unit,Ingredient,Yield,Portions,Step,Notes',
        'Crème brûlée,,500,ml,cream,6 each,6,Warm the cream.,Torch to order.',
        'Pickles,,1,kg,cucumbers,,,,',
        'creme brulee ,,100,g,sugar,6 each,,,Torch to order.',
        'Crème brûlée,Bake,,,,,,Bake in a water bath at 150 °C for 35 minutes.,',
      ].join('\n'),
      'sheet.csv',
    );
    expect(read.problems).toEqual([]);
    expect(read.recipes.map((recipe) => [recipe.slug, recipe.title, recipe.origin])).toEqual([
      ['creme-brulee', 'Crème brûlée', 'sheet.csv:2'],
      ['pickles', 'Pickles', 'sheet.csv:3'],
    ]);
    const [brulee] = read.recipes;
    expect(brulee?.ingredients.map((line) => line.name)).toEqual(['cream', 'sugar']);
    expect(brulee?.steps).toEqual([{ segments: ['Warm the cream.'] }, { segments: ['Bake in a water bath at 150 °C for 35 minutes.'], section: 'Bake' }]);
    expect([brulee?.yieldText, brulee?.portions, brulee?.notes]).toEqual(['6 each', 6, ['Torch to order.']]);
  });

  test.each([
    ['10 portions', 10],
    ['serves 4', 4],
    ['4 l', undefined],
  ])('the yield %j gives %j portions when no portions column says', (yieldText, portions) => {
    const read = readSpreadsheet(`Recipe,Ingredient,Yield\nSoup,carrot,${yieldText}\n`, 'sheet.csv');
    expect([read.recipes[0]?.yieldText, read.recipes[0]?.portions]).toEqual([yieldText, portions]);
  });
});

describe('fixture sheets and the template', () => {
  test.each([
    {
      file: 'groups-and-prices.csv',
      recipes: ['Chicken stock', 'Garlic aioli'],
      problems: [],
      check: (read: ReadResult) => {
        const [stock, aioli] = read.recipes;
        expect(stock?.ingredients.map((line) => line.group)).toEqual(['Bones', 'Bones', 'Water', 'Aromatics', 'Aromatics', 'Aromatics', 'Aromatics', 'Aromatics']);
        expect(stock?.ingredients[1]?.purchase).toEqual({ supplier: 'Larchmont Poultry', packQuantity: 10, packUnit: 'kg', price: 46.5, currency: 'USD' });
        expect(stock?.ingredients[3]).toMatchObject({ raw: '400 g yellow onion, halved, unpeeled', preparation: 'halved, unpeeled', purchase: { price: 31 } });
        expect(stock?.ingredients[3]?.purchase?.currency).toBeUndefined();
        expect(stock?.ingredients[5]?.purchase).toMatchObject({ packQuantity: 12, packUnit: 'lb' });
        expect(stock?.steps).toHaveLength(3);
        expect(aioli?.ingredients.at(-1)).toEqual({ raw: 'fine sea salt', name: 'fine sea salt', group: 'Oil', purchase: { supplier: 'Hudson Grocers', packQuantity: 26, packUnit: 'oz', price: 2.15, currency: 'USD' } });
      },
    },
    {
      file: 'bad-row.csv',
      recipes: ['Pickled red onion'],
      problems: [
        'bad-row.csv:6: Column “Qty” holds “a handful”, which is not a quantity (in “Cornbread”).',
        'bad-row.csv:7: Column “Qty” holds “-2”, a negative quantity (in “Cornbread”).',
        'bad-row.csv:8: Column “Pack price” holds “call for price”, which is not an amount of money (in “Cornbread”).',
        'bad-row.csv:10: Column “Recipe” is empty, so this row (“baking soda”, “1”, “tsp”) belongs to no recipe.',
        'bad-row.csv:6: “Cornbread” is not imported: 3 problems in its rows (listed above), and a recipe is imported whole or not at all.',
      ],
      check: (read: ReadResult) => expect(read.recipes[0]?.ingredients).toHaveLength(4),
    },
    {
      file: 'decimal-comma-semicolons.csv',
      recipes: ['Ragù alla bolognese'],
      problems: [],
      check: (read: ReadResult) => {
        const lines = read.recipes[0]!.ingredients;
        expect(lines.map((line) => [line.quantity, line.quantityMax, line.unit])).toEqual([
          [0.25, undefined, 'kg'],
          [0.2, undefined, 'kg'],
          [1.5, undefined, 'dl'],
          [1.25, undefined, 'kg'],
          [0.5, undefined, 'l'],
          [2, 3, 'cucchiai'],
          [undefined, undefined, undefined],
        ]);
        expect(lines.map((line) => line.purchase && [line.purchase.packQuantity, line.purchase.packUnit, line.purchase.price, line.purchase.currency])).toEqual([
          [10, 'kg', 12.5, 'EUR'],
          [10, 'kg', 9.8, 'EUR'],
          [4.5, 'l', 54, 'EUR'],
          [100, 'kg', 1234.5, undefined],
          [12, 'l', 13.2, 'EUR'],
          undefined,
          undefined,
        ]);
        expect(read.recipes[0]?.slug).toBe('ragu-alla-bolognese');
      },
    },
    {
      file: 'excel-export-synonyms.csv',
      recipes: ['Buttermilk Biscuits'],
      problems: [],
      check: (read: ReadResult) => {
        const [biscuits] = read.recipes;
        expect([biscuits?.yieldText, biscuits?.portions, biscuits?.notes]).toEqual(['24 each', 24, ['Bake to order; dough holds 2 days chilled.']]);
        expect(biscuits?.ingredients[3]).toEqual({
          raw: '340 g Butter, unsalted, cold, cubed',
          quantity: 340,
          unit: 'g',
          name: 'Butter, unsalted',
          preparation: 'cold, cubed',
          group: 'Dough',
          purchase: { supplier: 'US Foods', packQuantity: 36, packUnit: 'lb', price: 142, currency: 'USD' },
        });
        expect(biscuits?.steps.map((step) => step.section)).toEqual(['Dough', 'Dough', 'Dough', 'Finish']);
      },
    },
  ])('$file', ({ file, recipes, problems, check }) => {
    const read = readFixture(file);
    expect(problemLines(read)).toEqual(problems);
    expect(read.recipes.map((recipe) => recipe.title)).toEqual(recipes);
    check(read);
  });

  test('the template that ships with the project reads without problems, every line priced in US dollars', () => {
    const file = 'templates/costing-sheet.csv';
    const read = readSpreadsheet(readFileSync(path.join(ROOT, file), 'utf8'), file);
    expect(read.problems).toEqual([]);
    expect(read.recipes.map((recipe) => [recipe.slug, recipe.yieldText, recipe.portions])).toEqual([
      ['tomato-sauce', '2.5 l', 10],
      ['shallot-vinaigrette', '750 ml', 25],
    ]);
    const lines = read.recipes.flatMap((recipe) => recipe.ingredients);
    expect(lines.filter((line) => line.purchase?.currency !== 'USD' || line.purchase.price === undefined || line.purchase.packQuantity === undefined)).toEqual([]);
    expect(read.recipes.every((recipe) => recipe.steps.length > 0 && recipe.notes?.length === 1)).toBe(true);
  });
});

describe('bad files and rows: refused with where, what and the fix', () => {
  test.each([
    ['an .xlsx workbook', 'PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml', 'book.xlsx', 'This is not a CSV file but a zip archive'],
    ['binary bytes', 'Recipe,\u0000\u0001\u0002\u0003', 'book.xlsx', 'This is not a CSV file: it holds binary data'],
    ['an empty file', '', 'book.xlsx', 'The file is empty.'],
    ['a file of blank lines and a byte-order mark', '\uFEFF\n\n  \n', 'book.xlsx', 'The file is empty.'],
    ['no recipe column', 'Item,Qty,Unit\nflour,1,kg\n', 'book.xlsx:1', 'no recipe column; headers found: “Item”, “Qty”, “Unit”'],
    ['no ingredient column', 'Recipe,Qty\nBread,1\n', 'book.xlsx:1', 'no ingredient column'],
    ['data where the header should be', '\n\nBread,1,kg,flour\n', 'book.xlsx:3', 'no recipe and no ingredient column'],
    ['a header and nothing under it', 'Recipe,Ingredient\n', 'book.xlsx:1', 'The sheet has a header but no rows under it.'],
  ])('%s', (_, csv, where, message) => {
    const read = readSpreadsheet(csv, 'book.xlsx');
    expect(read.recipes).toEqual([]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]?.where).toBe(where);
    expect(read.problems[0]?.message).toContain(message);
    expect(read.problems[0]?.fix.length).toBeGreaterThan(10);
  });

  test('a file over 5 MB is refused with its size', () => {
    const row = 'Bread,1,kg,flour\n';
    const csv = `Recipe,Qty,Unit,Ingredient\n${row.repeat(Math.ceil(SPREADSHEET_LIMIT_BYTES / row.length))}`;
    const read = readSpreadsheet(csv, 'big.csv');
    expect(read.recipes).toEqual([]);
    expect(read.problems).toEqual([{ where: 'big.csv', message: 'The file is 5.0 MB; the largest sheet this reads is 5.0 MB.', fix: expect.stringContaining('Split the sheet') }]);
    const justUnder = csv.slice(0, csv.lastIndexOf('\n', SPREADSHEET_LIMIT_BYTES) + 1);
    expect(readSpreadsheet(justUnder, 'big.csv').problems).toEqual([]);
  });

  test.each([
    ['a quantity in words', 'Bread,two,kg,flour,,', 'Column “Qty” holds “two”, which is not a quantity (in “Bread”).'],
    ['a quantity with a unit beside a unit column', 'Bread,2 kg,kg,flour,,', 'Column “Qty” holds “2 kg”, which is not a quantity (in “Bread”).'],
    ['a negative quantity', 'Bread,-1,kg,flour,,', 'Column “Qty” holds “-1”, a negative quantity (in “Bread”).'],
    ['a zero quantity', 'Bread,0,kg,flour,,', 'Column “Qty” holds “0”, a quantity of zero (in “Bread”).'],
    ['a range that goes down', 'Bread,3-2,kg,flour,,', 'Column “Qty” holds “3-2”, which is not a quantity (in “Bread”).'],
    ['a price in words', 'Bread,1,kg,flour,25 kg,market price', 'Column “Price” holds “market price”, which is not an amount of money (in “Bread”).'],
    ['a negative price', 'Bread,1,kg,flour,25 kg,-4.00', 'Column “Price” holds “-4.00”, which is not an amount of money (in “Bread”).'],
    ['a price in two currencies', 'Bread,1,kg,flour,25 kg,$12 EUR', 'Column “Price” holds “$12 EUR”, which is not an amount of money (in “Bread”).'],
    ['a pack with no size', 'Bread,1,kg,flour,sack,$12', 'Column “Pack” holds “sack”, which is not a pack size (in “Bread”).'],
    ['a quantity with no ingredient', 'Bread,1,kg,,,', 'Column “Ingredient” is empty, but “Qty”, “Unit” are filled in (in “Bread”).'],
    ['an ingredient with no recipe', ',1,kg,flour,,', 'Column “Recipe” is empty, so this row (“flour”, “1”, “kg”) belongs to no recipe.'],
    ['an unquoted comma that shifts the cells', 'Bread,1,kg,flour,25 kg,$12,extra', 'The row has 7 cells with text where the header has 6'],
    ['a quote never closed', 'Bread,1,kg,"flour,25 kg,$12', 'a quote (") opens a cell and never closes it'],
  ])('%s is named by its line and column, and refuses its recipe while another comes through', (_, badRow, message) => {
    const csv = `Recipe,Qty,Unit,Ingredient,Pack,Price\nSoup,1,l,stock,,\n\nBread,500,g,water,,\n${badRow}\n`;
    const read = readSpreadsheet(csv, 'costing.csv');
    expect(read.recipes.map((recipe) => recipe.title)).toEqual(badRow.startsWith(',') ? ['Soup', 'Bread'] : ['Soup']);
    expect(read.problems[0]?.where).toBe('costing.csv:5');
    expect(read.problems[0]?.message).toContain(message);
    if (!badRow.startsWith(',')) expect(problemLines(read).at(-1)).toBe('costing.csv:4: “Bread” is not imported: 1 problem in its rows (listed above), and a recipe is imported whole or not at all.');
  });

  test.each([
    ['yields that disagree', 'Recipe,Ingredient,Yield\nSoup,stock,4 l\nSoup,leek,5 l\n', 'costing.csv:3: Column “Yield” says “5 l” here but “4 l” on line 2 (in “Soup”).'],
    ['portions that are not a number', 'Recipe,Ingredient,Portions\nSoup,stock,a few\n', 'costing.csv:2: Column “Portions” holds “a few”, which is not a number of portions (in “Soup”).'],
    ['a recipe with steps and no ingredient', 'Recipe,Ingredient,Step\nSoup,,Simmer.\n', 'costing.csv:2: “Soup” has no ingredient rows, so it is not imported.'],
  ])('%s', (_, csv, problem) => {
    const read = readSpreadsheet(csv, 'costing.csv');
    expect(read.recipes).toEqual([]);
    expect(problemLines(read)[0]).toBe(problem);
  });

  test('a row spread over several lines by a quoted line break is named by the line it starts on', () => {
    const read = readSpreadsheet('Recipe,Qty,Ingredient,Step\nSoup,1,leek,"Wash well;\ngrit hides."\nSoup,lots,salt,\n', 'costing.csv');
    expect(read.problems[0]?.where).toBe('costing.csv:4');
  });
});
