/**
 * An ingredient's own part of its page: heading, allergens, storage, and the purchasing
 * spec with its price, supplier and the day it was seen, other packs, and what each
 * preparation leaves usable (and what that costs). Slot for the page's own part: `after-title` (variant note).
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { DerivedAllergens } from '../domain/allergen-derivation.ts';
import { formatShelfLife } from '../domain/duration.ts';
import { pricePer } from '../domain/costing/pack-price.ts';
import { dateFormat, numberFormat } from '../domain/number-format.ts';
import { quantityText, standaloneQuantityText } from '../domain/quantity-format.ts';
import { formatTemperature } from '../domain/temperature.ts';
import { unitDimension, type Dimension, type UnitId } from '../domain/units.ts';
import type { Ingredient, PackPrice } from '../schemas/ingredient.ts';
import { allergenPanel } from './allergen-panel.ts';
import { entryHeading } from './entry-heading.ts';
import { factList } from './facts.ts';
import { ingredientNutrition } from './nutrition.ts';
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
  const number = numberFormat(tag, { maximumFractionDigits: 20 });
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
      ...ingredientNutrition(context, ingredient.nutrition),
    ],
  };
}

function purchasing(ingredient: AsWritten<Ingredient>, context: IngredientRenderContext): Element[] {
  const { t } = context;
  const spec = ingredient.purchasing;
  const pack = ingredient.cost;
  if (!spec && !pack) return [];
  return [
    h('h2', t('ingredient.purchasing')),
    factList([
      { label: t('ingredient.grade'), value: spec?.grade },
      { label: t('ingredient.form'), value: spec?.form },
      { label: t('ingredient.pack'), value: spec?.pack },
      { label: t('ingredient.cost'), value: pack && packPriceText(pack, context) },
      { label: t('ingredient.supplier'), value: pack?.supplier && [pack.supplier, pack.code ? ` (${pack.code})` : ''].join('') },
      { label: t('ingredient.priceSeen'), value: pack?.seen && dayText(pack.seen, context.tag) },
    ]),
    ...(spec?.rejectIf ? [h('p', [h('strong', t('ingredient.rejectIf')), ` ${spec.rejectIf}`])] : []),
    ...otherPacks(ingredient, context),
    ...yieldTable(ingredient, context),
  ];
}

/** "$30.00 per 22.7 kg ($1.32 per kg)": the pack's price and what that is per unit, as purchased. */
function packPriceText(pack: PackPrice, context: IngredientRenderContext): string {
  const { t, tag } = context;
  const money = moneyFormat(pack, context);
  const text = t('ingredient.price', { price: money.format(pack.amount), quantity: quantityText(pack.per.quantity, pack.per.unit, tag) });
  const unit = COSTING_UNIT[unitDimension(pack.per.unit)];
  const perUnit = pricePer(pack, unit);
  return perUnit === null || (pack.per.quantity === 1 && pack.per.unit === unit) ? text : `${text} (${t('ingredient.perUnit', { price: money.format(perUnit), unit: standaloneQuantityText(1, unit, tag) })})`;
}

function otherPacks(ingredient: AsWritten<Ingredient>, context: IngredientRenderContext): Element[] {
  const packs = ingredient.otherPacks ?? [];
  if (packs.length === 0) return [];
  const { t, tag } = context;
  return [
    h('h3', t('ingredient.otherPacks')),
    h('ul', packs.map((pack) => h('li', [packPriceText(pack, context), pack.supplier ? ` · ${pack.supplier}` : '', pack.seen ? ` · ${dayText(pack.seen, tag)}` : '']))),
  ];
}

function yieldTable(ingredient: AsWritten<Ingredient>, context: IngredientRenderContext): Element[] {
  const yields = ingredient.yields ?? [];
  if (yields.length === 0) return [];
  const { t, tag } = context;
  const pack = ingredient.cost;
  const unit = pack && COSTING_UNIT[unitDimension(pack.per.unit)];
  const perUnit = pack && unit ? pricePer(pack, unit) : null;
  const percent = numberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  return [
    h('h2', t('ingredient.yields')),
    h('p', t('ingredient.yieldsIntro')),
    h('div', { className: 'table-wrap' }, [
      h('table', [
        h('thead', [h('tr', [h('th', { scope: 'col' }, t('ingredient.yieldPrep')), h('th', { scope: 'col' }, t('ingredient.yieldUsable')), h('th', { scope: 'col' }, t('ingredient.yieldLost')), ...(perUnit !== null ? [h('th', { scope: 'col' }, t('ingredient.yieldCost'))] : [])])]),
        h(
          'tbody',
          yields.map((each) =>
            h('tr', [
              h('th', { scope: 'row' }, each.prep),
              h('td', percent.format(each.percent / 100)),
              h('td', each.notes ?? ''),
              ...(perUnit !== null && pack && unit ? [h('td', t('ingredient.perUnit', { price: moneyFormat(pack, context).format(perUnit / (each.percent / 100)), unit: standaloneQuantityText(1, unit, tag) }))] : []),
            ]),
          ),
        ),
      ]),
    ]),
  ];
}

/** The unit a price per unit is shown in, by what the pack measures. */
const COSTING_UNIT: Record<Dimension, UnitId> = { mass: 'kg', volume: 'l', count: 'each', portion: 'portion' };

function moneyFormat(pack: PackPrice, context: IngredientRenderContext): Intl.NumberFormat {
  return numberFormat(context.tag, { style: 'currency', currency: pack.currency ?? context.currency });
}

/** A YYYY-MM-DD day as the language writes it, the same in every time zone. */
function dayText(day: string, tag: string): string {
  return dateFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
