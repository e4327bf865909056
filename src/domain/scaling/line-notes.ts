/**
 * The short notes under an ingredient line once it is scaled or converted: what the
 * cook must know to trust the figure ("rounded to whole pieces", "weigh on a 0.1 g
 * scale", "reduced factor ×1.8, not ×2", "≈ 92 g"), in the recipe's language.
 */
import { numberFormat } from '../number-format.ts';
import type { ScaledLine } from './scale-recipe.ts';
import { ENGLISH, scaleWords, type ScaleWordsSource } from './scale-words.ts';

/** `recipe` gives the language (the scalable recipe, or anything with its `locale` and `words`); English when left out. */
export function lineNotes(line: ScaledLine, factor: number, unitIsMass: boolean, perMixNoun: 'mix' | 'load' = 'mix', recipe: ScaleWordsSource = ENGLISH): string[] {
  const t = scaleWords(recipe);
  const round = (value: number): string => numberFormat(recipe.locale, { maximumFractionDigits: 2, useGrouping: false }).format(Math.round(value * 100) / 100);
  const notes: string[] = [];
  if (line.warning === 'rounded-count') notes.push(t('scale.note.roundedCount'));
  if (line.warning === 'too-small') notes.push(t(unitIsMass ? 'scale.note.tooSmallMass' : 'scale.note.tooSmall'));
  if (line.reducedFactor !== undefined) notes.push(t('scale.note.reduced', { reduced: round(line.reducedFactor), factor: round(factor) }));
  if (line.equivalent) notes.push(line.equivalent);
  if (line.perMix) notes.push(t(perMixNoun === 'load' ? 'scale.note.perLoad' : 'scale.note.perMix', { quantity: line.perMix }));
  return notes;
}
