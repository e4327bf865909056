/**
 * The costing-spreadsheet reader: a kitchen's costing sheet saved as CSV, one row per
 * ingredient line (the shape those sheets already have), read into format-neutral
 * recipes (../domain/import/imported-recipe.ts). Columns are found by their header in
 * the words kitchens, Excel and till exports use; Papa Parse finds the delimiter, the
 * quotes and the byte-order mark. A recipe with any bad row is refused whole, each
 * problem named by file line and column, so nothing half-imported is written; the
 * other recipes of the sheet still come through. The template that documents the
 * columns is templates/costing-sheet.csv (templates/README.md).
 */
import { numericQuantity } from 'numeric-quantity';
import Papa from 'papaparse';
import { megabytes } from './fetch-limited.ts';
import type { ImportedLine, ImportedPurchase, ImportedRecipe, ImportedStep, ImportProblem, ReadResult } from '../domain/import/imported-recipe.ts';
import { slugify } from '../domain/slug.ts';

/** The largest sheet read: thousands of recipes' worth of rows are far under it. */
export const SPREADSHEET_LIMIT_BYTES = 5 * 1024 * 1024;

/** What a column of the sheet holds. */
export type SheetField =
  | 'recipe'
  | 'group'
  | 'quantity'
  | 'unit'
  | 'ingredient'
  | 'preparation'
  | 'supplier'
  | 'pack'
  | 'packUnit'
  | 'price'
  | 'yield'
  | 'portions'
  | 'step'
  | 'notes';

/**
 * The header names each field is known by, most specific first: a header matches when it
 * is one of these once case, spaces, underscores, punctuation and a bracketed note
 * ("Case price ($)") are set aside. The first name found wins, and a column serves one
 * field, so "Menu item" is the recipe while "Item" beside it is the ingredient.
 */
export const SHEET_COLUMN_NAMES: Readonly<Record<SheetField, readonly string[]>> = {
  recipe: ['recipe', 'recipe name', 'recipe title', 'dish', 'dish name', 'menu item', 'menu item name', 'menu item title'],
  group: ['group', 'group name', 'ingredient group', 'section', 'component', 'part'],
  quantity: ['quantity', 'qty', 'amount', 'amt', 'recipe qty', 'recipe quantity', 'qty used', 'quantity used'],
  unit: ['unit', 'units', 'uom', 'measure', 'unit of measure', 'recipe uom', 'recipe unit', 'measurement'],
  ingredient: ['ingredient', 'ingredients', 'ingredient name', 'item', 'item name', 'product', 'product name', 'inventory item', 'name'],
  preparation: ['preparation', 'prep', 'method', 'prep method', 'preparation method', 'prep notes'],
  supplier: ['supplier', 'vendor', 'supplier name', 'vendor name', 'distributor', 'purveyor'],
  pack: ['pack', 'pack size', 'case size', 'case pack', 'purchase pack', 'purchase size', 'pack qty', 'case qty'],
  packUnit: ['pack unit', 'pack uom', 'case unit', 'case uom', 'purchase unit', 'purchase uom'],
  price: ['pack price', 'price', 'case price', 'cost', 'pack cost', 'case cost', 'purchase price', 'price per pack', 'price per case'],
  yield: ['yield', 'recipe yield', 'batch yield', 'batch size', 'makes', 'yields'],
  portions: ['portions', 'servings', 'covers', 'serves', 'portion count', 'number of portions', 'no of portions'],
  step: ['step', 'steps', 'method step', 'instruction', 'instructions', 'direction', 'directions', 'procedure'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
};

/** The order fields claim columns: the required ones first, so an optional field never takes their column. */
const FIELD_ORDER: readonly SheetField[] = ['recipe', 'ingredient', 'quantity', 'unit', 'group', 'preparation', 'step', 'supplier', 'pack', 'packUnit', 'price', 'yield', 'portions', 'notes'];

/** A header as matched: accents, case, a bracketed note and everything but letters and digits aside ("Pack_Size (kg)" → "packsize"). */
function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[([{].*?[)\]}]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The bracketed note of a header ("Case price (USD)" → "USD"), which may name the column's currency. */
function headerNote(header: string): string | undefined {
  return /[([{]\s*([^)\]}]*?)\s*[)\]}]/.exec(header)?.[1];
}

/** One column the sheet maps: its index and its header as the file writes it, for messages. */
interface MappedColumn {
  readonly index: number;
  readonly header: string;
}

type ColumnMap = Partial<Record<SheetField, MappedColumn>>;

/** Which column holds each field, by the headers' names. */
function mapColumns(headers: readonly string[]): ColumnMap {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const columns: ColumnMap = {};
  for (const field of FIELD_ORDER) {
    for (const name of SHEET_COLUMN_NAMES[field]) {
      const index = keys.findIndex((key, at) => !taken.has(at) && key === headerKey(name));
      if (index < 0) continue;
      taken.add(index);
      columns[field] = { index, header: headers[index]!.trim() };
      break;
    }
  }
  return columns;
}

/** A row of the file: its cells and the line of the file it starts on (the header is usually line 1). */
interface SheetRow {
  readonly line: number;
  readonly cells: readonly string[];
  /** What Papa Parse could not read in it (a quote opened and never closed). */
  readonly error?: string;
}

/** Every row of the CSV text with its starting line, blank rows left out. */
function rowsOf(text: string): { readonly rows: readonly SheetRow[]; readonly delimiter: string } {
  const delimitersToGuess = [',', ';', '\t', '|'];
  // Excel may name the delimiter in a first line of its own ("sep=;"), which is no row of the sheet.
  const named = /^sep=(.)\r?\n/.exec(text)?.[1];
  // Otherwise it is guessed on the first rows without blank lines, which would spoil the guess.
  const guess = Papa.parse<string[]>(text, { preview: 10, skipEmptyLines: 'greedy', delimitersToGuess });
  const delimiter = named ?? guess.meta.delimiter;
  const lineBreak = guess.meta.linebreak === '\r' ? '\r' : '\n';
  const rows: SheetRow[] = [];
  let rowStart = 0;
  let countedTo = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result) => {
      // The cursor is where the next row starts; counting line breaks up to a row's start gives its line.
      for (let at = text.indexOf(lineBreak, countedTo); at >= 0 && at < rowStart; at = text.indexOf(lineBreak, at + 1)) line += 1;
      countedTo = rowStart;
      const cells = result.data;
      const error = result.errors.find((each) => each.type === 'Quotes')?.message;
      const isDelimiterLine = named !== undefined && line === 1;
      if (!isDelimiterLine && (cells.some((cell) => cell.trim() !== '') || error)) rows.push({ line, cells, ...(error !== undefined && { error }) });
      rowStart = result.meta.cursor;
    },
  });
  return { rows, delimiter };
}

// ---------------------------------------------------------------- numbers

/** Which mark a sheet writes decimals with, for numbers that could be read either way ("1,250"). */
type DecimalMark = '.' | ',';

/** What one number says about the sheet's decimal mark, when it says anything. */
function decimalEvidence(token: string): DecimalMark | undefined {
  if (/^\d{1,3}(,\d{3})+\.\d+$/.test(token) || /^\d{1,3}(,\d{3}){2,}$/.test(token)) return '.';
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(token) || /^\d{1,3}(\.\d{3}){2,}$/.test(token)) return ',';
  const single = /^(\d*)([.,])(\d+)$/.exec(token);
  if (!single) return undefined;
  const [, whole = '', mark, fraction = ''] = single;
  // "1,250" may be a thousand and a quarter or one and a quarter: it says nothing.
  if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) return undefined;
  return mark === ',' ? ',' : '.';
}

/**
 * The sheet's decimal mark: the one its unambiguous numbers use ("1,5", "12.50",
 * "1.234,50"); with no evidence or both, a comma when the sheet is separated by
 * semicolons (as Excel saves it where the comma is the decimal mark), else a dot.
 */
function sheetDecimalMark(numberCells: readonly string[], delimiter: string): DecimalMark {
  const seen = new Set<DecimalMark>();
  for (const cell of numberCells) {
    for (const token of cell.match(/\d[\d.,]*\d|[.,]?\d/g) ?? []) {
      const mark = decimalEvidence(token);
      if (mark) seen.add(mark);
    }
  }
  if (seen.size === 1) return [...seen][0]!;
  return delimiter === ';' ? ',' : '.';
}

/** A number written with digits and at most thousands separators and a decimal mark, or undefined. */
function readDecimal(token: string, mark: DecimalMark): number | undefined {
  const compact = token.replace(/[\u00a0\u202f']/g, '');
  if (/^\d+$/.test(compact)) return Number(compact);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact) && !(mark === ',' && /^\d{1,3},\d{3}$/.test(compact))) return Number(compact.replaceAll(',', ''));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact) && !(mark === '.' && /^\d{1,3}\.\d{3}$/.test(compact))) return Number(compact.replaceAll('.', '').replace(',', '.'));
  if (/^\d*[.,]\d+$/.test(compact)) return Number(compact.replace(',', '.'));
  return undefined;
}

/** Fraction glyphs as cooks type them (numeric-quantity reads them). */
const GLYPHS = '½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞';

const NUMBER_PATTERN = String.raw`\d+\s+\d+\s*/\s*\d+|\d+\s*/\s*\d+|\d*\s?[${GLYPHS}]|\d[\d.,\u00a0\u202f]*\d|[.,]?\d`;
const AMOUNT_PATTERN = new RegExp(String.raw`^(${NUMBER_PATTERN})(?:\s*(?:-|–|—|\bto\b)\s*(${NUMBER_PATTERN}))?\s*(.*)$`, 'i');

/**
 * One number of a quantity: a fraction, a mixed number or a glyph ("1/2", "1 1/2",
 * "1½") read by numeric-quantity; a decimal by the sheet's own mark (./readDecimal).
 */
function readNumber(token: string, mark: DecimalMark): number | undefined {
  if (new RegExp(`[/${GLYPHS}]`).test(token)) {
    const value = numericQuantity(token.replace(/\s*\/\s*/g, '/').trim(), { round: false });
    return Number.isFinite(value) ? value : undefined;
  }
  return readDecimal(token.trim(), mark);
}

/** Words that mean "as much as it needs" in a quantity cell, read like a blank one. */
const TO_TASTE = /^(to taste|tt|as needed|as required|q\.?\s?b\.?|q\.?\s?s\.?)$/i;

type QuantityRead =
  | { readonly kind: 'none'; readonly words?: string }
  | { readonly kind: 'amount'; readonly quantity: number; readonly quantityMax?: number; readonly unit?: string }
  | { readonly kind: 'not-positive' }
  | { readonly kind: 'not-a-number' };

/**
 * A quantity cell: "1.5", "1,5", "1 1/2", "½", "1½", "2-3", a unit after the number when
 * the sheet has no unit column or leaves it blank ("500 g"), or blank for "to taste".
 */
function readQuantity(cell: string, mark: DecimalMark, unitAllowed: boolean): QuantityRead {
  const text = cell.trim();
  if (text === '') return { kind: 'none' };
  if (TO_TASTE.test(text)) return { kind: 'none', words: text };
  if (/^[-−]\s*[\d.,½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]/.test(text)) return { kind: 'not-positive' };
  const match = AMOUNT_PATTERN.exec(text.replace(/\u2044/g, '/'));
  if (!match) return { kind: 'not-a-number' };
  const [, first = '', second, rest = ''] = match;
  const unit = rest.trim();
  if (unit !== '' && (!unitAllowed || !/^\p{L}[\p{L}\s.]*$/u.test(unit))) return { kind: 'not-a-number' };
  let quantity = readNumber(first, mark);
  let quantityMax = second === undefined ? undefined : readNumber(second, mark);
  if (quantity === undefined || (second !== undefined && quantityMax === undefined)) return { kind: 'not-a-number' };
  // "1-1/2" is how some US sheets write one and a half, not a range down to a half.
  if (quantityMax !== undefined && quantityMax < quantity && Number.isInteger(quantity) && quantityMax < 1 && second?.includes('/')) {
    quantity += quantityMax;
    quantityMax = undefined;
  }
  if (quantityMax !== undefined && quantityMax < quantity) return { kind: 'not-a-number' };
  if (quantityMax === quantity) quantityMax = undefined;
  // The binder measures nothing as zero: a line that adds nothing is left out, one to taste has no number.
  if (quantity === 0) return { kind: 'not-positive' };
  return { kind: 'amount', quantity, ...(quantityMax !== undefined && { quantityMax }), ...(unit !== '' && { unit }) };
}

// ---------------------------------------------------------------- money

/** Currency signs as sheets print them, longest first so "US$" is not read as "$". */
const CURRENCY_SIGNS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['MX$', 'MXN'],
  ['R$', 'BRL'],
  // A bare dollar is read as the US dollar; other dollars are written with their sign or code.
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₪', 'ILS'],
  ['zł', 'PLN'],
];

/** ISO 4217 codes, so that three letters in a cell ("per", "box") are not taken for one. */
const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** The currency a header's note names by sign or code ("Case price ($)", "Price (EUR)"), if it names one. */
function currencyOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (CURRENCY_CODES.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return CURRENCY_SIGNS.find(([sign]) => trimmed === sign)?.[1];
}

type PriceRead = { readonly kind: 'none' } | { readonly kind: 'amount'; readonly price: number; readonly currency?: string } | { readonly kind: 'not-an-amount' };

/** A pack price: "12.50", "$12.50", "12,50 €", "EUR 12.50", "1.234,50"; refused when negative or naming two currencies. */
function readPrice(cell: string, mark: DecimalMark): PriceRead {
  let rest = cell.replace(/\s/g, '');
  if (rest === '') return { kind: 'none' };
  const named = new Set<string>();
  const code = /(?<![A-Za-z])[A-Za-z]{3}(?![A-Za-z])/.exec(rest)?.[0];
  if (code !== undefined && CURRENCY_CODES.has(code.toUpperCase())) {
    named.add(code.toUpperCase());
    rest = rest.replace(code, '');
  }
  for (const [sign, currency] of CURRENCY_SIGNS) {
    if (!rest.includes(sign)) continue;
    named.add(currency);
    rest = rest.replace(sign, '');
    break;
  }
  const price = readDecimal(rest, mark);
  if (price === undefined || named.size > 1) return { kind: 'not-an-amount' };
  const [currency] = named;
  return { kind: 'amount', price, ...(currency !== undefined && { currency }) };
}

type PackRead = { readonly kind: 'none' } | { readonly kind: 'pack'; readonly packQuantity: number; readonly packUnit?: string } | { readonly kind: 'not-a-pack' };

/** A pack: "25 kg", "25kg", "6 x 1 l" (6 l), "1 each", "12" (a count); a unit alone ("sack") says no size and is refused. */
function readPack(cell: string, unitCell: string, mark: DecimalMark): PackRead {
  const text = cell.trim().replace(/\s+/g, ' ');
  const separateUnit = unitCell.trim();
  if (text === '') return separateUnit === '' ? { kind: 'none' } : { kind: 'not-a-pack' };
  const unitPattern = String.raw`\p{L}[\p{L} .]*`;
  const multiple = new RegExp(String.raw`^(${NUMBER_PATTERN})\s*[x×*]\s*(${NUMBER_PATTERN})\s*(${unitPattern})?$`, 'iu').exec(text);
  const single = new RegExp(String.raw`^(${NUMBER_PATTERN})\s*(${unitPattern})?$`, 'u').exec(text);
  let packQuantity: number | undefined;
  let packUnit: string | undefined;
  if (multiple) {
    const count = readNumber(multiple[1] ?? '', mark);
    const each = readNumber(multiple[2] ?? '', mark);
    // Rounded so that 6 × 2.55 kg is 15.3 kg, not 15.299999999999999.
    packQuantity = count === undefined || each === undefined ? undefined : Math.round(count * each * 1e9) / 1e9;
    packUnit = multiple[3];
  } else if (single) {
    packQuantity = readNumber(single[1] ?? '', mark);
    packUnit = single[2];
  }
  if (packQuantity === undefined || packQuantity <= 0) return { kind: 'not-a-pack' };
  if (packUnit !== undefined && separateUnit !== '') return { kind: 'not-a-pack' };
  const unit = (packUnit ?? separateUnit).trim();
  return { kind: 'pack', packQuantity, ...(unit !== '' && { packUnit: unit }) };
}

/** "10 portions", "serves 10", "24 servings": the number of portions a yield states, if it states one. */
function portionsInYield(yieldText: string): number | undefined {
  const match = /^(\d+)\s*(portions?|servings?|covers?|plates?)$/i.exec(yieldText) ?? /^serves\s+(\d+)$/i.exec(yieldText);
  return match ? Number(match[1]) : undefined;
}

// ---------------------------------------------------------------- rows into recipes

/** A recipe while its rows are read. */
interface RecipeDraft {
  readonly title: string;
  readonly firstLine: number;
  readonly ingredients: ImportedLine[];
  readonly steps: ImportedStep[];
  readonly notes: string[];
  yieldText?: { readonly text: string; readonly line: number };
  portions?: { readonly value: number; readonly line: number };
  /** How many of its rows' problems there are: one is enough to refuse the recipe. */
  problemCount: number;
}

/** A cell as one line of text: surrounding space trimmed, runs of space and line breaks made one space. */
function oneLine(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Counts as words: "1 row", "2 rows". */
function count(amount: number, singular: string, plural: string): string {
  return `${amount} ${amount === 1 ? singular : plural}`;
}

/** The size of the text saved as UTF-8: the file's size, as the person sees it. */
function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** Accepted header names of a field, as a message lists them. */
function namesOf(field: SheetField): string {
  return SHEET_COLUMN_NAMES[field].map((name) => `“${name}”`).join(', ');
}

/** What reading a row needs to know of the whole sheet. */
interface Sheet {
  /** A field's cell of a row, trimmed; empty when the sheet has no such column. */
  readonly cell: (row: SheetRow, field: SheetField) => string;
  /** A field's column header as the file writes it, for messages. */
  readonly header: (field: SheetField) => string;
  readonly mark: DecimalMark;
  /** The currency the price column's header names ("Case price ($)"), for prices without a sign. */
  readonly priceCurrency: string | undefined;
}

type Report = (message: string, fix: string) => void;

/** The ingredient line a row holds, if it holds one; every unreadable cell is reported. */
function readLine(sheet: Sheet, row: SheetRow, inRecipe: string, report: Report): ImportedLine | undefined {
  const { header, mark } = sheet;
  const cell = (field: SheetField) => oneLine(sheet.cell(row, field));
  const ingredient = cell('ingredient');
  const quantityCell = cell('quantity');
  const unitCell = cell('unit');
  if (ingredient === '') {
    const stray = (['quantity', 'unit', 'preparation', 'supplier', 'pack', 'packUnit', 'price'] as const).filter((field) => cell(field) !== '');
    if (stray.length > 0) {
      report(
        `Column “${header('ingredient')}” is empty, but ${stray.map((field) => `“${header(field)}”`).join(', ')} ${stray.length === 1 ? 'is' : 'are'} filled in ${inRecipe}.`,
        'Name the ingredient this row is for, or clear the row’s other ingredient cells.',
      );
    }
    return undefined;
  }
  let readable = true;
  const refuse: Report = (message, fix) => {
    readable = false;
    report(message, fix);
  };
  const quantity = readQuantity(quantityCell, mark, unitCell === '');
  if (quantity.kind === 'not-a-number') {
    refuse(
      `Column “${header('quantity')}” holds “${quantityCell}”, which is not a quantity ${inRecipe}.`,
      `Write a number (1.5, 1,5, 1 1/2, ½) or a range (2-3)${unitCell === '' ? ' with the unit after it or in a unit column' : ', with the unit in its own column'}; leave it empty for “to taste”.`,
    );
  } else if (quantity.kind === 'not-positive') {
    refuse(
      `Column “${header('quantity')}” holds “${quantityCell}”, ${/^[-−]/.test(quantityCell) ? 'a negative quantity' : 'a quantity of zero'} ${inRecipe}.`,
      'Write how much goes in as a number above zero, leave it empty for “to taste”, or delete the row.',
    );
  }
  const priceCell = cell('price');
  const price = readPrice(priceCell, mark);
  if (price.kind === 'not-an-amount') {
    refuse(`Column “${header('price')}” holds “${priceCell}”, which is not an amount of money ${inRecipe}.`, 'Write the pack price as a number, with at most one currency sign or code: 12.50, $12.50, 12,50 €, EUR 12.50.');
  }
  const packCell = cell('pack');
  const packUnitCell = cell('packUnit');
  const pack = readPack(packCell, packUnitCell, mark);
  if (pack.kind === 'not-a-pack') {
    const written = [packCell, packUnitCell].filter((each) => each !== '').join(' ');
    refuse(`Column “${header(packCell === '' ? 'packUnit' : 'pack')}” holds “${written}”, which is not a pack size ${inRecipe}.`, 'Write the pack as a number and a unit: 25 kg, 6 x 1 l, 12 each.');
  }
  if (!readable || quantity.kind === 'not-a-number' || quantity.kind === 'not-positive') return undefined;

  const preparation = cell('preparation');
  const group = cell('group');
  const supplier = cell('supplier');
  const unit = quantity.kind === 'amount' && quantity.unit !== undefined ? quantity.unit : unitCell;
  const currency = price.kind === 'amount' ? (price.currency ?? sheet.priceCurrency) : undefined;
  const purchase: ImportedPurchase = {
    ...(supplier !== '' && { supplier }),
    ...(pack.kind === 'pack' && { packQuantity: pack.packQuantity }),
    ...(pack.kind === 'pack' && pack.packUnit !== undefined && { packUnit: pack.packUnit }),
    ...(price.kind === 'amount' && { price: price.price }),
    ...(currency !== undefined && { currency }),
  };
  return {
    // As a person would say it: "1 1/2 kg onions, diced".
    raw: [[quantityCell, unitCell, ingredient].filter((each) => each !== '').join(' '), preparation].filter((each) => each !== '').join(', '),
    ...(quantity.kind === 'amount' && { quantity: quantity.quantity }),
    ...(quantity.kind === 'amount' && quantity.quantityMax !== undefined && { quantityMax: quantity.quantityMax }),
    ...(unit !== '' && { unit }),
    name: ingredient,
    ...(preparation !== '' && { preparation }),
    ...(quantity.kind === 'none' && quantity.words !== undefined && { note: quantity.words }),
    ...(group !== '' && { group }),
    ...(Object.keys(purchase).length > 0 && { purchase }),
  };
}

/** What a row says about its whole recipe (yield, portions, a step, a note), into the draft. */
function readRecipeCells(sheet: Sheet, row: SheetRow, draft: RecipeDraft, inRecipe: string, report: Report): void {
  const { header } = sheet;
  const yieldCell = oneLine(sheet.cell(row, 'yield'));
  if (yieldCell !== '') {
    if (draft.yieldText === undefined) draft.yieldText = { text: yieldCell, line: row.line };
    else if (draft.yieldText.text !== yieldCell) report(`Column “${header('yield')}” says “${yieldCell}” here but “${draft.yieldText.text}” on line ${draft.yieldText.line} ${inRecipe}.`, 'Give the recipe’s yield once, or the same on each of its rows.');
  }
  const portionsCell = oneLine(sheet.cell(row, 'portions'));
  if (portionsCell !== '') {
    const portions = readDecimal(portionsCell, sheet.mark);
    if (portions === undefined || portions <= 0) report(`Column “${header('portions')}” holds “${portionsCell}”, which is not a number of portions ${inRecipe}.`, 'Write how many portions the recipe makes as a number, like 10.');
    else if (draft.portions === undefined) draft.portions = { value: portions, line: row.line };
    else if (draft.portions.value !== portions) report(`Column “${header('portions')}” says ${portionsCell} here but ${draft.portions.value} on line ${draft.portions.line} ${inRecipe}.`, 'Give the number of portions once, or the same on each of the recipe’s rows.');
  }
  const step = sheet.cell(row, 'step');
  const group = oneLine(sheet.cell(row, 'group'));
  // A group beside a step is the method's section too: sheets group the method as they group the lines.
  if (step !== '') draft.steps.push({ segments: [step], ...(group !== '' && { section: group }) });
  const note = sheet.cell(row, 'notes');
  // Sheets often repeat a recipe's note on each of its rows: it is kept once.
  if (note !== '' && !draft.notes.includes(note)) draft.notes.push(note);
}

/** The recipe a draft became, or why it is refused. */
function finishRecipe(draft: RecipeDraft, where: string, sheet: Sheet): ImportedRecipe | ImportProblem {
  if (draft.problemCount > 0) {
    return {
      where,
      message: `“${draft.title}” is not imported: ${count(draft.problemCount, 'problem', 'problems')} in its rows (listed above), and a recipe is imported whole or not at all.`,
      fix: 'Fix those rows in the sheet and import it again.',
      refused: draft.title,
    };
  }
  if (draft.ingredients.length === 0) {
    return { where, refused: draft.title, message: `“${draft.title}” has no ingredient rows, so it is not imported.`, fix: `Add a row per ingredient with the recipe’s name in “${sheet.header('recipe')}” and the ingredient in “${sheet.header('ingredient')}”.` };
  }
  const slug = slugify(draft.title);
  const yieldText = draft.yieldText?.text;
  const portions = draft.portions?.value ?? (yieldText === undefined ? undefined : portionsInYield(yieldText));
  return {
    origin: where,
    ...(slug !== '' && { slug }),
    title: draft.title,
    ...(yieldText !== undefined && { yieldText }),
    ...(portions !== undefined && { portions }),
    ingredients: draft.ingredients,
    steps: draft.steps,
    ...(draft.notes.length > 0 && { notes: draft.notes }),
  };
}

/**
 * The recipes of a costing sheet saved as CSV. `origin` names the file in problems
 * ("costing.csv:14", line 14 of the file) and, with the recipe's first line, in each
 * recipe's origin.
 */
export function readSpreadsheet(text: string, origin: string): ReadResult {
  const refuse = (message: string, fix: string, line?: number): ReadResult => ({
    recipes: [],
    problems: [{ where: line === undefined ? origin : `${origin}:${line}`, message, fix }],
  });
  const bytes = utf8Bytes(text);
  if (bytes > SPREADSHEET_LIMIT_BYTES) return refuse(`The file is ${megabytes(bytes)}; the largest sheet this reads is ${megabytes(SPREADSHEET_LIMIT_BYTES)}.`, 'Split the sheet into several files of fewer recipes and import each.');
  const start = text.slice(0, 4096);
  if (start.startsWith('PK')) return refuse('This is not a CSV file but a zip archive, as a spreadsheet saved as .xlsx or .ods is.', 'Open it in the spreadsheet and save or export it as “CSV UTF-8”, then import the .csv file.');
  // Binary files read as text are full of control characters (tab, line breaks and form feed aside) or undecodable bytes.
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(start)) return refuse('This is not a CSV file: it holds binary data, not text.', 'Export the sheet as “CSV UTF-8” from the spreadsheet and import that file.');
  const emptyFix = 'Export the costing sheet with its header row and at least one recipe (see templates/costing-sheet.csv).';
  const withoutMark = text.replace(/^\uFEFF/, '');
  if (withoutMark.trim() === '') return refuse('The file is empty.', emptyFix);

  const { rows, delimiter } = rowsOf(withoutMark);
  const [headerRow, ...dataRows] = rows;
  if (!headerRow) return refuse('The file is empty.', emptyFix);
  const headers = headerRow.cells.map((each) => each.trim());
  const columns = mapColumns(headers);
  const missing = (['recipe', 'ingredient'] as const).filter((field) => columns[field] === undefined);
  if (missing.length > 0) {
    const found = headers.filter((each) => each !== '').map((each) => `“${each}”`).join(', ') || 'none';
    return refuse(
      `The first row is not a header with a recipe and an ingredient column (no ${missing.join(' and no ')} column; headers found: ${found}).`,
      `Put a header row first, naming the recipe column one of ${namesOf('recipe')} and the ingredient column one of ${namesOf('ingredient')} (see templates/costing-sheet.csv).`,
      headerRow.line,
    );
  }
  if (dataRows.length === 0) return refuse('The sheet has a header but no rows under it.', 'Add a row per ingredient line under the header.', headerRow.line);

  const cell = (row: SheetRow, field: SheetField): string => {
    const column = columns[field];
    return column === undefined ? '' : (row.cells[column.index] ?? '').trim();
  };
  const numberCells = dataRows.flatMap((row) => (['quantity', 'pack', 'price', 'portions'] as const).map((field) => cell(row, field)));
  const sheet: Sheet = {
    cell,
    header: (field) => columns[field]?.header ?? field,
    mark: sheetDecimalMark(numberCells, delimiter),
    priceCurrency: columns.price === undefined ? undefined : currencyOf(headerNote(columns.price.header) ?? ''),
  };

  const drafts = new Map<string, RecipeDraft>();
  // Every row's problems, in the order of the file, whichever recipe they refuse.
  const problems: ImportProblem[] = [];
  for (const row of dataRows) {
    const rowProblems: ImportProblem[] = [];
    const report: Report = (message, fix) => rowProblems.push({ where: `${origin}:${row.line}`, message, fix });
    if (row.error !== undefined) report(`The row could not be read as CSV (${row.error.toLowerCase()}): a quote (") opens a cell and never closes it.`, 'Close the quote, or write a quote inside a cell as two quotes (""), and save the sheet again.');
    const extra = row.cells.slice(headers.length).filter((each) => each.trim() !== '');
    if (extra.length > 0) report(`The row has ${count(headers.length + extra.length, 'cell', 'cells')} with text where the header has ${headers.length}, so its cells do not line up with the columns.`, `Put a cell holding the delimiter (“${delimiter}”) in double quotes, or delete the stray cells.`);
    // A row whose cells cannot be trusted is not read further; its problem refuses its recipe.
    const aligned = rowProblems.length === 0;

    const name = oneLine(cell(row, 'recipe'));
    if (name === '') {
      const filled = (Object.keys(columns) as SheetField[]).filter((field) => field !== 'recipe' && cell(row, field) !== '');
      if (aligned && filled.length > 0) {
        report(
          `Column “${sheet.header('recipe')}” is empty, so this row (${filled.map((field) => `“${oneLine(cell(row, field))}”`).join(', ')}) belongs to no recipe.`,
          'Write the recipe’s name on every row of it (in the spreadsheet, fill the column down over the recipe’s rows).',
        );
      }
      problems.push(...rowProblems);
      continue;
    }
    // "Tomato sauce" and "tomato sauce " are one recipe: rows are gathered by the slug they would get.
    const key = slugify(name) || name.toLowerCase();
    let draft = drafts.get(key);
    if (!draft) {
      draft = { title: name, firstLine: row.line, ingredients: [], steps: [], notes: [], problemCount: 0 };
      drafts.set(key, draft);
    }
    if (aligned) {
      const inRecipe = `(in “${draft.title}”)`;
      const line = readLine(sheet, row, inRecipe, report);
      if (line) draft.ingredients.push(line);
      readRecipeCells(sheet, row, draft, inRecipe, report);
    }
    problems.push(...rowProblems);
    draft.problemCount += rowProblems.length;
  }

  const recipes: ImportedRecipe[] = [];
  const refusals: ImportProblem[] = [];
  for (const draft of drafts.values()) {
    const finished = finishRecipe(draft, `${origin}:${draft.firstLine}`, sheet);
    if ('message' in finished) refusals.push(finished);
    else recipes.push(finished);
  }
  return { recipes, problems: [...problems, ...refusals] };
}
