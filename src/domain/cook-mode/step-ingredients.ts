/**
 * The ingredient lines a step uses: those its `@mentions` name, in the order it
 * names them, each once. A mention that names no line, or more than one, adds nothing
 * (the binder checker reports those).
 */
import type { Recipe } from '../../schemas/recipe.ts';
import { mentionTargets, parseStepText, resolveMention } from '../step-text.ts';

export function linesUsedByStep(recipe: Recipe, stepText: string): number[] {
  const targets = mentionTargets(recipe.ingredients);
  const used: number[] = [];
  for (const segment of parseStepText(stepText)) {
    if (segment.kind !== 'mention') continue;
    const resolved = resolveMention(segment.key, targets);
    if (resolved.kind === 'line' && !used.includes(resolved.index)) used.push(resolved.index);
  }
  return used;
}
