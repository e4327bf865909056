/**
 * Reads one Cooklang file (https://cooklang.org/docs/spec/: YAML front matter,
 * `== sections ==`, `> notes`, `@ingredients{qty%unit}(preparation)`, `#cookware{}`,
 * `~timers{}`, references to other recipes `@./sauce{}`, comments) into the
 * format-neutral ImportedRecipe. A file that cannot be read is an ImportProblem
 * naming the line, never an exception.
 *
 * The Cooklang is parsed by cooklang-rs, the reference parser, as @cooklang/cooklang
 * ships it compiled to WebAssembly; nothing here parses Cooklang itself. Its module is
 * instantiated here instead of through the package's entry point, which imports the
 * `.wasm` file as an ES module: Node 24 does that only with an "experimental" warning
 * on every run, and Node 22 (which the project supports) not at all.
 *
 * A file the binder exported (../export/to-cooklang.ts) is read back with that file's
 * conventions: `binder.lines` puts the lines back in the binder's order with their
 * slugs, groups, prepYield and mentionAs (in ImportedLine.binder); the "Mise en place"
 * step and each step's closing timer, which the export added, are not step text; a
 * step's temperature comes back as ImportedStep.temperature. What remains of `binder`
 * is `binderFields`: the recipe's own fields, `body` (the Markdown body) and, when any
 * step has them, `steps`, an array beside ImportedRecipe.steps of each step's other
 * fields (criticalLimit, station).
 */
/// <reference types="@cooklang/cooklang/pkg-types" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as cooklangWasm from '@cooklang/cooklang/pkg/cooklang_wasm_bg.js';
import type { Ingredient, Item, Parser, Quantity, ScaledRecipeWithReport, Timer } from '@cooklang/cooklang';
import { parseMdxFile } from '../binder/source-file.ts';
import type { ImportCredit, ImportedLine, ImportedRecipe, ImportedStep, ImportProblem, ReadResult, StepSegment } from '../domain/import/imported-recipe.ts';
import { BINDER_KEY, MISE_EN_PLACE } from '../export/to-cooklang.ts';

/** YAML between a first line `---` and the next, as Cooklang and the binder's MDX files both write it. */
const FRONT_MATTER = /^---[ \t]*\n(?:[\s\S]*?\n)?---[ \t]*(?:\n|$)/;

/** A recipe file is a few kilobytes; a bigger one is not one recipe. */
export const MAX_COOKLANG_BYTES = 256 * 1024;

/**
 * cooklang-rs's syntax extensions this reader turns on (bits of its `Extensions`). Its
 * `COMPAT` set, less three: inline quantities would cut "bake at 200 °C" out of the step
 * text, advanced units refuse timer units it does not know ("1 hr"), and modes are
 * directives no recipe needs. `TIMER_REQUIRES_TIME` stays off as upstream's COMPAT has
 * it: in 0.18.7 it crashes the WebAssembly on a `~` before a number ("4~6 °C").
 */
const EXTENSIONS =
  (1 << 1) | // modifiers: @&flour{} refers to an earlier flour, @?thyme is optional, @-salt hidden
  (1 << 3) | // alias: @flour|plain flour{}
  (1 << 9) | // ranges: @eggs{2-3}
  (1 << 11); // intermediate preparations: @&(~1)dough{}

const TIME_UNIT_MINUTES: Readonly<Record<string, number>> = {
  s: 1 / 60, sec: 1 / 60, secs: 1 / 60, second: 1 / 60, seconds: 1 / 60,
  m: 1, min: 1, mins: 1, minute: 1, minutes: 1,
  h: 60, hr: 60, hrs: 60, hour: 60, hours: 60,
  d: 1440, day: 1440, days: 1440,
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Json = Readonly<Record<string, unknown>>;

/** cooklang-rs's numbers, which its type declarations leave as `Number`. */
type CooklangNumber = { type: 'regular'; value: number } | { type: 'fraction'; value: { whole: number; num: number; den: number } };

export function readCooklang(text: string, origin: string): ReadResult {
  const refuse = (message: string, fix: string, line?: number): ReadResult => ({ recipes: [], problems: [{ where: line === undefined ? origin : `${origin}:${line}`, message, fix }] });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_COOKLANG_BYTES) return refuse(`is ${Math.ceil(bytes / 1024)} KB, over the ${MAX_COOKLANG_BYTES / 1024} KB a Cooklang recipe may be`, 'put each recipe in a file of its own');
  if (text.includes('\0')) return refuse('is not a text file', 'import the recipe’s .cook file, saved as plain text');
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (/^\s*(?:<|\{\s*"|\[\s*[{"])/.test(source)) return refuse('is HTML or JSON, not Cooklang', 'import a web page as .html and JSON-LD as .json; a .cook file holds Cooklang text');

  const frontMatter = frontMatterOf(source, origin);
  if ('problem' in frontMatter) return { recipes: [], problems: [frontMatter.problem] };
  const parsed = parse(source);
  if ('crash' in parsed) {
    return refuse(
      `could not be read: the Cooklang parser stopped (${parsed.crash})`,
      'check the amounts in braces on this line ({500%g}: a number, then % and a unit), and write a @, # or ~ meant as text as \\@, \\# or \\~',
      crashingLine(source),
    );
  }
  const error = diagnosticsOf(parsed.result.report).find((each) => each.severity === 'Error');
  if (error) return refuse(`is not valid Cooklang: ${error.message}`, error.fix, error.line);

  const { recipe } = parsed.result;
  // Keys of the old `>> key: value` syntax, which only the parser reads, under the front matter's.
  const metadata: Json = { ...(isObject(recipe.raw_metadata.map) ? recipe.raw_metadata.map : {}), ...frontMatter.data };
  const binder = metadata[BINDER_KEY];
  const problems: ImportProblem[] = [];
  if (binder !== undefined && !isObject(binder)) {
    problems.push({ where: `${origin}:${frontMatter.lineOf([BINDER_KEY])}`, message: `has a \`${BINDER_KEY}\` key that is not a map of fields, so it was ignored`, fix: `write \`${BINDER_KEY}:\` as fields (\`course: main\` …) or remove it` });
  }
  const binderFields = isObject(binder) ? binder : undefined;
  // Its lines are what makes a file the binder's export, written with the export's conventions.
  const read = readBody(parsed.result, parsed.modifiers, binderFields?.['lines'] !== undefined);
  if (read.lines.length === 0) return { recipes: [], problems: [...problems, { where: origin, message: 'has no ingredients', fix: 'mark each ingredient in the steps as @name{quantity%unit}, such as @flour{500%g} or @salt{}' }] };

  const recipeFromText: Mutable<ImportedRecipe> = {
    origin,
    ...(fileName(origin) !== '' && { slug: fileName(origin) }),
    title: stringOf(metadata['title']) ?? (fileName(origin) || origin),
    ingredients: read.lines,
    steps: read.steps,
    marksTimers: true,
    ...describedBy(metadata),
    ...(read.equipment.length > 0 && { equipment: read.equipment }),
    ...(read.notes.length > 0 && { notes: read.notes }),
  };
  if (!binderFields) return { recipes: [recipeFromText], problems };
  const restored = restoreBinderRecipe(recipeFromText, read, binderFields, origin, frontMatter.lineOf);
  return { recipes: [restored.recipe], problems: [...problems, ...restored.problems] };
}

// ---------------------------------------------------------------------------
// Parsing, by cooklang-rs.

let parserInstance: Parser | undefined;

/** The parser, its WebAssembly compiled on first use (a fraction of a second), so importing this file costs nothing. */
function cooklangParser(): Parser {
  if (parserInstance) return parserInstance;
  const wasmFile = createRequire(import.meta.url).resolve('@cooklang/cooklang/pkg/cooklang_wasm_bg.wasm');
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasmFile)), {
    './cooklang_wasm_bg.js': cooklangWasm as unknown as WebAssembly.ModuleImports,
  });
  cooklangWasm.__wbg_set_wasm(instance.exports);
  // The same class the package's entry point exports, whose declarations are the complete ones.
  const parser = new (cooklangWasm.Parser as unknown as typeof Parser)();
  parser.extensions = EXTENSIONS;
  parser.load_units = false;
  parserInstance = parser;
  return parser;
}

/**
 * The parsed recipe, and each ingredient's modifiers ("OPT", "REF | OPT"…), which the
 * parsed recipe leaves out and its syntax tree keeps, one per ingredient in the same order.
 */
function parse(source: string): { result: ScaledRecipeWithReport; modifiers: readonly string[] } | { crash: string } {
  let result: ScaledRecipeWithReport;
  try {
    result = cooklangParser().parse(source);
  } catch (error) {
    // A panic in the WebAssembly surfaces as a RuntimeError ("unreachable"); the next file still parses.
    return { crash: error instanceof Error ? error.message : String(error) };
  }
  const modifiers = modifiersOf(source);
  return { result, modifiers: modifiers.length === result.recipe.ingredients.length ? modifiers : [] };
}

/** The first line that stops the parser on its own, to point the user at it (the crash itself says nowhere). */
function crashingLine(source: string): number | undefined {
  const lines = source.split('\n');
  const index = lines.findIndex((line) => {
    if (line.trim() === '') return false;
    try {
      cooklangParser().parse(line);
      return false;
    } catch {
      return true;
    }
  });
  return index === -1 ? undefined : index + 1;
}

/** Each ingredient's modifiers, from the syntax tree; none when it cannot be had (then no line is optional). */
function modifiersOf(source: string): string[] {
  // The syntax tree of 0.18.7 panics on any front matter; the steps' ingredients do not need it.
  const steps = source.replace(FRONT_MATTER, (frontMatter) => frontMatter.replace(/[^\n]/g, ''));
  const modifiers: string[] = [];
  try {
    const ast = cooklangParser().parse_ast(steps, true);
    try {
      collectModifiers(JSON.parse(ast.value) as unknown, modifiers);
    } finally {
      ast.free();
    }
  } catch {
    return [];
  }
  return modifiers;
}

function collectModifiers(node: unknown, into: string[]): void {
  if (Array.isArray(node)) {
    for (const each of node) collectModifiers(each, into);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'Ingredient' && isObject(value) && isObject(value['inner'])) {
      const modifiers = value['inner']['modifiers'];
      into.push(isObject(modifiers) && typeof modifiers['inner'] === 'string' ? modifiers['inner'] : '');
    }
    collectModifiers(value, into);
  }
}

interface Diagnostic {
  readonly severity: 'Error' | 'Warning';
  readonly message: string;
  readonly line?: number;
  readonly fix: string;
}

/** The parser's report (text coloured as HTML for its playground) as diagnostics with their lines. */
function diagnosticsOf(report: string): Diagnostic[] {
  const plain = report
    .replace(/<[^>]*>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return plain
    .split(/^(?=(?:Error|Warning): )/m)
    .filter((block) => /^(?:Error|Warning): /.test(block))
    .map((block) => {
      const [, severity = 'Error', message = ''] = /^(Error|Warning): (.*)$/m.exec(block) ?? [];
      const line = /^\s*(\d+)\s*│/m.exec(block)?.[1];
      const label = /╰─+\s*(\S.*)$/m.exec(block)?.[1]?.trim();
      const help = /^Help: (.*)$/m.exec(block)?.[1]?.trim();
      return {
        severity: severity === 'Warning' ? 'Warning' : 'Error',
        message: label ? `${message.trim()} (${label})` : message.trim(),
        ...(line !== undefined && { line: Number(line) }),
        fix: help ? `correct this line — ${help.charAt(0).toLowerCase()}${help.slice(1)}` : 'correct the Cooklang on this line: ingredients are @name{quantity%unit}, cookware #name{}, timers ~{10%minutes}',
      };
    });
}

/** The front matter's fields, with a way to a field's line; a YAML error refuses the file, at its line. */
function frontMatterOf(source: string, origin: string): { data: Json; lineOf(path: readonly string[]): number } | { problem: ImportProblem } {
  if (!/^---[ \t]*\n/.test(source)) return { data: {}, lineOf: () => 1 };
  if (!FRONT_MATTER.test(source)) return { problem: { where: `${origin}:1`, message: 'has front matter that never ends', fix: 'end the front matter with a line `---` before the steps' } };
  const file = parseMdxFile(origin, source);
  const [syntaxError] = file.syntaxErrors;
  if (syntaxError) return { problem: { where: `${origin}:${syntaxError.line}`, message: `has front matter that ${syntaxError.message}`, fix: syntaxError.fix } };
  if (file.data !== null && file.data !== undefined && !isObject(file.data)) {
    return { problem: { where: `${origin}:2`, message: 'has front matter that is not a list of `key: value` fields', fix: 'write the front matter as fields, one per line: `title: Pizza dough`' } };
  }
  return { data: isObject(file.data) ? file.data : {}, lineOf: (path) => file.lineOf(path) };
}

// ---------------------------------------------------------------------------
// The steps and the ingredient lines.

/** What the Cooklang text says, in its own order: lines in the order the text defines them. */
interface ReadBody {
  readonly lines: ImportedLine[];
  readonly steps: ImportedStep[];
  readonly notes: string[];
  readonly equipment: string[];
}

/**
 * Lines and steps from the parsed recipe. A Cooklang `@&name{}` reference is the line it
 * refers to; so is, in a file written by hand, a bare later `@salt` (no amount, no note)
 * after a `@salt` earlier, which Cooklang counts as a second salt and a cook means as
 * the same one. A file the binder exported uses `@&` for that, so it is read as written;
 * the timer it writes at a step's end is the step's `timerMinutes`, not words of the step.
 */
function readBody(result: ScaledRecipeWithReport, modifiers: readonly string[], exported: boolean): ReadBody {
  const { recipe } = result;
  const sectionOfIngredient = new Map<number, string>();
  for (const section of recipe.sections) {
    for (const content of section.content) {
      if (content.type !== 'step' || section.name === null) continue;
      for (const item of content.value.items) if (item.type === 'ingredient') sectionOfIngredient.set(item.index, section.name);
    }
  }
  const lines: Mutable<ImportedLine>[] = [];
  const lineOfIngredient = new Map<number, number>();
  const lastLineNamed = new Map<string, number>();
  recipe.ingredients.forEach((ingredient, index) => {
    const relation = ingredient.relation.relation;
    if (relation.type === 'reference') {
      const target = ingredient.relation.reference_target === 'ingredient' ? lineOfIngredient.get(relation.references_to) : undefined;
      // A reference to an earlier step's result ("the dough") names no line: its words stay text.
      if (target !== undefined) {
        lineOfIngredient.set(index, target);
        addAmount(lines[target], ingredient.quantity);
      }
      return;
    }
    const earlier = lastLineNamed.get(ingredient.name);
    if (!exported && earlier !== undefined && ingredient.quantity === null && ingredient.note === null && ingredient.reference === null) {
      lineOfIngredient.set(index, earlier);
      return;
    }
    lineOfIngredient.set(index, lines.length);
    lastLineNamed.set(ingredient.name, lines.length);
    lines.push(lineOf(ingredient, modifiers[index] ?? '', sectionOfIngredient.get(index)));
  });

  const steps: ImportedStep[] = [];
  const notes: string[] = [];
  for (const section of recipe.sections) {
    for (const content of section.content) {
      if (content.type === 'text') {
        if (content.value.trim() !== '') notes.push(content.value.trim());
        continue;
      }
      const { items } = content.value;
      const timerMinutes = items.flatMap((item) => (item.type === 'timer' ? [timerMinutesOf(recipe.timers[item.index])] : [])).find((minutes) => minutes !== undefined);
      const words = exported ? withoutClosingTimer(items) : items;
      const segments = segmentsOf(words, recipe.ingredients, lineOfIngredient, recipe.cookware, recipe.timers);
      steps.push({ segments, ...(section.name !== null && { section: section.name }), ...(timerMinutes !== undefined && { timerMinutes }) });
    }
  }
  const equipment = [...new Set(recipe.cookware.filter((cookware) => cookware.relation.type === 'definition').map((cookware) => cookware.alias ?? cookware.name))];
  return { lines, steps, notes, equipment };
}

/** A step's items without a timer that ends it, and the space before it. */
function withoutClosingTimer(items: readonly Item[]): readonly Item[] {
  const end = items.findLastIndex((item) => item.type !== 'text' || item.value.trim() !== '');
  if (items[end]?.type !== 'timer') return items;
  const before = items.slice(0, end);
  const last = before.at(-1);
  return last?.type === 'text' ? [...before.slice(0, -1), { type: 'text', value: last.value.trimEnd() }] : before;
}

function lineOf(ingredient: Ingredient, modifiers: string, section: string | undefined): Mutable<ImportedLine> {
  const recipe = ingredient.reference?.name;
  // The name lists it; an alias (`@flour|plain flour{}`) is only how a step words it.
  const name = ingredient.name;
  const amount = amountOf(ingredient.quantity);
  const optional = /\bOPT\b/.test(modifiers);
  const path = ingredient.reference ? `${ingredient.reference.components.join('/')}/${ingredient.reference.name}` : ingredient.name;
  return {
    raw: `@${optional ? '?' : ''}${path}${ingredient.alias ? `|${ingredient.alias}` : ''}{${quantityText(ingredient.quantity)}}${ingredient.note !== null ? `(${ingredient.note})` : ''}`,
    ...amount,
    name,
    ...(ingredient.note !== null && ingredient.note.trim() !== '' && { preparation: ingredient.note.trim() }),
    ...(section !== undefined && { group: section }),
    ...(optional && { optional: true }),
    ...(recipe !== undefined && { recipe }),
  };
}

/** A reference's own amount (`@&flour{300%g}` after `@flour{200%g}`) adds to its line's. */
function addAmount(line: Mutable<ImportedLine> | undefined, quantity: Quantity | null): void {
  if (!line || quantity === null) return;
  const more = amountOf(quantity);
  if (more.quantity !== undefined && (line.quantity === undefined || line.unit === more.unit) && more.quantityMax === undefined && line.quantityMax === undefined) {
    line.quantity = (line.quantity ?? 0) + more.quantity;
    if (more.unit !== undefined) line.unit = more.unit;
  } else {
    line.note = [line.note, `and ${quantityText(quantity).replace('%', ' ')}`].filter(Boolean).join(' ');
  }
}

function amountOf(quantity: Quantity | null): Pick<Mutable<ImportedLine>, 'quantity' | 'quantityMax' | 'unit' | 'note'> {
  if (quantity === null) return {};
  const unit = quantity.unit !== null && quantity.unit.trim() !== '' ? { unit: quantity.unit.trim() } : {};
  const value = quantity.value;
  if (value.type === 'number') return { quantity: numberOf(value.value as unknown as CooklangNumber), ...unit };
  if (value.type === 'range') {
    const range = value.value as unknown as { start: CooklangNumber; end: CooklangNumber };
    return { quantity: numberOf(range.start), quantityMax: numberOf(range.end), ...unit };
  }
  // A text amount ("a pinch") is no number: it is kept in the words.
  return value.value.trim() === '' ? unit : { note: [value.value.trim(), quantity.unit].filter(Boolean).join(' ') };
}

function numberOf(number: CooklangNumber): number {
  return number.type === 'regular' ? number.value : number.value.whole + number.value.num / number.value.den;
}

/** The amount as Cooklang writes it between braces, for a line's raw text. */
function quantityText(quantity: Quantity | null): string {
  if (quantity === null) return '';
  const value = quantity.value;
  const amount =
    value.type === 'text'
      ? value.value
      : value.type === 'range'
        ? `${numberOf((value.value as unknown as { start: CooklangNumber }).start)}-${numberOf((value.value as unknown as { end: CooklangNumber }).end)}`
        : String(numberOf(value.value as unknown as CooklangNumber));
  return quantity.unit !== null ? `${amount}%${quantity.unit}` : amount;
}

function segmentsOf(
  items: readonly Item[],
  ingredients: readonly Ingredient[],
  lineOfIngredient: ReadonlyMap<number, number>,
  cookware: ScaledRecipeWithReport['recipe']['cookware'],
  timers: readonly Timer[],
): StepSegment[] {
  const segments: StepSegment[] = [];
  const addText = (text: string) => {
    const last = segments.at(-1);
    if (typeof last === 'string') segments[segments.length - 1] = last + text;
    else if (text !== '') segments.push(text);
  };
  for (const item of items) {
    if (item.type === 'text') addText(item.value);
    else if (item.type === 'ingredient') {
      const ingredient = ingredients[item.index];
      const line = lineOfIngredient.get(item.index);
      const text = ingredient ? (ingredient.alias ?? ingredient.name) : '';
      if (line === undefined) addText(text);
      else segments.push({ line, text });
    } else if (item.type === 'cookware') {
      const each = cookware[item.index];
      addText(each ? (each.alias ?? each.name) : '');
    } else if (item.type === 'timer') {
      const timer = timers[item.index];
      addText(timer?.quantity ? quantityText(timer.quantity).replace('%', ' ') : (timer?.name ?? ''));
    }
  }
  // A comment at a step's end leaves the space before it.
  const first = segments[0];
  if (typeof first === 'string') segments[0] = first.trimStart();
  const last = segments.at(-1);
  if (typeof last === 'string') segments[segments.length - 1] = last.trimEnd();
  return segments.filter((segment) => segment !== '');
}

function timerMinutesOf(timer: Timer | undefined): number | undefined {
  const quantity = timer?.quantity;
  if (!quantity || quantity.value.type === 'text' || quantity.unit === null) return undefined;
  const factor = TIME_UNIT_MINUTES[quantity.unit.trim().toLowerCase().replace(/\.$/, '')];
  if (factor === undefined) return undefined;
  const value = quantity.value.type === 'range' ? (quantity.value.value as unknown as { start: CooklangNumber }).start : (quantity.value.value as unknown as CooklangNumber);
  const minutes = numberOf(value) * factor;
  return minutes > 0 ? minutes : undefined;
}

// ---------------------------------------------------------------------------
// The front matter's standard keys.

function describedBy(metadata: Json): Partial<Mutable<ImportedRecipe>> {
  const time = metadata['time'];
  const timeParts = isObject(time) ? time : {};
  const prepMinutes = minutesOf(timeParts['prep'] ?? metadata['prep time'] ?? metadata['prep_time']);
  const cookMinutes = minutesOf(timeParts['cook'] ?? metadata['cook time'] ?? metadata['cook_time']);
  const totalMinutes = minutesOf(isObject(time) ? timeParts['total'] : (time ?? metadata['total time'] ?? metadata['duration']));
  const servings = metadata['servings'] ?? metadata['serves'] ?? metadata['yield'];
  const yieldText = typeof servings === 'number' ? String(servings) : stringOf(servings);
  const portions = yieldText !== undefined ? /^(\d+)(?:\s+(?:servings?|portions?|people|persons?))?$/i.exec(yieldText)?.[1] : undefined;
  const language = stringOf(metadata['locale'])?.replace(/_/g, '-');
  const categories = [...listOf(metadata['course']), ...listOf(metadata['category']), ...listOf(metadata['tags'])];
  const image = listOf(metadata['image'] ?? metadata['images'] ?? metadata['picture'])[0];
  const credit = creditOf(metadata);
  const summary = stringOf(metadata['description']) ?? stringOf(metadata['introduction']);
  return {
    ...(summary !== undefined && { summary }),
    ...(language !== undefined && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(language) && { language }),
    ...(yieldText !== undefined && { yieldText }),
    ...(portions !== undefined && Number(portions) > 0 && { portions: Number(portions) }),
    ...(prepMinutes !== undefined && { prepMinutes }),
    ...(cookMinutes !== undefined && { cookMinutes }),
    ...(totalMinutes !== undefined && { totalMinutes }),
    ...(categories.length > 0 && { categories: [...new Set(categories)] }),
    ...(image !== undefined && { image }),
    ...(credit && { credit }),
  };
}

/** Minutes from a number (Cooklang's unit for times) or words: "1 hour 10 minutes", "90 min", "1.5 h", "PT1H30M". */
function minutesOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim().toLowerCase();
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  const iso = /^p(?:(\d+(?:\.\d+)?)d)?(?:t(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?)?$/.exec(text);
  if (iso && text !== 'p' && text !== 'pt') return Number(iso[1] ?? 0) * 1440 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0) + Number(iso[4] ?? 0) / 60;
  let minutes: number | undefined;
  let rest = text;
  for (const match of text.matchAll(/(\d+(?:[.,]\d+)?)\s*([a-z]+)\.?/g)) {
    const factor = TIME_UNIT_MINUTES[match[2] ?? ''];
    if (factor === undefined) return undefined;
    minutes = (minutes ?? 0) + Number((match[1] ?? '0').replace(',', '.')) * factor;
    rest = rest.replace(match[0], '');
  }
  // Anything but the amounts and "and" between them ("about an hour") is not a time this can read.
  return rest.replace(/\band\b|[\s,]/g, '') === '' ? minutes : undefined;
}

function creditOf(metadata: Json): ImportCredit | undefined {
  const source = metadata['source'];
  const author = metadata['author'];
  const sourceUrl = isObject(source) ? stringOf(source['url']) : isHttpUrl(stringOf(source)) ? stringOf(source) : undefined;
  const publisher = isObject(source) ? stringOf(source['name']) : isHttpUrl(stringOf(source)) ? undefined : stringOf(source);
  const authorName = isObject(author) ? stringOf(author['name']) : stringOf(author);
  const authorUrl = isObject(author) ? stringOf(author['url']) : undefined;
  const licence = stringOf(metadata['licence']) ?? stringOf(metadata['license']);
  // Only a web address is a link to credit: a file path or a `javascript:` one is not.
  const url = [sourceUrl, authorUrl].find(isHttpUrl);
  const credit = {
    ...(url !== undefined && { url }),
    ...(authorName !== undefined && { author: authorName }),
    ...(licence !== undefined && { licence }),
    ...(publisher !== undefined && { publisher }),
  };
  return Object.keys(credit).length > 0 ? credit : undefined;
}

// ---------------------------------------------------------------------------
// A file the binder exported: its `binder:` key.

interface Restored {
  readonly recipe: ImportedRecipe;
  readonly problems: ImportProblem[];
}

function restoreBinderRecipe(recipe: Mutable<ImportedRecipe>, read: ReadBody, binder: Json, origin: string, lineOf: (path: readonly string[]) => number): Restored {
  const problems: ImportProblem[] = [];
  const where = (path: readonly string[]) => `${origin}:${lineOf([BINDER_KEY, ...path])}`;
  const { lines: lineEntries, steps: stepEntries, miseEnPlace, ...fields } = binder;

  // The export's first step lists the lines no step mentions; it is not one of the recipe's.
  let steps = miseEnPlace === true && startsWithMiseEnPlace(read.steps[0]) ? read.steps.slice(1) : read.steps;

  // A binder map written by hand, without lines, leaves the lines as the text has them.
  const order = lineEntries === undefined ? undefined : lineOrder(lineEntries, read.lines);
  let lines = read.lines;
  if (order !== undefined && 'problem' in order) {
    problems.push({ where: where(['lines']), message: order.problem, fix: 'the lines were read from the Cooklang text alone — check each line’s ingredient in the report, or export the recipe again instead of editing its ingredients' });
  } else if (order !== undefined) {
    const positionOf = new Map(order.textIndexes.map((textIndex, position) => [textIndex, position]));
    lines = order.textIndexes.map((textIndex, position) => withBinderFields(read.lines[textIndex]!, order.entries[position]!));
    steps = steps.map((step) => ({ ...step, segments: step.segments.map((segment) => (typeof segment === 'string' ? segment : { ...segment, line: positionOf.get(segment.line) ?? segment.line })) }));
  }

  let stepFields: Json[] | undefined;
  if (stepEntries !== undefined) {
    if (!Array.isArray(stepEntries) || stepEntries.length !== steps.length || !stepEntries.every(isObject)) {
      problems.push({ where: where(['steps']), message: `has \`${BINDER_KEY}.steps\` that does not match the ${steps.length} steps of the text, so each step’s temperature, station and critical limit were left out`, fix: 'add those to the steps after the import, or export the recipe again' });
    } else {
      const linesRestored = order !== undefined && !('problem' in order);
      const restoredSteps = steps.map((step, index) => restoreStep(step, stepEntries[index] as Json, lines.length, linesRestored));
      steps = restoredSteps.map((each) => each.step);
      stepFields = restoredSteps.map((each) => each.fields);
    }
  }
  return {
    recipe: {
      ...recipe,
      ingredients: lines,
      steps,
      binderFields: { ...fields, ...(stepFields?.some((each) => Object.keys(each).length > 0) && { steps: stepFields }) },
    },
    problems,
  };
}

function startsWithMiseEnPlace(step: ImportedStep | undefined): boolean {
  const first = step?.segments[0];
  return typeof first === 'string' && first.trimStart().startsWith(MISE_EN_PLACE);
}

/**
 * Which line of the text each `binder.lines` entry is (its `definition`), or why the
 * entries cannot be trusted: a count, a number or a name that no longer matches means
 * the text was edited, and a slug must never be put on an ingredient it does not name.
 */
function lineOrder(entries: unknown, lines: readonly ImportedLine[]): { textIndexes: number[]; entries: Json[] } | { problem: string } {
  const notMatching = `has \`${BINDER_KEY}.lines\` that no longer match the ingredients of the text`;
  if (!Array.isArray(entries) || !entries.every(isObject)) return { problem: `has \`${BINDER_KEY}.lines\` that is not a list of lines` };
  if (entries.length !== lines.length) return { problem: `${notMatching} (${entries.length} lines for ${lines.length} ingredients)` };
  const textIndexes: number[] = [];
  for (const entry of entries) {
    const definition = entry['definition'];
    const textIndex = typeof definition === 'number' && Number.isInteger(definition) ? definition - 1 : -1;
    const line = lines[textIndex];
    if (!line || textIndexes.includes(textIndex)) return { problem: `${notMatching} (\`definition: ${String(definition)}\`)` };
    const namedAs = typeof entry['recipe'] === 'string' ? entry['recipe'] : entry['name'];
    const textName = line.recipe ?? line.name;
    if (namedAs !== textName) return { problem: `${notMatching} (\`${String(namedAs)}\` is \`${textName}\` in the text)` };
    textIndexes.push(textIndex);
  }
  return { textIndexes, entries };
}

function withBinderFields(line: ImportedLine, entry: Json): ImportedLine {
  const { definition: _definition, name: _name, group, ...carried } = entry;
  const { group: _section, ...fromText } = line;
  return { ...fromText, ...(typeof group === 'string' && { group }), ...(Object.keys(carried).length > 0 && { binder: carried }) };
}

/** A step with what `binder.steps` gives it, and the fields left for binderFields. */
function restoreStep(step: ImportedStep, entry: Json, lineCount: number, linesRestored: boolean): { step: ImportedStep; fields: Json } {
  const { temperature, mentions, ...fields } = entry;
  let segments = step.segments;
  const mentioned = segments.filter((segment) => typeof segment !== 'string').length;
  // Where Cooklang's name lookup would pick another line of the same name, the export said which line.
  if (linesRestored && Array.isArray(mentions) && mentions.length === mentioned && mentions.every((each) => Number.isInteger(each) && each >= 1 && each <= lineCount)) {
    let next = 0;
    segments = segments.map((segment) => (typeof segment === 'string' ? segment : { ...segment, line: (mentions[next++] as number) - 1 }));
  }
  const temperatureValue = temperatureOf(temperature);
  return {
    step: { ...step, segments, ...(temperatureValue && { temperature: temperatureValue }) },
    fields: temperature !== undefined && !temperatureValue ? { ...fields, temperature } : fields,
  };
}

// ---------------------------------------------------------------------------
// Small readers of YAML values.

function temperatureOf(value: unknown): ImportedStep['temperature'] {
  if (!isObject(value) || typeof value['value'] !== 'number') return undefined;
  const unit = value['unit'];
  return unit === 'C' || unit === 'F' ? { value: value['value'], unit } : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A list field written as a YAML list or as words between commas. */
function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((each) => (stringOf(each) !== undefined ? [stringOf(each)!] : []));
  return (stringOf(value) ?? '').split(',').map((each) => each.trim()).filter((each) => each !== '');
}

function isHttpUrl(value: string | undefined): value is string {
  if (value === undefined) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The file's name without its folder or extension, which Cooklang makes the recipe's name and references use. */
function fileName(origin: string): string {
  const last = origin.replace(/[?#].*$/, '').split(/[\\/]/).pop() ?? '';
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A name that is not valid percent-encoding is used as it is.
  }
  return decoded.replace(/\.cook$/i, '');
}
