/**
 * A recipe as far as its draft is written, in the shape src/render/recipe.ts draws:
 * each field kept only once it is well-formed, a line once it names an ingredient or a
 * sub-recipe, a block (yield, storage, holding, a critical limit) once it is whole.
 */
import type { Translate } from '../../src/i18n/translate.ts';
import type { AsWritten } from '../../src/render/render-context.ts';
import { CourseSchema, DietSchema, type IngredientLine, type Recipe, type RecipeStep, type RecipeYield } from '../../src/schemas/recipe.ts';
import { criticalLimit, holding, list, number, prune, quantity, record, storage, temperature, text, texts, unit, oneOf, someOf } from './read.ts';

/**
 * `t` words what the draft still lacks where the page needs something: an untitled
 * recipe's heading, a critical limit's unwritten corrective action.
 */
export function draftRecipe(value: unknown, t: Translate): AsWritten<Recipe> {
  const data = record(value);
  return prune({
    title: text(data['title']) ?? t('preview.untitled'),
    summary: text(data['summary']),
    course: oneOf(data['course'], CourseSchema.options),
    category: text(data['category']),
    stations: texts(data['stations']),
    yield: draftYield(data['yield']),
    prepMinutes: number(data['prepMinutes']),
    cookMinutes: number(data['cookMinutes']),
    restMinutes: number(data['restMinutes']),
    equipment: texts(data['equipment']),
    ingredients: draftLines(data['ingredients']),
    steps: list(data['steps']).map((step) => draftStep(step, t)),
    storage: storage(data['storage']),
    holding: holding(data['holding']),
    diets: someOf(data['diets'], DietSchema.options),
    bakersPercentages: data['bakersPercentages'] === true ? true : undefined,
  });
}

/** The draft's ingredient lines that name something, with only well-formed values kept. */
export function draftLines(value: unknown): IngredientLine[] {
  return list(value).flatMap((item) => {
    const line = record(item);
    const ingredient = text(line['ingredient']);
    const recipe = ingredient === undefined ? text(line['recipe']) : undefined;
    if (ingredient === undefined && recipe === undefined) return [];
    const amount = number(line['quantity']);
    const of = unit(line['unit']);
    return [
      prune({
        group: text(line['group']),
        ingredient,
        recipe,
        ...(amount !== undefined && of !== undefined && { quantity: amount, unit: of }),
        preparation: text(line['preparation']),
        prepYield: text(line['prepYield']),
        optional: line['optional'] === true ? true : undefined,
        mentionAs: text(line['mentionAs']),
      }),
    ];
  });
}

function draftYield(value: unknown): RecipeYield | undefined {
  const made = record(value);
  const batch = quantity(made);
  if (!batch || batch.unit === 'portion') return undefined;
  return prune({ quantity: batch.quantity, unit: batch.unit, portions: number(made['portions']), portionSize: quantity(made['portionSize']) });
}

function draftStep(value: unknown, t: Translate): RecipeStep {
  const step = record(value);
  const limit = criticalLimit(step['criticalLimit']);
  return prune({
    text: text(step['text']) ?? '',
    timerMinutes: number(step['timerMinutes']),
    temperature: temperature(step['temperature']),
    criticalLimit: limit && { ...limit, correctiveAction: limit.correctiveAction || t('preview.noCorrectiveAction') },
    station: text(step['station']),
  });
}
