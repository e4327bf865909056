import type { IngredientLine, Recipe } from '../schemas/recipe.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { quantityText } from './quantity-format.ts';
import { mentionTargets, parseStepText, resolveMention } from './step-text.ts';

/** Looks up an entry's display name. */
export type TitleOf = (collection: CollectionName, id: string) => string;

/** The name shown for a line: the ingredient's name or the sub-recipe's title. */
export function lineName(line: IngredientLine, titleOf: TitleOf): string {
  return line.ingredient !== undefined ? titleOf('ingredients', line.ingredient) : titleOf('recipes', line.recipe ?? '');
}

/** "250 g", or undefined for "to taste". */
export function lineQuantity(line: IngredientLine, locale: string): string | undefined {
  return line.quantity !== undefined && line.unit !== undefined ? quantityText(line.quantity, line.unit, locale) : undefined;
}

/** The words a line's text adds, in the reader's language. */
export interface LineWords {
  readonly toTaste: string;
  readonly optional: string;
}

const ENGLISH_LINE_WORDS: LineWords = { toTaste: 'to taste', optional: 'optional' };

/** "250 g 00 flour, sifted", "Salt, to taste", "1 portion Pizza dough (optional)". */
export function ingredientLineText(line: IngredientLine, titleOf: TitleOf, locale: string, words: LineWords = ENGLISH_LINE_WORDS): string {
  const quantity = lineQuantity(line, locale);
  const name = lineName(line, titleOf);
  const preparation = line.preparation ? `, ${line.preparation}` : quantity === undefined ? `, ${words.toTaste}` : '';
  return `${quantity ? `${quantity} ` : ''}${name}${preparation}${line.optional ? ` (${words.optional})` : ''}`;
}

/** A run of step text with each mention resolved to its line (or left as written when it names no line). */
export type ResolvedSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'mention'; readonly line: IngredientLine; readonly index: number; readonly quantity: string | undefined; readonly name: string };

export function resolveStepText(recipe: Pick<Recipe, 'ingredients'>, text: string, titleOf: TitleOf, locale: string): ResolvedSegment[] {
  const targets = mentionTargets(recipe.ingredients);
  return parseStepText(text).map((segment) => {
    if (segment.kind === 'text') return segment;
    const resolved = resolveMention(segment.key, targets);
    const line = resolved.kind === 'line' ? recipe.ingredients[resolved.index] : undefined;
    if (!line || resolved.kind !== 'line') return { kind: 'text', text: `@${segment.key}` };
    return { kind: 'mention', line, index: resolved.index, quantity: lineQuantity(line, locale), name: lineName(line, titleOf) };
  });
}

/** Step text as one plain sentence: "Mix 1,500 g 00 flour with …". */
export function stepPlainText(recipe: Recipe, text: string, titleOf: TitleOf, locale: string): string {
  return resolveStepText(recipe, text, titleOf, locale)
    .map((s) => (s.kind === 'text' ? s.text : `${s.quantity ? `${s.quantity} ` : ''}${s.name}`))
    .join('');
}
