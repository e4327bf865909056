/**
 * The menu item preview: the dish's page, drawn by the same code as the page
 * (src/render/menu-item.ts) from the draft being edited: allergens derived from the
 * plate, and its cost against the price with the binder's prices, as the page will.
 */
import type { ReactElement } from 'react';
import { plateCosting } from '../../src/domain/costing/plate-cost.ts';
import { plateNutrients } from '../../src/domain/nutrition/nutrient-sum.ts';
import { renderMenuItem } from '../../src/render/menu-item.ts';
import type { IngredientLine } from '../../src/schemas/recipe.ts';
import { draftAllergens, NO_BINDER_DATA, scalingLookups, type PreviewBinder } from './binder-data.ts';
import { draftMenuItem } from './draft-menu-item.ts';
import { previewRenderContext } from './render-context.ts';
import { previewPage, toReact, type PreviewProps } from './to-react.ts';

/** Without the binder data, other entries show by their slugs and nothing is costed. */
export function menuItemPreview(binder: PreviewBinder | undefined) {
  const data = binder ?? NO_BINDER_DATA;
  const context = previewRenderContext(data);
  return function MenuItemPreview(props: PreviewProps): ReactElement {
    const { entry } = props;
    const item = draftMenuItem(entry.get('data')?.toJS(), context.t);
    const plate = item.plate ?? [];
    const tree = renderMenuItem(item, {
      ...context,
      // A plate's lines name recipes and ingredients as a recipe's do; the derivation reads nothing else.
      allergens: draftAllergens(data, plate as unknown as IngredientLine[]),
      currency: data.currency,
      costing: item.price !== undefined && plate.length > 0 ? plateCosting({ plate, price: item.price, targetFoodCostPercent: item.targetFoodCostPercent }, scalingLookups(data), data.currency, data.targetFoodCostPercent) : undefined,
      nutrients: plate.length > 0 ? plateNutrients({ plate }, scalingLookups(data)) : undefined,
    });
    return toReact(previewPage(tree.children, props));
  };
}
