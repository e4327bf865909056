import type { Ingredient } from '../../schemas/ingredient.ts';
import type { IngredientLine, Recipe } from '../../schemas/recipe.ts';
import { lineName, resolveStepText } from '../recipe-text.ts';
import { lineCost, quantityChange } from './batch-effect.ts';
import { deepEqual } from './deep-equal.ts';
import { diffFields } from './field-diff.ts';
import { lineRef, matchLines } from './match-lines.ts';
import { movedPairs } from './match-sequence.ts';
import type { Change, LineField } from './model.ts';
import { stepChanges } from './step-changes.ts';
import type { TitleOf } from './titles.ts';

/** What the recipe diff needs to know beyond the two recipes. */
export interface RecipeDiffContext {
  readonly titleOf: TitleOf;
  /** The ingredient as it is in the head (or the base, if it is gone), for conversions and prices. */
  readonly ingredientOf: (id: string) => Ingredient | undefined;
}

/** Fields compared by name below; every other field goes through the generic field diff. */
const KNOWN_FIELDS = new Set(['yield', 'ingredients', 'steps', 'diets']);

/** Everything that changed in a recipe's data, in the order a cook reads a recipe. */
export function recipeChanges(before: Recipe, after: Recipe, context: RecipeDiffContext): Change[] {
  return [
    ...yieldChanges(before, after),
    ...lineChanges(before.ingredients, after.ingredients, context),
    ...stepChanges(before.steps, after.steps, {
      before: (step) => readableText(before, step.text, context.titleOf),
      after: (step) => readableText(after, step.text, context.titleOf),
    }),
    ...dietChanges(before, after),
    ...diffFields(before, after, '', KNOWN_FIELDS),
  ];
}

function yieldChanges(before: Recipe, after: Recipe): Change[] {
  const was = before.yield;
  const is = after.yield;
  const changes: Change[] = [];
  if (was.quantity !== is.quantity || was.unit !== is.unit) {
    changes.push({ kind: 'yield-changed', path: 'yield', aspect: 'batch', before: { quantity: was.quantity, unit: was.unit }, after: { quantity: is.quantity, unit: is.unit } });
  }
  if (was.portions !== is.portions) changes.push({ kind: 'yield-changed', path: 'yield.portions', aspect: 'portions', before: was.portions, after: is.portions });
  if (!deepEqual(was.portionSize, is.portionSize)) {
    changes.push({ kind: 'yield-changed', path: 'yield.portionSize', aspect: 'portionSize', before: was.portionSize, after: is.portionSize });
  }
  return changes;
}

function lineChanges(before: readonly IngredientLine[], after: readonly IngredientLine[], context: RecipeDiffContext): Change[] {
  const match = matchLines(before, after);
  const ingredientOf = (line: IngredientLine) => (line.ingredient !== undefined ? context.ingredientOf(line.ingredient) : undefined);
  const changes: Change[] = [];

  for (const index of match.removed) {
    const line = before[index] as IngredientLine;
    changes.push({ kind: 'line-removed', path: `ingredients.${index}`, name: displayName(line, before, context.titleOf), line, cost: lineCost(line, ingredientOf(line)) });
  }
  const moved = new Set(movedPairs(match.pairs).map((p) => p.after));
  for (const { before: b, after: a } of match.pairs) {
    const old = before[b] as IngredientLine;
    const line = after[a] as IngredientLine;
    const name = displayName(line, after, context.titleOf);
    if (moved.has(a)) changes.push({ kind: 'line-moved', path: `ingredients.${a}`, name, from: b + 1, to: a + 1 });
    const fields: LineField[] = [];
    if (old.quantity !== line.quantity || old.unit !== line.unit) fields.push('quantity');
    if (old.preparation !== line.preparation) fields.push('preparation');
    if ((old.optional ?? false) !== (line.optional ?? false)) fields.push('optional');
    if (old.group !== line.group) fields.push('group');
    if (old.mentionAs !== line.mentionAs) fields.push('mentionAs');
    if (fields.length === 0) continue;
    const quantity = fields.includes('quantity') ? quantityChange(old, line, ingredientOf(line)) : undefined;
    changes.push({ kind: 'line-changed', path: `ingredients.${a}`, name, before: old, after: line, fields, quantity });
  }
  for (const index of match.added) {
    const line = after[index] as IngredientLine;
    changes.push({ kind: 'line-added', path: `ingredients.${index}`, name: displayName(line, after, context.titleOf), line, cost: lineCost(line, ingredientOf(line)) });
  }
  return changes;
}

/** The line's ingredient or sub-recipe name, with its group when the recipe lists the same thing twice: "Salt (Dough)". */
function displayName(line: IngredientLine, lines: readonly IngredientLine[], titleOf: TitleOf): string {
  const name = lineName(line, titleOf);
  const repeats = lines.filter((other) => lineRef(other) === lineRef(line)).length > 1;
  return repeats && line.group ? `${name} (${line.group})` : name;
}

/**
 * Step text as a cook reads it: mentions replaced by names, without quantities (a
 * quantity change is its own line). A mention of a line that is gone still reads as
 * the ingredient's name, so removing a line does not also "reword" the step.
 */
function readableText(recipe: Recipe, text: string, titleOf: TitleOf): string {
  return resolveStepText(recipe, text, titleOf, 'en')
    .map((segment) => {
      if (segment.kind === 'mention') return segment.name;
      const unresolved = /^@([a-z0-9-]+)$/.exec(segment.text)?.[1];
      if (unresolved === undefined) return segment.text;
      const name = titleOf('ingredients', unresolved);
      return name !== unresolved ? name : titleOf('recipes', unresolved) !== unresolved ? titleOf('recipes', unresolved) : segment.text;
    })
    .join('');
}

function dietChanges(before: Recipe, after: Recipe): Change[] {
  const was = new Set(before.diets ?? []);
  const is = new Set(after.diets ?? []);
  return [
    ...[...was].filter((diet) => !is.has(diet)).map((diet) => ({ kind: 'diet-removed' as const, path: 'diets', diet })),
    ...[...is].filter((diet) => !was.has(diet)).map((diet) => ({ kind: 'diet-added' as const, path: 'diets', diet })),
  ];
}
