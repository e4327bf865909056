/**
 * An ingredient as far as its draft is written, in the shape src/render/ingredient.ts
 * draws: allergens among the known ones, a price once its amount and unit are written.
 */
import { ALLERGEN_IDS } from '../../src/domain/allergens.ts';
import type { Translate } from '../../src/i18n/translate.ts';
import type { AsWritten } from '../../src/render/render-context.ts';
import { IngredientCategorySchema, type Ingredient } from '../../src/schemas/ingredient.ts';
import { number, oneOf, prune, quantity, record, someOf, storage, text } from './read.ts';

/** `t` words what the draft still lacks where the page needs something (see draft-recipe.ts). */
export function draftIngredient(value: unknown, t: Translate): AsWritten<Ingredient> {
  const data = record(value);
  const spec = record(data['purchasing']);
  const cost = record(data['cost']);
  const amount = number(cost['amount']);
  const per = quantity(cost['per']);
  const purchasing = prune({ grade: text(spec['grade']), form: text(spec['form']), pack: text(spec['pack']), rejectIf: text(spec['rejectIf']) });
  return prune({
    name: text(data['name']) ?? t('preview.untitled'),
    category: oneOf(data['category'], IngredientCategorySchema.options),
    allergens: someOf(data['allergens'], ALLERGEN_IDS),
    mayContain: someOf(data['mayContain'], ALLERGEN_IDS),
    density: number(data['density']),
    gramsEach: number(data['gramsEach']),
    storage: storage(data['storage']),
    purchasing: Object.keys(purchasing).length > 0 ? purchasing : undefined,
    cost: amount !== undefined && per ? { amount, per } : undefined,
    notes: text(data['notes']),
  });
}
