/**
 * What a step's timer is called on the device: the recipe, the step number and the
 * step's first words with ingredients named but not weighed, so the label stays
 * true whatever batch size the page shows.
 */
import { translatorFor } from '../../i18n/translate.ts';
import type { Recipe } from '../../schemas/recipe.ts';
import { resolveStepText, type TitleOf } from '../recipe-text.ts';
import { timerLabel } from '../timers/kitchen-timer.ts';

/** `stepIndex` counts from 0; the label counts from 1, as the page does. */
export function stepTimerLabel(recipe: Recipe, stepIndex: number, titleOf: TitleOf, locale: string): string {
  const step = recipe.steps[stepIndex];
  if (!step) throw new RangeError(`${recipe.title} has no step ${stepIndex + 1}`);
  const words = resolveStepText(recipe, step.text, titleOf, locale)
    .map((segment) => (segment.kind === 'text' ? segment.text : segment.name))
    .join('');
  return timerLabel(recipe.title, stepIndex + 1, words, translatorFor(locale));
}
