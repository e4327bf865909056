/**
 * The short notes under an ingredient line once it is scaled or converted: what the
 * cook must know to trust the figure ("rounded to whole pieces", "weigh on a 0.1 g
 * scale", "reduced factor ×1.8, not ×2", "≈ 92 g").
 */
import type { ScaledLine } from './scale-recipe.ts';

export function lineNotes(line: ScaledLine, factor: number, unitIsMass: boolean, perMixNoun: 'mix' | 'load' = 'mix'): string[] {
  const notes: string[] = [];
  if (line.warning === 'rounded-count') notes.push('rounded to whole pieces');
  if (line.warning === 'too-small') notes.push(unitIsMass ? 'too little for a 1 g scale: weigh on a 0.1 g precision scale' : 'too little to measure: a pinch');
  if (line.reducedFactor !== undefined) notes.push(`reduced factor ×${round(line.reducedFactor)}, not ×${round(factor)}: taste and adjust`);
  if (line.equivalent) notes.push(line.equivalent);
  if (line.perMix) notes.push(`${line.perMix} per ${perMixNoun}`);
  return notes;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}
