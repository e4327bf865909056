/**
 * A unit word from another recipe format, onto the binder's units
 * (src/domain/units.ts): "cups" → cup, "EL" → tbsp, "dl" → 100 ml. parse-ingredient
 * knows the spellings; this table says which of its units the binder has, and how a
 * unit the binder lacks converts exactly into one it has. Units with no exact
 * equivalent (a clove, a pinch, a can) are not guessed: the caller keeps the word in
 * the line's note and flags the line.
 */
import { unitsOfMeasure } from 'parse-ingredient';
import type { UnitId } from '../units.ts';
import { UNITS } from '../units.ts';
import { lineWords } from './line-words.ts';

/** parse-ingredient's unit ids the binder can hold, and the factor into the binder's unit. */
const TO_BINDER: Readonly<Record<string, { readonly unit: UnitId; readonly factor: number }>> = {
  gram: { unit: 'g', factor: 1 },
  kilogram: { unit: 'kg', factor: 1 },
  milligram: { unit: 'g', factor: 0.001 },
  ounce: { unit: 'oz', factor: 1 },
  pound: { unit: 'lb', factor: 1 },
  milliliter: { unit: 'ml', factor: 1 },
  deciliter: { unit: 'ml', factor: 100 },
  liter: { unit: 'l', factor: 1 },
  teaspoon: { unit: 'tsp', factor: 1 },
  tablespoon: { unit: 'tbsp', factor: 1 },
  'fluid ounce': { unit: 'fl-oz', factor: 1 },
  cup: { unit: 'cup', factor: 1 },
  pint: { unit: 'cup', factor: 2 },
  quart: { unit: 'qt', factor: 1 },
  gallon: { unit: 'gal', factor: 1 },
  piece: { unit: 'each', factor: 1 },
  dozen: { unit: 'each', factor: 12 },
  portion: { unit: 'portion', factor: 1 },
};

export interface BinderUnit {
  readonly unit: UnitId;
  /** Multiply the source's quantity by this to get it in `unit`. */
  readonly factor: number;
}

/** parse-ingredient's unit id for a word, in `language` (English always understood). */
export function unitIdOf(word: string, language: string | undefined): string | undefined {
  const wanted = word.trim();
  if (wanted === '') return undefined;
  const extra = lineWords(language).units;
  const known: Record<string, { short: string; plural: string; alternates?: readonly string[] }> = { ...unitsOfMeasure, portion: { short: 'portion', plural: 'portions' } };
  for (const [id, unit] of Object.entries(known)) {
    const spellings = [id, unit.short, unit.plural, ...(unit.alternates ?? []), ...(extra[id] ?? [])];
    // Case matters for the one-letter ones (T is a tablespoon, t a teaspoon); otherwise not.
    if (spellings.some((spelling) => spelling === wanted || (spelling.length > 1 && spelling.toLowerCase() === wanted.toLowerCase()))) return id;
  }
  return undefined;
}

/** The binder's unit for a word the source wrote, or undefined when the binder has no exact equivalent. */
export function binderUnit(word: string, language: string | undefined): BinderUnit | undefined {
  const own = Object.keys(UNITS).find((id) => id === word.trim() || UNITS[id as UnitId].symbol === word.trim());
  if (own) return { unit: own as UnitId, factor: 1 };
  const id = unitIdOf(word, language);
  return id === undefined ? undefined : TO_BINDER[id];
}

/** The same for parse-ingredient's own unit id. */
export function binderUnitOfId(id: string): BinderUnit | undefined {
  return TO_BINDER[id];
}
