import type { IngredientLine } from '../../schemas/recipe.ts';
import { quantityText } from '../quantity-format.ts';
import { ingredientLineText } from '../recipe-text.ts';
import { formatTemperature } from '../temperature.ts';
import {
  formatLimit,
  formatMoneyChange,
  formatPercentChange,
  formatTimer,
  formatValue,
  NOT_SET,
  oneLine,
  sign,
  type ValueFormat,
} from './format-values.ts';
import type { AllergenChange, AllergenSource, Change, LineChanged, LineField, QuantityChange, StepSettings, WordPart } from './model.ts';
import { prominenceOf, type Prominence } from './prominence.ts';
import { elide, excerpts } from './word-diff.ts';

/**
 * One change as words: `label: before → after`, or `label: statement` when there
 * is no before and after ("Added: 2 g Chili flakes"). Every output (summary lines,
 * terminal, Markdown) is built from these, so they all say the same thing.
 */
export interface ChangeDescription {
  readonly prominence: Prominence;
  /** What changed: "Extra-virgin olive oil", "Step 2", "storage.shelfLifeHours", "Allergen added". */
  readonly label: string;
  readonly before?: string | undefined;
  readonly after?: string | undefined;
  readonly statement?: string | undefined;
  /** The effect on one batch: "−1 g, −20%, −$0.0066 per batch". */
  readonly effect?: string | undefined;
  /** The word-level diff around the edits, for outputs that can mark words. */
  readonly words?: readonly WordPart[] | undefined;
  /** The change described, for outputs that lay some kinds out differently (ingredient tables). */
  readonly change: Change;
  /** For a changed ingredient line: which of its fields this description is about. */
  readonly lineField?: LineField | undefined;
}

/** `label: before → after` or `label: statement`, on one line. */
export function descriptionText(d: ChangeDescription): string {
  return `${d.label}: ${descriptionBody(d)}`;
}

/** The part after the label: `before → after`, or the statement. */
export function descriptionBody(d: ChangeDescription): string {
  return d.before !== undefined || d.after !== undefined ? `${d.before ?? NOT_SET} → ${d.after ?? NOT_SET}` : (d.statement ?? '');
}

/** A change in words; a line with several changed fields gives one description per field. */
export function describeChange(change: Change, format: ValueFormat): ChangeDescription[] {
  const prominence = prominenceOf(change);
  const d = (rest: Omit<ChangeDescription, 'prominence' | 'change'>): ChangeDescription => ({ prominence, change, ...rest });
  switch (change.kind) {
    case 'allergen-added':
    case 'allergen-removed':
      return [d({ label: allergenLabel(change), statement: `${change.label}${sourcesText(change)}` })];
    case 'line-added':
    case 'line-removed': {
      const added = change.kind === 'line-added';
      const what = change.line.recipe !== undefined ? ' sub-recipe' : '';
      const cost = change.cost !== undefined && change.cost !== 0 ? `${formatMoneyChange(added ? change.cost : -change.cost, format)} per batch` : undefined;
      return [d({ label: `${added ? 'Added' : 'Removed'}${what}`, statement: lineText(change.line, change.name, format), effect: cost })];
    }
    case 'line-changed':
      return lineDescriptions(change, format).map(d);
    case 'line-moved':
      return [d({ label: `${change.name}, list position`, before: String(change.from), after: String(change.to) })];
    case 'yield-changed': {
      const label = change.aspect === 'batch' ? 'Yield' : change.aspect === 'portions' ? 'Portions' : 'Portion size';
      return [d({ label, before: formatValue(change.before, format), after: formatValue(change.after, format) })];
    }
    case 'step-added':
      return [d({ label: `Step ${change.number} added`, statement: `${oneLine(change.text)}${settingsText(change.settings, format)}` })];
    case 'step-removed':
      return [d({ label: `Step ${change.number} removed`, statement: `${oneLine(change.text)}${settingsText(change.settings, format)}` })];
    case 'step-moved':
      return [d({ label: `Step “${shorten(change.text, 40)}”`, before: `step ${change.from}`, after: `step ${change.to}` })];
    case 'step-reworded':
      return [d({ label: `Step ${change.number}`, ...reworded(change.words) })];
    case 'step-timer':
      return [d({ label: `Step ${change.number} timer`, before: formatTimer(change.before), after: formatTimer(change.after) })];
    case 'step-temperature': {
      const t = (v: typeof change.before) => (v === undefined ? NOT_SET : formatTemperature(v));
      return [d({ label: `Step ${change.number} temperature`, before: t(change.before), after: t(change.after) })];
    }
    case 'critical-limit':
      return [d({ label: `Step ${change.number} critical limit`, before: formatLimit(change.before), after: formatLimit(change.after) })];
    case 'corrective-action':
      return [d({ label: `Step ${change.number} corrective action`, ...reworded(change.words) })];
    case 'step-record':
      return [d({ label: `Step ${change.number} recorded in the log`, before: formatValue(change.before, format), after: formatValue(change.after, format) })];
    case 'diet-added':
      return [d({ label: 'Diet added', statement: change.diet })];
    case 'diet-removed':
      return [d({ label: 'Diet removed', statement: change.diet })];
    case 'body-changed': {
      const counts = wordCounts(change.wordsAdded, change.wordsRemoved);
      const passages = change.words.filter((part, i, all) => part.op !== 'same' && all[i - 1]?.op !== 'removed' && all[i - 1]?.op !== 'added').length;
      if (passages > 2) return [d({ label: "Chef's notes", statement: `${passages} passages reworded (${counts})`, words: elide(change.words) })];
      return [d({ label: "Chef's notes", ...reworded(change.words), effect: counts })];
    }
    case 'field-changed': {
      const label = fieldLabel(change.path);
      if (/\.\d+$/.test(change.path) && (change.before === undefined) !== (change.after === undefined)) {
        // An item of a list added or removed: "tasks.2 added: …".
        const added = change.before === undefined;
        return [d({ label: `${label} ${added ? 'added' : 'removed'}`, statement: formatValue(added ? change.after : change.before, format) })];
      }
      if (change.words) return [d({ label, ...reworded(change.words) })];
      return [d({ label, before: formatValue(change.before, format), after: formatValue(change.after, format) })];
    }
  }
}

/** " (timer 3 min, temperature 300 °C (572 °F), station oven)", or nothing for a step that is only text. */
function settingsText(settings: StepSettings, format: ValueFormat): string {
  const parts = Object.entries(settings).map(([key, value]) => {
    if (key === 'timerMinutes') return `timer ${formatTimer(value as number)}`;
    if (key === 'record') return value ? 'recorded in the log' : 'not recorded';
    return `${key} ${formatValue(value, format)}`;
  });
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** "+12 −5 words", "+151 words". */
function wordCounts(added: number, removed: number): string {
  const parts = [added > 0 ? `+${added}` : '', removed > 0 ? `−${removed}` : ''].filter(Boolean);
  return `${parts.join(' ')} word${added + removed === 1 ? '' : 's'}`;
}

function lineDescriptions(change: LineChanged, format: ValueFormat): Array<Omit<ChangeDescription, 'prominence' | 'change'>> {
  const { before, after, name } = change;
  return change.fields.map((field) => {
    switch (field) {
      case 'quantity':
        return { lineField: field, label: name, before: amountText(before, format), after: amountText(after, format), effect: change.quantity ? effectText(change.quantity, format) : undefined };
      case 'preparation':
        return { lineField: field, label: `${name}, preparation`, before: before.preparation ?? NOT_SET, after: after.preparation ?? NOT_SET };
      case 'optional':
        return { lineField: field, label: `${name}, optional`, before: before.optional ? 'yes' : 'no', after: after.optional ? 'yes' : 'no' };
      case 'group':
        return { lineField: field, label: `${name}, group`, before: before.group ?? NOT_SET, after: after.group ?? NOT_SET };
      case 'mentionAs':
        return { lineField: field, label: `${name}, mentioned as`, before: before.mentionAs ? `@${before.mentionAs}` : NOT_SET, after: after.mentionAs ? `@${after.mentionAs}` : NOT_SET };
    }
  });
}

/** "−20 ml, −20%, −$0.12 per batch"; "same amount" for a change of unit only. */
export function effectText(q: QuantityChange, format: ValueFormat): string | undefined {
  const amount = amountChangeText(q, format);
  if (amount === undefined) return undefined;
  const cost = q.costDelta !== undefined && q.costDelta !== 0 ? `${formatMoneyChange(q.costDelta, format)} per batch` : undefined;
  return [amount, cost].filter(Boolean).join(', ');
}

/** "−20 ml, −20%", "same amount", or undefined when the two amounts cannot be compared. */
export function amountChangeText(q: QuantityChange, format: ValueFormat): string | undefined {
  if (!q.delta) return undefined;
  if (q.delta.quantity === 0) return 'same amount';
  const amount = `${sign(q.delta.quantity)}${quantityText(Math.abs(q.delta.quantity), q.delta.unit, format.locale)}`;
  return q.percent === undefined ? amount : `${amount}, ${formatPercentChange(q.percent, format)}`;
}

/** A line without its name, for a table that has a name column: "20 g, toasted (optional)". */
export function lineDetail(line: IngredientLine, format: ValueFormat): string {
  const preparation = line.preparation ? `, ${line.preparation}` : '';
  return `${amountText(line, format)}${preparation}${line.optional ? ' (optional)' : ''}`;
}

function amountText(line: IngredientLine, format: ValueFormat): string {
  return line.quantity !== undefined && line.unit !== undefined ? quantityText(line.quantity, line.unit, format.locale) : 'to taste';
}

function lineText(line: IngredientLine, name: string, format: ValueFormat): string {
  return ingredientLineText(line, () => name, format.locale);
}

function reworded(words: readonly WordPart[]): { before: string; after: string; words: WordPart[] } {
  const { before, after } = excerpts(words);
  return { before: `“${before}”`, after: `“${after}”`, words: elide(words) };
}

function allergenLabel(change: AllergenChange): string {
  if (change.newEntry) return change.list === 'contains' ? 'Contains' : 'May contain';
  const list = change.list === 'contains' ? 'Allergen' : 'May contain';
  return `${list} ${change.kind === 'allergen-added' ? 'added' : 'removed'}`;
}

/** " (from Mozzarella via Pizza dough; Butter)", or nothing for an ingredient's own list. */
export function sourcesText(change: AllergenChange): string {
  if (change.sources.length === 0) return '';
  const word = change.kind === 'allergen-added' ? 'from' : 'was from';
  return ` (${word} ${change.sources.map(sourceText).join('; ')})`;
}

export function sourceText(source: AllergenSource): string {
  return source.via.length === 0 ? source.ingredientName : `${source.ingredientName} via ${source.via.map((v) => v.title).join(' → ')}`;
}

/** `steps.3.station` reads "Step 4 station"; other paths are shown as written (`storage.shelfLifeHours`). */
function fieldLabel(path: string): string {
  const step = /^steps\.(\d+)\.(.+)$/.exec(path);
  return step ? `Step ${Number(step[1]) + 1} ${step[2]}` : path;
}

function shorten(text: string, max: number): string {
  const flat = oneLine(text);
  return flat.length <= max ? flat : `${flat.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
