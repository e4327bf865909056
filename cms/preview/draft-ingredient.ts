/**
 * An ingredient as far as its draft is written, in the shape src/render/ingredient.ts
 * draws: allergens among the known ones, a price once its amount and unit are written,
 * yields once their preparation and percentage are.
 */
import { ALLERGEN_IDS } from '../../src/domain/allergens.ts';
import type { Translate } from '../../src/i18n/translate.ts';
import type { AsWritten } from '../../src/render/render-context.ts';
import { IngredientCategorySchema, type Ingredient, type PackPrice } from '../../src/schemas/ingredient.ts';
import { NUTRIENTS, NutritionDatabaseSchema, type Nutrition } from '../../src/schemas/nutrition.ts';
import { list, number, oneOf, prune, quantity, record, someOf, storage, text } from './read.ts';

/** `t` words what the draft still lacks where the page needs something (see draft-recipe.ts). */
export function draftIngredient(value: unknown, t: Translate): AsWritten<Ingredient> {
  const data = record(value);
  const spec = record(data['purchasing']);
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
    cost: packPrice(data['cost']),
    otherPacks: list(data['otherPacks']).flatMap((pack) => packPrice(pack) ?? []),
    yields: list(data['yields']).flatMap((each) => {
      const item = record(each);
      const prep = text(item['prep']);
      const percent = number(item['percent']);
      return prep !== undefined && percent !== undefined && percent > 0 && percent <= 100 ? [prune({ prep, percent, notes: text(item['notes']) })] : [];
    }),
    nutrition: nutrition(data['nutrition']),
    notes: text(data['notes']),
  });
}

/** Figures as far as they are written, once their source is (the page never shows a figure without one). */
function nutrition(value: unknown): Nutrition | undefined {
  const data = record(value);
  const figures = record(data['per100g']);
  const per100g = prune(Object.fromEntries(NUTRIENTS.map(({ id }) => [id, number(figures[id])])));
  const source = record(data['source']);
  const database = oneOf(source['database'], NutritionDatabaseSchema.options);
  const id = text(source['id']);
  const description = text(source['description']);
  if (Object.keys(per100g).length === 0 || !database || !id || !description) return undefined;
  return { per100g, source: prune({ database, id, description, match: text(source['match']), dataType: text(source['dataType']), published: text(source['published']) }) };
}

/** A price once its amount and pack are written, with what else the draft says of it; a currency only once it is a code. */
function packPrice(value: unknown): PackPrice | undefined {
  const pack = record(value);
  const amount = number(pack['amount']);
  const per = quantity(pack['per']);
  if (amount === undefined || !per) return undefined;
  const currency = text(pack['currency']);
  const seen = text(pack['seen']);
  return prune({
    amount,
    per,
    supplier: text(pack['supplier']),
    code: text(pack['code']),
    currency: currency !== undefined && /^[A-Z]{3}$/.test(currency) ? currency : undefined,
    seen: seen !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(seen) ? seen : undefined,
  });
}
