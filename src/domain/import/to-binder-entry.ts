/**
 * An imported recipe mapped onto the binder: its lines matched to the catalogue (or new
 * ingredients proposed, their allergens left for a person to confirm), units onto the
 * binder's, ingredient names in the steps turned into mentions of their lines, each
 * step's temperature and timer read into its fields, the yield and times taken over,
 * and the source credited. What the source does not say and the binder needs (a
 * station, a course, a yield it can cost) is not invented: it is left for the check to
 * name and listed in the report as needing a person.
 */
import { escapeRegex } from 'parse-ingredient';
import type { z } from 'astro/zod';
import { AllergensToConfirmSchema, IngredientSchema, PackPriceSchema } from '../../schemas/ingredient.ts';
import { IngredientLineSchema, RecipeSchema, RecipeStepSchema, type Course, type IngredientLine } from '../../schemas/recipe.ts';
import { RecipeSourceSchema, type RecipeSource } from '../../schemas/source.ts';
import { storageLimit } from '../food-code.ts';
import { slugify } from '../slug.ts';
import { UNITS } from '../units.ts';
import { binderUnit, unitIdOf } from './binder-unit.ts';
import type { Catalogue, CatalogueMatch } from './catalogue-match.ts';
import { courseOf } from './course-words.ts';
import type { ImportedLine, ImportedRecipe } from './imported-recipe.ts';
import { stepFacts } from './step-facts.ts';
import { suggestAllergens, suggestCategory, suggestStorageZone } from './suggest-allergens.ts';

/** What the mapping needs to know about the binder and the run. */
export interface MappingContext {
  readonly catalogue: Catalogue;
  /** Slugs already taken in the binder, per collection. */
  readonly taken: { readonly recipes: ReadonlySet<string>; readonly ingredients: ReadonlySet<string> };
  /** The recipes of this run by the slug their source suggests (a Cooklang file name), for references between them. */
  readonly batch: ReadonlyMap<string, string>;
  /** New ingredients proposed so far in this run, shared so two recipes naming "buttermilk" get one. */
  readonly newIngredients: NewIngredients;
  readonly options: MappingOptions;
  /** The day of the import (YYYY-MM-DD): when a spreadsheet's prices were seen. */
  readonly today: string;
}

export interface MappingOptions {
  /** `--as`: the slug to write the recipe under. */
  readonly slug?: string;
  readonly course?: Course;
  /** `--station`: the station that makes it. */
  readonly station?: string;
}

/** How one ingredient line was matched, for the report. */
export interface LineMatch {
  readonly raw: string;
  /** What it became: an existing entry, a new ingredient of this run, or nothing (it was refused). */
  readonly to: { readonly collection: 'ingredients' | 'recipes'; readonly id: string; readonly isNew: boolean };
  readonly confidence: number | undefined;
  readonly by: CatalogueMatch['by'] | 'reference' | 'new';
  /** The nearest entries, when no match was good enough (a person may prefer one). */
  readonly candidates: readonly CatalogueMatch[];
}

/** A field a person has to fill or confirm before the entry is right, and why. */
export interface ToConfirm {
  /** The field path in the entry's file (`stations`, `ingredients.3.unit`). */
  readonly field: string;
  readonly why: string;
}

export interface MappedRecipe {
  readonly origin: string;
  readonly slug: string;
  /** The recipe's frontmatter. */
  readonly data: Record<string, unknown>;
  /** Notes from the source, as plain text paragraphs (escaped when written). */
  readonly bodyParagraphs: readonly string[];
  /** The Markdown body a binder's own export carries, written as it is (and checked by the gate like any body). */
  readonly body?: string;
  readonly lines: readonly LineMatch[];
  readonly toConfirm: readonly ToConfirm[];
  readonly warnings: readonly string[];
}

/** A new catalogue ingredient proposed by the import. */
export interface NewIngredient {
  readonly id: string;
  readonly data: Record<string, unknown>;
  readonly toConfirm: readonly ToConfirm[];
}

/** The run's new ingredients, one per name. */
export class NewIngredients {
  readonly #byName = new Map<string, NewIngredient>();
  readonly #taken: ReadonlySet<string>;

  constructor(taken: ReadonlySet<string>) {
    this.#taken = taken;
  }

  get all(): readonly NewIngredient[] {
    return [...this.#byName.values()];
  }

  /** The ingredient for `name`, proposed the first time it is seen. */
  propose(line: ImportedLine, language: string | undefined, today: string): NewIngredient {
    const key = slugify(line.name) || 'ingredient';
    const known = this.#byName.get(key);
    if (known) return known;
    const ids = new Set([...this.#taken, ...[...this.#byName.values()].map((each) => each.id)]);
    let id = key;
    for (let n = 2; ids.has(id); n += 1) id = `${key}-${n}`;
    const category = suggestCategory(line.name, language);
    const zone = suggestStorageZone(category);
    // A cold zone needs its limit (FDA Food Code): suggested as the limit itself, confirmed with the zone.
    const limit = zone ? storageLimit(zone) : null;
    const cost = costOf(line, today);
    const toConfirm: ToConfirm[] = [{ field: 'allergensToConfirm', why: 'a new ingredient: a person must confirm its allergens from the label or the supplier’s spec' }];
    if (!category) toConfirm.push({ field: 'category', why: 'no purchasing category could be told from its name' });
    if (!zone) toConfirm.push({ field: 'storage', why: 'no storage zone could be told from its name' });
    else toConfirm.push({ field: 'storage.zone', why: `suggested from its category (${zone}${limit ? `, at ${limit.celsius} °C` : ''}); confirm where it is kept` });
    const data: Record<string, unknown> = {
      name: shortened(capitalised(line.name), INGREDIENT_NAME_MAX),
      ...(category && { category }),
      allergensToConfirm: { suggested: suggestAllergens(line.name, language), from: shortened(line.raw, maxLengthOf(AllergensToConfirmSchema.shape.from)) },
      ...(zone && { storage: { zone, ...(limit && { temperature: { value: limit.celsius, unit: 'C' } }) } }),
      ...(cost && { cost }),
    };
    const proposed = { id, data, toConfirm };
    this.#byName.set(key, proposed);
    return proposed;
  }
}

/** The fields a step holds besides its text. */
const STEP_FIELDS = Object.keys(RecipeStepSchema.shape).filter((key) => key !== 'text');

/** The longest text each field takes, read from its schema: longer imported words are shortened (a step is split) to fit. */
const STEP_MAX = maxLengthOf(RecipeStepSchema.shape.text);
const TITLE_MAX = maxLengthOf(RecipeSchema.shape.title);
const SUMMARY_MAX = maxLengthOf(RecipeSchema.shape.summary);
const GROUP_MAX = maxLengthOf(IngredientLineSchema.shape.group);
const PREPARATION_MAX = maxLengthOf(IngredientLineSchema.shape.preparation);
const INGREDIENT_NAME_MAX = maxLengthOf(IngredientSchema.shape.name);

function maxLengthOf(schema: z.ZodType): number {
  const text = 'unwrap' in schema && typeof schema.unwrap === 'function' ? (schema.unwrap() as z.ZodType) : schema;
  const max = (text as z.ZodString).maxLength;
  if (max === null || max === undefined) throw new Error('a text field without a maximum length: the import cannot fit words to it');
  return max;
}

/** The slug an imported recipe is written under: the one given, else its source's (a Cooklang file name), else its title's. */
export function importSlug(recipe: ImportedRecipe, given?: string): string {
  return given ?? (slugify(recipe.slug ?? '') || slugify(recipe.title));
}

export function toBinderEntry(recipe: ImportedRecipe, context: MappingContext): MappedRecipe {
  const toConfirm: ToConfirm[] = [];
  const warnings: string[] = [];
  const language = recipe.language;
  const slug = importSlug(recipe, context.options.slug);
  const lines: IngredientLine[] = [];
  const matches: LineMatch[] = [];
  const spoken: string[] = [];
  recipe.ingredients.forEach((source, index) => {
    const { line, match, confirm, name } = mapLine(source, index, context, language);
    lines.push(line);
    matches.push(match);
    spoken.push(name);
    toConfirm.push(...confirm);
  });
  giveDuplicatesMentionNames(lines);
  const steps = mapSteps({ ...recipe, ingredients: recipe.ingredients.map((line, index) => ({ ...line, name: spoken[index]! })) }, lines, warnings);
  const binder = recipe.binderFields ?? {};
  const course = context.options.course ?? (binder['course'] as Course | undefined) ?? courseOf(recipe.categories ?? []);
  if (!course) toConfirm.push({ field: 'course', why: 'the source files it under no course the binder knows — pass `--course main` (or starter, dessert…) or write it' });
  const category = (recipe.categories ?? []).find((each) => each.length <= maxLengthOf(RecipeSchema.shape.category));
  if (!category && binder['category'] === undefined) toConfirm.push({ field: 'category', why: 'the source gives no category — write one ("Pasta", "Sauces")' });
  const stations = context.options.station ? [context.options.station] : undefined;
  if (!stations && binder['stations'] === undefined) toConfirm.push({ field: 'stations', why: 'the source cannot say which station makes it — pass `--station <slug>` or write it' });
  const recipeYield = yieldOf(recipe, toConfirm);
  const title = shortened(recipe.title, TITLE_MAX);
  if (title !== recipe.title) toConfirm.push({ field: 'title', why: `shortened to ${TITLE_MAX} characters from "${recipe.title}"` });
  const summary = recipe.summary ? shortened(recipe.summary, SUMMARY_MAX) : undefined;
  if (!summary) toConfirm.push({ field: 'summary', why: 'the source has no description — write one or two sentences a cook reads first' });
  const bodyParagraphs = [...(summary && summary !== recipe.summary ? [recipe.summary!] : []), ...(recipe.notes ?? [])];
  const source = sourceOf(recipe);
  if (!source?.licence) {
    warnings.push(
      `${recipe.credit?.url ?? recipe.origin} gives no licence: its ingredients and quantities are facts anyone may use, but its words and photos are its author’s — rewrite the method in your own words or ask ${recipe.credit?.author ?? 'the author'} before publishing it`,
    );
  }
  if (recipe.image) warnings.push(`the source's image (${recipe.image}) was not copied: if you may use it, import again with --image <its address or file>, or add a photo of your own`);
  if (recipe.equipment && recipe.equipment.length > 0) warnings.push(`the source names cookware (${recipe.equipment.join(', ')}): add the binder's equipment with \`equipment:\` where it matters`);
  const data: Record<string, unknown> = {
    title,
    ...(summary && { summary }),
    ...(course && { course }),
    ...(category && { category }),
    ...(stations && { stations }),
    ...(recipeYield && { yield: recipeYield }),
    ...(recipe.prepMinutes !== undefined && { prepMinutes: recipe.prepMinutes }),
    ...(recipe.cookMinutes !== undefined && { cookMinutes: recipe.cookMinutes }),
    ingredients: lines,
    steps,
    ...(source && { source }),
    ...withoutLists(binder),
  };
  if (steps.length === 0) toConfirm.push({ field: 'steps', why: 'the source has no method — write the steps' });
  const body = typeof binder['body'] === 'string' ? binder['body'] : undefined;
  return { origin: recipe.origin, slug, data, bodyParagraphs, ...(body !== undefined && { body }), lines: matches, toConfirm, warnings };
}

/** Binder fields a file carries as they are, except the lists this mapping builds from the source and the export's own bookkeeping. */
function withoutLists(binder: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { ingredients: _lines, steps: _steps, lines: _carriedLines, body: _body, miseEnPlace: _miseEnPlace, ...rest } = binder;
  return rest;
}

/** A step's fields the source carries as they are (a binder's Cooklang export: `binder.steps`, aligned with the steps). */
function carriedStep(binder: Readonly<Record<string, unknown>> | undefined, index: number): Record<string, unknown> {
  const steps = binder?.['steps'];
  const step = Array.isArray(steps) ? steps[index] : undefined;
  if (step === null || typeof step !== 'object') return {};
  // Only a step's own fields: the text is the source's, and the export's bookkeeping (`mentions`) is not a field.
  return Object.fromEntries(Object.entries(step).filter(([key]) => STEP_FIELDS.includes(key)));
}

/** One line onto the binder; `name` is what the steps call it (the source's name, with its brackets when they are part of it). */
function mapLine(source: ImportedLine, index: number, context: MappingContext, language: string | undefined): { line: IngredientLine; match: LineMatch; confirm: ToConfirm[]; name: string } {
  const confirm: ToConfirm[] = [];
  const field = (name: string) => `ingredients.${index}.${name}`;
  const carried = source.binder ?? {};
  let target: LineMatch['to'];
  let confidence: number | undefined;
  let by: LineMatch['by'];
  let candidates: readonly CatalogueMatch[] = [];
  let noteIsName = false;
  const carriedIngredient = typeof carried['ingredient'] === 'string' ? carried['ingredient'] : undefined;
  const carriedRecipe = typeof carried['recipe'] === 'string' ? carried['recipe'] : undefined;
  const reference = source.recipe !== undefined ? (context.batch.get(source.recipe) ?? (context.taken.recipes.has(source.recipe) ? source.recipe : undefined)) : undefined;
  if (carriedIngredient && context.taken.ingredients.has(carriedIngredient)) {
    target = { collection: 'ingredients', id: carriedIngredient, isNew: false };
    [confidence, by] = [1, 'id'];
  } else if (carriedRecipe && (context.taken.recipes.has(carriedRecipe) || [...context.batch.values()].includes(carriedRecipe))) {
    target = { collection: 'recipes', id: carriedRecipe, isNew: false };
    [confidence, by] = [1, 'id'];
  } else if (reference) {
    target = { collection: 'recipes', id: reference, isNew: false };
    [confidence, by] = [1, 'reference'];
  } else {
    // "Mozzarella (fior di latte)": what is in brackets may be part of the name.
    const withNote = source.note ? context.catalogue.match(`${source.name} (${source.note})`, language) : undefined;
    const result = withNote?.best ? withNote : context.catalogue.match(source.name, language);
    if (withNote?.best) noteIsName = true;
    candidates = result.candidates;
    if (result.best) {
      target = { collection: result.best.collection, id: result.best.id, isNew: false };
      [confidence, by] = [result.best.confidence, result.best.by];
    } else {
      if (source.recipe !== undefined) confirm.push({ field: field('recipe'), why: `refers to the recipe \`${source.recipe}\`, which is neither in the binder nor in this import — import it too, or choose the line's ingredient` });
      const proposed = context.newIngredients.propose(source, language, context.today);
      target = { collection: 'ingredients', id: proposed.id, isNew: true };
      by = 'new';
    }
  }
  const line: Record<string, unknown> = {
    ...(source.group && { group: shortened(source.group, GROUP_MAX) }),
    [target.collection === 'recipes' ? 'recipe' : 'ingredient']: target.id,
  };
  const preparation: string[] = source.preparation ? [source.preparation] : [];
  if (source.quantity !== undefined) {
    const unit = source.unit === undefined ? { unit: 'each' as const, factor: 1 } : binderUnit(source.unit, language);
    if (unit) {
      line['quantity'] = round(source.quantity * unit.factor);
      line['unit'] = unit.unit;
      if (source.quantityMax !== undefined) preparation.push(`${source.quantity}–${source.quantityMax} ${source.unit ?? ''}`.trim() + ' in the source');
    } else {
      // A unit with no exact equivalent is never guessed: the amount stays in the words.
      preparation.push(`${source.quantityMax !== undefined ? `${source.quantity}–${source.quantityMax}` : source.quantity} ${source.unit}`);
      confirm.push({ field: field('quantity'), why: `"${source.raw}": \`${source.unit}\` is not a unit the binder measures in — kept in the preparation; give the quantity in ${Object.keys(UNITS).filter((id) => id !== 'portion').join(', ')}` });
    }
  }
  if (source.note && !noteIsName) preparation.push(source.note);
  const words = preparation.join('; ');
  if (words !== '') line['preparation'] = shortened(words, PREPARATION_MAX);
  if (source.optional) line['optional'] = true;
  for (const key of ['prepYield', 'mentionAs'] as const) if (typeof carried[key] === 'string') line[key] = carried[key];
  return { line: line as IngredientLine, match: { raw: source.raw, to: target, confidence, by, candidates }, confirm, name: noteIsName ? `${source.name} (${source.note})` : source.name };
}

/** Two lines of one ingredient (salt in the dough and in the sauce) need names of their own to be mentioned by. */
function giveDuplicatesMentionNames(lines: IngredientLine[]): void {
  const seen = new Map<string, number>();
  for (const line of lines) {
    const key = line.ingredient ?? line.recipe ?? '';
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > 1 && !line.mentionAs) (line as { mentionAs?: string }).mentionAs = `${key}-${count}`;
  }
}

function mapSteps(recipe: ImportedRecipe, lines: readonly IngredientLine[], warnings: string[]): Array<Record<string, unknown>> {
  const mentioned = new Set<number>();
  const mention = (index: number) => `@${lines[index]!.mentionAs ?? lines[index]!.ingredient ?? lines[index]!.recipe}`;
  const trim = (before: string, index: number) => withoutQuantity(before, recipe.ingredients[index]!, recipe.language);
  // First where a step names a line with its amount ("Add 400 g Fresh basil"): that is the line, wherever else its name appears.
  const withAmounts = recipe.ingredients.map((line) => amountAndName(line));
  const first = recipe.steps.map((step) =>
    step.segments.map((segment) => {
      if (typeof segment !== 'string') {
        mentioned.add(segment.line);
        return lines[segment.line] ? mention(segment.line) : segment.text;
      }
      return mentionNames(withoutStrayAt(segment), withAmounts, mentioned, mention, trim);
    }),
  );
  // Then the lines no step named with an amount, by their names alone ("the olive oil").
  const names = recipe.ingredients.map((line) => searchNames(line.name));
  const texts = first.map((segments, stepIndex) =>
    segments
      .map((segment, index) => (typeof recipe.steps[stepIndex]!.segments[index] === 'string' ? mentionNames(segment, names, mentioned, mention, trim) : segment))
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const result: Array<Record<string, unknown>> = [];
  for (const [stepIndex, step] of recipe.steps.entries()) {
    const carried = carriedStep(recipe.binderFields, stepIndex);
    const text = texts[stepIndex]!;
    if (text === '') continue;
    const pieces = splitLong(text, STEP_MAX);
    if (pieces.length > 1) warnings.push(`a step of ${text.length} characters was split in ${pieces.length} (a step holds ${STEP_MAX})`);
    // A binder's own export says every step's fields already; nothing more is read from its words.
    const infer = recipe.binderFields === undefined;
    pieces.forEach((piece, index) => {
      const read = infer ? stepFacts(piece) : {};
      const facts = recipe.marksTimers ? { ...(read.temperature && { temperature: read.temperature }) } : read;
      const timerMinutes = index === pieces.length - 1 ? (step.timerMinutes ?? facts.timerMinutes) : facts.timerMinutes;
      const temperature = step.temperature ?? facts.temperature;
      result.push({ text: piece, ...(timerMinutes !== undefined && { timerMinutes }), ...(temperature && temperature.value >= -60 && temperature.value <= 500 && { temperature }), ...carried });
    });
  }
  return result;
}

/** A line's amount and name as the source writes them ("400 g Fresh basil"), when it has an amount. */
function amountAndName(line: ImportedLine): string[] {
  const nameAt = line.raw.toLowerCase().lastIndexOf(line.name.toLowerCase());
  const amount = nameAt > 0 ? line.raw.slice(0, nameAt).trim() : '';
  return amount !== '' && /\d|[½¼¾⅓⅔⅛]/.test(amount) ? [`${amount} ${line.name}`] : [];
}

/** The words a step may use for a line, longest first: "extra-virgin olive oil", "virgin olive oil", "olive oil" (a single word only if it says enough). */
function searchNames(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const names: string[] = [];
  for (let start = 0; start < words.length; start += 1) {
    const phrase = words.slice(start).join(' ');
    if (words.length - start > 1 || phrase.length >= 4) names.push(phrase);
  }
  return names;
}

/**
 * Replaces the first place each not-yet-mentioned line is named in `text` with its
 * mention; `trim` takes the words before it that the mention will say itself (its quantity).
 */
function mentionNames(text: string, names: readonly string[][], mentioned: Set<number>, mention: (index: number) => string, trim: (before: string, index: number) => string): string {
  let result = text;
  names.forEach((phrases, index) => {
    if (mentioned.has(index)) return;
    // A phrase another line also uses ("oil" for two oils) says nothing about which line.
    for (const phrase of phrases.filter((each) => names.filter((other) => other.includes(each)).length === 1)) {
      const pattern = new RegExp(`(^|[\\s(["'’])${escapeRegex(phrase)}(?=$|[^\\p{L}\\p{N}])`, 'iu');
      const found = pattern.exec(result);
      if (found) {
        const start = found.index + found[1]!.length;
        result = `${trim(result.slice(0, start), index)}${mention(index)}${result.slice(start + phrase.length)}`;
        mentioned.add(index);
        return;
      }
    }
  });
  return result;
}

/**
 * A mention shows its line's quantity, so a quantity the source writes just before the
 * name ("Add 2 cups flour", "Stretch 1 ball Pizza dough") is taken out with it rather
 * than said twice: the line's own words before its name, or a number with a unit word.
 */
function withoutQuantity(before: string, line: ImportedLine, language: string | undefined): string {
  const nameAt = line.raw.toLowerCase().lastIndexOf(line.name.toLowerCase());
  const own = nameAt > 0 ? line.raw.slice(0, nameAt) : '';
  if (own.trim() !== '' && /\d|[½¼¾⅓⅔⅛]/.test(own) && before.toLowerCase().endsWith(own.toLowerCase())) return before.slice(0, before.length - own.length);
  const match = /(?:^|\s)((?:\d+(?:[.,/]\d+)?(?:\s+\d+\/\d+)?|[½¼¾⅓⅔⅛])(?:\s*[–-]\s*\d+(?:[.,]\d+)?)?\s*(?:([\p{L}.]+)\s+)?(?:of\s+|di\s+|de\s+|d['’])?)$/u.exec(before);
  if (!match) return before;
  if (match[2] !== undefined && unitIdOf(match[2], language) === undefined) return before;
  return before.slice(0, before.length - match[1]!.length);
}

/** An `@` in a source's words would read as a mention; it is written as the word. */
function withoutStrayAt(text: string): string {
  return text.replace(/(^|[\s(["'])@/g, '$1at ');
}

function splitLong(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)|[^.!?]+$/g) ?? [text];
  const pieces: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current !== '' && (current + sentence).length > max) {
      pieces.push(current.trim());
      current = '';
    }
    current += sentence;
  }
  if (current.trim() !== '') pieces.push(current.trim());
  return pieces.flatMap((piece) => (piece.length <= max ? [piece] : [piece.slice(0, max - 1).trim() + '…']));
}

/** The yield as the binder holds it: a batch quantity in a unit it can scale and cost, and portions where the source counts them. */
function yieldOf(recipe: ImportedRecipe, toConfirm: ToConfirm[]): Record<string, unknown> | undefined {
  const carried = recipe.binderFields?.['yield'];
  if (carried !== undefined) return carried as Record<string, unknown>;
  const text = recipe.yieldText ?? '';
  const match = /(\d+(?:[.,]\d+)?)\s*(.*)$/.exec(text);
  const number = match ? Number(match[1]!.replace(',', '.')) : recipe.portions;
  const word = match?.[2]?.trim() ?? '';
  if (number === undefined || !(number > 0)) {
    toConfirm.push({ field: 'yield', why: recipe.yieldText ? `"${recipe.yieldText}" is not a yield the binder can read — write the batch's quantity and unit` : 'the source gives no yield — write the batch’s quantity and unit' });
    return undefined;
  }
  const unit = word === '' ? undefined : binderUnit(word.split(/\s+/)[0]!, recipe.language);
  if (unit && UNITS[unit.unit].dimension !== 'count') return { quantity: round(number * unit.factor), unit: unit.unit, ...(recipe.portions && { portions: recipe.portions }) };
  // Pieces ("8 pieces", "Makes 12") are a batch the binder scales as it is; portions say nothing of the batch's size.
  // "Makes 12" counts pieces; "Serves 4", "4 servings" and a bare "4" count portions.
  const before = match ? text.slice(0, match.index).trim() : '';
  const countsPieces = /^(makes|yields?|about|circa|rende|salen)\b/i.test(before);
  const portions = recipe.portions ?? (!countsPieces && (word === '' || PORTION_WORDS.test(word)) ? Math.round(number) : undefined);
  if (portions) toConfirm.push({ field: 'yield', why: `"${text || number}" counts portions, not the batch: written as ${number} each — give the batch's weight or volume so it costs and scales by it` });
  return { quantity: number, unit: 'each', ...(portions && portions > 0 && { portions }) };
}

const PORTION_WORDS = /^(servings?|portions?|people|persons?|serves|porzioni|porzione|persone|raciones|porciones|personas|parts?|Portionen|Personen)\b/i;

function sourceOf(recipe: ImportedRecipe): RecipeSource | undefined {
  const credit = recipe.credit;
  if (!credit) return undefined;
  const source = {
    ...(credit.url && { url: credit.url }),
    ...(credit.author && { author: shortened(credit.author, maxLengthOf(RecipeSourceSchema.shape.author)) }),
    ...(credit.licence && { licence: shortened(credit.licence, maxLengthOf(RecipeSourceSchema.shape.licence)) }),
    ...(credit.publisher && { publisher: shortened(credit.publisher, maxLengthOf(RecipeSourceSchema.shape.publisher)) }),
  };
  return Object.keys(source).length > 0 ? source : undefined;
}

function costOf(line: ImportedLine, today: string): Record<string, unknown> | undefined {
  const purchase = line.purchase;
  if (!purchase?.price || !purchase.packQuantity || !purchase.packUnit) return undefined;
  const unit = binderUnit(purchase.packUnit, undefined);
  if (!unit) return undefined;
  return {
    amount: purchase.price,
    per: { quantity: round(purchase.packQuantity * unit.factor), unit: unit.unit },
    ...(purchase.supplier && { supplier: shortened(purchase.supplier, maxLengthOf(PackPriceSchema.shape.supplier)) }),
    ...(purchase.currency && { currency: purchase.currency }),
    seen: today,
  };
}

function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const sentence = cut.lastIndexOf('. ');
  if (sentence > max / 2) return cut.slice(0, sentence + 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).trim()}…`;
}

function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
