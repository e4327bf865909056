/**
 * An ingredient's own part of its page: heading, allergens, storage, and the purchasing
 * spec with its price. Slot for the page's own part: `after-title` (variant note).
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { DerivedAllergens } from '../domain/allergen-derivation.ts';
import { formatShelfLife } from '../domain/duration.ts';
import { quantityText } from '../domain/quantity-format.ts';
import { formatTemperature } from '../domain/temperature.ts';
import type { Ingredient } from '../schemas/ingredient.ts';
import { allergenPanel } from './allergen-panel.ts';
import { entryHeading } from './entry-heading.ts';
import { factList } from './facts.ts';
import type { AsWritten, EntryTree, RenderContext } from './render-context.ts';

export interface IngredientRenderContext extends RenderContext {
  /** The ingredient's allergens as declared (`declaredAllergens`). */
  readonly allergens: DerivedAllergens;
  /** The site's currency (ISO 4217), for the price. */
  readonly currency: string;
}

export function renderIngredient(ingredient: AsWritten<Ingredient>, context: IngredientRenderContext): EntryTree {
  const { t, tag } = context;
  const { storage } = ingredient;
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 20 });
  return {
    type: 'root',
    children: [
      ...entryHeading(context, 'ingredients', [ingredient.category && t(`ingredientCategory.${ingredient.category}`)], ingredient.name),
      ...(ingredient.notes ? [h('p', { className: 'lede' }, ingredient.notes)] : []),
      allergenPanel(context, context.allergens, false),
      h('h2', t('ingredient.storage')),
      factList([
        { label: t('ingredient.zone'), value: storage && t(`storageZone.${storage.zone}`) },
        { label: t('ingredient.temperature'), value: storage?.temperature && formatTemperature(storage.temperature) },
        { label: t('ingredient.shelfLife'), value: storage?.shelfLifeHours !== undefined ? formatShelfLife(storage.shelfLifeHours, tag) : undefined },
        { label: t('ingredient.density'), value: ingredient.density !== undefined ? `${number.format(ingredient.density)} g/ml` : undefined },
        { label: t('ingredient.onePiece'), value: ingredient.gramsEach !== undefined ? `${number.format(ingredient.gramsEach)} g` : undefined },
      ]),
      ...(storage?.notes ? [h('p', storage.notes)] : []),
      ...purchasing(ingredient, context),
    ],
  };
}

function purchasing(ingredient: AsWritten<Ingredient>, context: IngredientRenderContext): Element[] {
  const { t, tag } = context;
  const spec = ingredient.purchasing;
  const price =
    ingredient.cost &&
    t('ingredient.price', {
      price: new Intl.NumberFormat(tag, { style: 'currency', currency: context.currency }).format(ingredient.cost.amount),
      quantity: quantityText(ingredient.cost.per.quantity, ingredient.cost.per.unit, tag),
    });
  if (!spec && !price) return [];
  return [
    h('h2', t('ingredient.purchasing')),
    factList([
      { label: t('ingredient.grade'), value: spec?.grade },
      { label: t('ingredient.form'), value: spec?.form },
      { label: t('ingredient.pack'), value: spec?.pack },
      { label: t('ingredient.cost'), value: price },
    ]),
    ...(spec?.rejectIf ? [h('p', [h('strong', t('ingredient.rejectIf')), ` ${spec.rejectIf}`])] : []),
  ];
}
