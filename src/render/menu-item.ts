/**
 * A menu item's own part of its page: its section and name, what it carries for
 * allergens (derived from the plate's recipes and ingredients), its price and what a
 * plate costs against it (food cost, margin, the price at the target), and the plate
 * component by component with each one's cost. A cost that cannot be completed says
 * what it lacks instead of showing a smaller number. Slot: `after-title` (variant note).
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { DerivedAllergens } from '../domain/allergen-derivation.ts';
import { missingCostText } from '../domain/costing/missing-cost-text.ts';
import type { PlateCosting } from '../domain/costing/plate-cost.ts';
import { numberFormat } from '../domain/number-format.ts';
import { quantityText } from '../domain/quantity-format.ts';
import type { MenuItem, PlateComponent } from '../schemas/menu-item.ts';
import type { NutrientSum } from '../domain/nutrition/nutrient-sum.ts';
import { allergenPanel } from './allergen-panel.ts';
import { nutritionSection } from './nutrition.ts';
import { entryHeading } from './entry-heading.ts';
import { factList } from './facts.ts';
import type { AsWritten, EntryTree, RenderContext } from './render-context.ts';

export interface MenuItemRenderContext extends RenderContext {
  /** Derived from the plate through its recipes' sub-recipes. */
  readonly allergens: DerivedAllergens;
  /** The binder's currency (ISO 4217). */
  readonly currency: string;
  /** The plate's cost against the price; undefined while the draft has no plate or price. */
  readonly costing: PlateCosting | undefined;
  /** What a plate holds, through its recipes; undefined while the draft has no plate. */
  readonly nutrients: NutrientSum | undefined;
}

export function renderMenuItem(item: AsWritten<MenuItem>, context: MenuItemRenderContext): EntryTree {
  const { t } = context;
  const plate = item.plate ?? [];
  return {
    type: 'root',
    children: [
      ...entryHeading(context, 'menu', [item.section], item.name),
      ...(item.description !== undefined ? [h('p', { className: 'lede' }, item.description)] : []),
      allergenPanel(context, context.allergens),
      factList(costFacts(item, context)),
      ...incompleteNote(context),
      ...(plate.length > 0 ? [h('h2', { id: 'plate' }, t('menuItem.plate')), plateTable(plate, context)] : []),
      ...nutritionSection(context, context.nutrients, 'nutrition.perPlate'),
    ],
  };
}

/** Money in the binder's currency, in the page's language. */
export function moneyText(amount: number, context: Pick<MenuItemRenderContext, 'tag' | 'currency'>): string {
  return numberFormat(context.tag, { style: 'currency', currency: context.currency }).format(amount);
}

/** A percentage as the language writes it, to one decimal: 27.1 %. */
export function percentText(percent: number, tag: string): string {
  return numberFormat(tag, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(percent / 100);
}

function costFacts(item: AsWritten<MenuItem>, context: MenuItemRenderContext) {
  const { t, tag, costing } = context;
  const complete = costing !== undefined && costing.plateCost.missing.length === 0;
  return [
    { label: t('menuItem.price'), value: item.price !== undefined ? moneyText(item.price, context) : undefined },
    { label: t('menuItem.plateCost'), value: costing && (complete ? moneyText(costing.plateCost.amount, context) : t('menuItem.incompleteShort')) },
    {
      label: t('menuItem.foodCost'),
      value:
        costing?.foodCostPercent !== undefined
          ? [
              costing.targetPercent !== undefined ? t('menuItem.foodCostAgainst', { percent: percentText(costing.foodCostPercent, tag), target: percentText(costing.targetPercent, tag) }) : percentText(costing.foodCostPercent, tag),
              ...(costing.overTarget ? [' ', h('strong', { className: 'tag tag--warning' }, t('menuItem.overTarget'))] : []),
            ]
          : undefined,
    },
    { label: t('menuItem.margin'), value: costing?.margin !== undefined ? moneyText(costing.margin, context) : undefined },
    { label: t('menuItem.targetPrice'), value: costing?.targetPrice !== undefined ? moneyText(costing.targetPrice, context) : undefined },
  ];
}

function incompleteNote(context: MenuItemRenderContext): Element[] {
  const missing = context.costing?.plateCost.missing ?? [];
  return missing.length === 0 ? [] : [h('p', { className: 'cost-note', role: 'note' }, context.t('menuItem.incomplete', { missing: missing.map((reason) => missingCostText(reason, context.t)).join('; ') }))];
}

function plateTable(plate: readonly PlateComponent[], context: MenuItemRenderContext): Element {
  const { t, tag, costing } = context;
  return h('div', { className: 'table-wrap' }, [
    h('table', { className: 'plate' }, [
      h('thead', [h('tr', [h('th', { scope: 'col', className: 'qty' }, t('menuItem.amount')), h('th', { scope: 'col' }, t('menuItem.component')), h('th', { scope: 'col', className: 'qty' }, t('menuItem.cost'))])]),
      h(
        'tbody',
        plate.map((component, index) => {
          const cost = costing?.components[index];
          const collection = component.recipe !== undefined ? 'recipes' : 'ingredients';
          const id = component.recipe ?? component.ingredient ?? '';
          return h('tr', [
            h('td', { className: 'qty' }, quantityText(component.quantity, component.unit, tag)),
            h('td', [h('a', { href: context.entryHref(collection, id) }, context.titleOf(collection, id))]),
            h('td', { className: 'qty' }, cost === undefined ? '' : cost.missing.length > 0 ? t('menuItem.incompleteShort') : moneyText(cost.amount, context)),
          ]);
        }),
      ),
    ]),
  ]);
}
