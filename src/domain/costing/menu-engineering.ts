/**
 * Menu engineering (Kasavana and Smith): each item's share of the units sold (menu
 * mix) and contribution margin place it in one of four classes. An item is popular when
 * its share is at least 70 % of an equal share (0.7 ÷ the number of items), and
 * profitable when its margin is at least the menu's average margin, weighted by units
 * sold. The ideal food cost % is what the menu would cost if every plate were made to
 * spec: Σ plate cost × sold ÷ Σ price × sold.
 */

export type MenuClass = 'star' | 'plowhorse' | 'puzzle' | 'dog';

export interface ItemSales {
  readonly item: string;
  readonly sold: number;
  /** Menu price before tax. */
  readonly price: number;
  /** The plate cost, or undefined when it is incomplete: the item is then left out of the classes and named. */
  readonly plateCost: number | undefined;
}

export interface EngineeredItem extends ItemSales {
  /** Its share of the units sold, 0–1. */
  readonly mix: number;
  readonly margin: number | undefined;
  readonly popular: boolean;
  readonly profitable: boolean | undefined;
  readonly class: MenuClass | undefined;
}

export interface MenuEngineering {
  readonly items: readonly EngineeredItem[];
  readonly totalSold: number;
  /** 0.7 ÷ the number of items: the share at which an item counts as popular. */
  readonly popularityThreshold: number;
  /** The average contribution margin, weighted by units sold, over the items with a complete cost. */
  readonly averageMargin: number | undefined;
  /** Σ plate cost × sold ÷ Σ price × sold × 100, over the items with a complete cost. */
  readonly idealFoodCostPercent: number | undefined;
  /** Items whose plate cost is incomplete, so cannot be classed. */
  readonly incomplete: readonly string[];
}

export const POPULARITY_FACTOR = 0.7;

export function engineerMenu(sales: readonly ItemSales[]): MenuEngineering {
  const totalSold = sales.reduce((sum, each) => sum + each.sold, 0);
  const popularityThreshold = sales.length === 0 ? 0 : POPULARITY_FACTOR / sales.length;
  const costed = sales.filter((each) => each.plateCost !== undefined);
  const costedSold = costed.reduce((sum, each) => sum + each.sold, 0);
  const averageMargin = costedSold === 0 ? undefined : costed.reduce((sum, each) => sum + (each.price - each.plateCost!) * each.sold, 0) / costedSold;
  const revenue = costed.reduce((sum, each) => sum + each.price * each.sold, 0);
  const idealFoodCostPercent = revenue === 0 ? undefined : (costed.reduce((sum, each) => sum + each.plateCost! * each.sold, 0) / revenue) * 100;
  const items = sales.map((each): EngineeredItem => {
    const mix = totalSold === 0 ? 0 : each.sold / totalSold;
    const popular = totalSold > 0 && mix >= popularityThreshold;
    const margin = each.plateCost === undefined ? undefined : each.price - each.plateCost;
    const profitable = margin === undefined || averageMargin === undefined ? undefined : margin >= averageMargin;
    return { ...each, mix, margin, popular, profitable, class: profitable === undefined ? undefined : classOf(popular, profitable) };
  });
  return { items, totalSold, popularityThreshold, averageMargin, idealFoodCostPercent, incomplete: sales.filter((each) => each.plateCost === undefined).map((each) => each.item) };
}

function classOf(popular: boolean, profitable: boolean): MenuClass {
  if (popular) return profitable ? 'star' : 'plowhorse';
  return profitable ? 'puzzle' : 'dog';
}
