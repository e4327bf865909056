/** A menu item as far as its draft is written, in the shape src/render/menu-item.ts draws: plate lines once they name something and how much. */
import { UNITS, type UnitId } from '../../src/domain/units.ts';
import type { Translate } from '../../src/i18n/translate.ts';
import type { AsWritten } from '../../src/render/render-context.ts';
import type { MenuItem, PlateComponent } from '../../src/schemas/menu-item.ts';
import { list, number, prune, record, text } from './read.ts';

/** `t` words what the draft still lacks where the page needs something (see draft-recipe.ts). */
export function draftMenuItem(value: unknown, t: Translate): AsWritten<MenuItem> {
  const data = record(value);
  const price = number(data['price']);
  return prune({
    name: text(data['name']) ?? t('preview.untitled'),
    section: text(data['section']),
    description: text(data['description']),
    plate: list(data['plate']).flatMap((each): PlateComponent[] => {
      const line = record(each);
      const recipe = text(line['recipe']);
      const ingredient = text(line['ingredient']);
      const quantity = number(line['quantity']);
      const unit = line['unit'];
      if ((recipe === undefined) === (ingredient === undefined) || quantity === undefined || quantity <= 0 || typeof unit !== 'string' || !Object.hasOwn(UNITS, unit)) return [];
      return [prune({ recipe, ingredient, quantity, unit: unit as UnitId, prepYield: text(line['prepYield']) })];
    }),
    price: price !== undefined && price > 0 ? price : undefined,
    targetFoodCostPercent: number(data['targetFoodCostPercent']),
    order: number(data['order']),
  });
}
