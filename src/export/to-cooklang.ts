/**
 * A binder recipe as a Cooklang file (https://cooklang.org/docs/spec/): real Cooklang
 * that any Cooklang tool reads and cooks from, and that ../import/read-cooklang.ts reads
 * back into the binder without losing anything. The conventions, which the reader knows:
 *
 * - A line is written, with its amount and preparation, where a step first mentions it,
 *   as Cooklang writes an ingredient: `@00 flour{1500%g}(sifted)`; an optional line as
 *   `@?Fresh basil{3%g}`; a sub-recipe as a reference to its file, `@./pizza-sauce{80%g}`.
 *   Later mentions of the same line are Cooklang references, `@&00 flour{}`, which add
 *   no line of their own.
 * - Lines no step mentions are written, with their amounts, in a first step
 *   "Mise en place: @Fine sea salt{42%g}, @Black pepper{}." so a Cooklang tool lists them
 *   too; `binder.miseEnPlace: true` tells the reader that step is the export's, not the
 *   recipe's.
 * - A step's timer is written at the step's end, `~{12%minutes}` (whole hours in hours,
 *   a part of a minute in seconds).
 * - The title, summary, portions, prep and cook times and source go in Cooklang's own
 *   front-matter keys. Everything else of the recipe — course, category, stations, yield,
 *   par, storage, holding, diets, images, equipment slugs and any field added later —
 *   goes under the front matter's `binder:` key as the binder writes it, with:
 *   `lines`, each ingredient line in the binder's order with what Cooklang cannot say
 *   (its slug, group, prepYield, mentionAs) and which ingredient of the text it is
 *   (`definition: n`, the n-th `@` that is not a `@&` reference, and `name`, its name
 *   there, which lets the reader notice a hand edit instead of trusting a stale slug);
 *   `steps`, when any step has one, each step's fields beside its text and timer
 *   (temperature, critical limit, station), and `mentions`, the lines a step names, for
 *   the rare step where Cooklang's "the last definition of that name" would pick
 *   another line of the same name; and `body`, the Markdown body.
 *
 * A line break inside a step's text cannot be kept: Cooklang joins a step's lines
 * with a space, so the export writes a space.
 */
import { stringify } from 'yaml';
import { resolveStepText, type TitleOf } from '../domain/recipe-text.ts';
import type { IngredientLine, Recipe } from '../schemas/recipe.ts';

/** The display names the file uses for the binder's slugs. */
export interface CooklangNames {
  ingredient(slug: string): string;
  recipe(slug: string): string;
}

/** The front-matter key holding what Cooklang has no place for. */
export const BINDER_KEY = 'binder';

/** How the export's first step, listing the lines no step mentions, begins. */
export const MISE_EN_PLACE = 'Mise en place:';

/** Recipe fields written as Cooklang (text and front-matter keys), so left out of `binder:`. */
const WRITTEN_AS_COOKLANG = new Set(['title', 'summary', 'prepMinutes', 'cookMinutes', 'ingredients', 'steps', 'source']);

/** Line fields the ingredient's Cooklang amount, note and `?` already say. */
const LINE_FIELDS_IN_TEXT = new Set(['quantity', 'unit', 'preparation', 'optional']);

/** Step fields its Cooklang paragraph already says. */
const STEP_FIELDS_IN_TEXT = new Set(['text', 'timerMinutes']);

export function toCooklang(recipe: Recipe, body: string | undefined, names: CooklangNames): string {
  const titleOf: TitleOf = (collection, id) => (collection === 'recipes' ? names.recipe(id) : names.ingredient(id));
  // The mentions are read as the site reads them, so the export names the lines the page shows.
  const resolvedSteps = recipe.steps.map((step) => resolveStepText(recipe, step.text, titleOf, 'en'));
  const mentioned = new Set(resolvedSteps.flat().flatMap((segment) => (segment.kind === 'mention' ? [segment.index] : [])));
  const unmentioned = recipe.ingredients.flatMap((_, index) => (mentioned.has(index) ? [] : [index]));
  const writer = new IngredientWriter(recipe.ingredients, names);

  const paragraphs: string[] = [];
  if (unmentioned.length > 0) paragraphs.push(`${MISE_EN_PLACE} ${unmentioned.map((index) => writer.mention(index).text).join(', ')}.`);
  const stepFields = recipe.steps.map((step, stepIndex) => {
    let text = '';
    let afterComponent = false;
    const mentions: number[] = [];
    let nameIsAmbiguous = false;
    for (const segment of resolvedSteps[stepIndex] ?? []) {
      if (segment.kind === 'text') {
        text += escapeText(segment.text.replace(/\r?\n/g, ' '), { atLineStart: text === '', afterComponent });
        afterComponent = false;
      } else {
        const written = writer.mention(segment.index);
        text += written.text;
        mentions.push(segment.index + 1);
        nameIsAmbiguous ||= !written.foundByName;
        afterComponent = true;
      }
    }
    if (step.timerMinutes !== undefined) text += `${text === '' || text.endsWith(' ') ? '' : ' '}~{${timerAmount(step.timerMinutes)}}`;
    paragraphs.push(text);
    return { ...fieldsOutside(step, STEP_FIELDS_IN_TEXT), ...(nameIsAmbiguous && { mentions }) };
  });

  const binder: Record<string, unknown> = {
    ...fieldsOutside(recipe, WRITTEN_AS_COOKLANG),
    ...(unmentioned.length > 0 && { miseEnPlace: true }),
    lines: recipe.ingredients.map((line, index) => ({
      definition: writer.definitionNumber(index),
      ...(line.ingredient !== undefined && { name: names.ingredient(line.ingredient) }),
      ...fieldsOutside(line, LINE_FIELDS_IN_TEXT),
    })),
    ...(stepFields.some((fields) => Object.keys(fields).length > 0) && { steps: stepFields }),
    ...(body !== undefined && body.trim() !== '' && { body }),
  };
  const frontMatter = {
    title: recipe.title,
    description: recipe.summary,
    ...(recipe.yield.portions !== undefined && { servings: recipe.yield.portions }),
    ...((recipe.prepMinutes !== undefined || recipe.cookMinutes !== undefined) && {
      time: {
        ...(recipe.prepMinutes !== undefined && { prep: minutesText(recipe.prepMinutes) }),
        ...(recipe.cookMinutes !== undefined && { cook: minutesText(recipe.cookMinutes) }),
      },
    }),
    ...(recipe.source?.author !== undefined && { author: recipe.source.author }),
    ...((recipe.source?.url !== undefined || recipe.source?.publisher !== undefined) && {
      source: { ...(recipe.source.publisher !== undefined && { name: recipe.source.publisher }), ...(recipe.source.url !== undefined && { url: recipe.source.url }) },
    }),
    ...(recipe.source?.licence !== undefined && { licence: recipe.source.licence }),
    [BINDER_KEY]: binder,
  };
  return `---\n${BINDER_KEY_COMMENT}${stringify(frontMatter, { lineWidth: 0 })}---\n\n${paragraphs.join('\n\n')}\n`;
}

const BINDER_KEY_COMMENT = [
  `# ${BINDER_KEY}: what the Open Franchise binder keeps of this recipe that Cooklang has no place for,`,
  '# read back by its import. `lines` are the ingredient lines in the binder\'s order, each the',
  '# `definition`-th ingredient the steps define. Amounts and words may be edited below; an',
  '# ingredient renamed or added there is matched again by its name.',
  '',
].join('\n');

/** Writes each line's mentions: its definition the first time, a reference after. */
class IngredientWriter {
  readonly #lines: readonly IngredientLine[];
  readonly #names: CooklangNames;
  /** Each defined line's definition number (1 = the first ingredient the text defines). */
  readonly #definitions = new Map<number, number>();
  /** The line a `@&name{}` reference would find: the last one defined under that name. */
  readonly #lastDefinedAs = new Map<string, number>();

  constructor(lines: readonly IngredientLine[], names: CooklangNames) {
    this.#lines = lines;
    this.#names = names;
  }

  mention(index: number): { text: string; foundByName: boolean } {
    const line = this.#lines[index];
    if (!line) return { text: '', foundByName: true };
    const name = this.#cooklangName(line);
    if (this.#definitions.has(index)) return { text: `@&${name}{}`, foundByName: this.#lastDefinedAs.get(name) === index };
    this.#definitions.set(index, this.#definitions.size + 1);
    this.#lastDefinedAs.set(name, index);
    const amount = line.quantity !== undefined && line.unit !== undefined ? `${numberText(line.quantity)}%${line.unit}` : '';
    const note = line.preparation !== undefined ? `(${escapeNote(line.preparation)})` : '';
    return { text: `@${line.optional ? '?' : ''}${name}{${amount}}${note}`, foundByName: true };
  }

  definitionNumber(index: number): number | undefined {
    return this.#definitions.get(index);
  }

  #cooklangName(line: IngredientLine): string {
    // A sub-recipe is a reference to its file, which an export of the binder names by its slug.
    if (line.recipe !== undefined) return `./${line.recipe}`;
    return escapeName(this.#names.ingredient(line.ingredient ?? ''));
  }
}

/** The fields of `entry` not in `written`, as they are. */
function fieldsOutside(entry: object, written: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([key, value]) => !written.has(key) && value !== undefined));
}

/**
 * Step text as Cooklang text: the characters Cooklang reads as syntax get a backslash
 * (`@`, `#`, `~`, a comment's `--` and `[-`, and the backslash itself, which Cooklang
 * drops before any character), and so do a leading `>` (a note) or `=` (a section), and
 * a `(` or `{` right after an ingredient, which would become its note or amount.
 */
function escapeText(text: string, where: { atLineStart: boolean; afterComponent: boolean }): string {
  let escaped = text
    .replace(/[\\@#~]/g, '\\$&')
    .replace(/-(?=-)/g, '\\-')
    .replace(/\[(?=-)/g, '\\[');
  if (where.atLineStart) escaped = escaped.replace(/^(\s*)([>=])/, '$1\\$2');
  if (where.afterComponent) escaped = escaped.replace(/^([({])/, '\\$1');
  return escaped;
}

/** An ingredient's name: its braces and alias bar escaped too, and a first character Cooklang would read as a modifier. */
function escapeName(name: string): string {
  return escapeText(name.replace(/\r?\n/g, ' '), { atLineStart: false, afterComponent: false })
    .replace(/[{}|]/g, '\\$&')
    .replace(/^([&?+\-.])/, '\\$1');
}

/** A preparation as an ingredient's note: a `)` would end it early. */
function escapeNote(note: string): string {
  return escapeText(note.replace(/\r?\n/g, ' '), { atLineStart: false, afterComponent: false }).replace(/\)/g, '\\)');
}

/** A number as Cooklang reads it back exactly: never in exponent notation, which it reads as text. */
function numberText(value: number): string {
  const plain = String(value);
  return /e/i.test(plain) ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : plain;
}

/** A timer in the unit a cook would set: whole hours, whole minutes, else whole seconds. */
function timerAmount(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) return `${numberText(minutes / 60)}%${minutes === 60 ? 'hour' : 'hours'}`;
  if (Number.isInteger(minutes) || !Number.isInteger(minutes * 60)) return `${numberText(minutes)}%${minutes === 1 ? 'minute' : 'minutes'}`;
  return `${numberText(minutes * 60)}%seconds`;
}

/** A front-matter time with its unit, which Cooklang tools read without guessing. */
function minutesText(minutes: number): string {
  return `${numberText(minutes)} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
