/**
 * /menu/dishes.json (and /es/menu/dishes.json, …): each dish as menu engineering matches
 * a till's rows to it (its names in this language and the binder's own), with its price
 * and plate cost (null when incomplete). Fetched only when a manager loads a sales file.
 */
import type { GetStaticPaths } from 'astro';
import { menuSections } from '../../../domain/costing/menu-costing.ts';
import { currentLanguage } from '../../../i18n/current-language.ts';
import type { SalesDish } from '../../../scripts/menu-sales.ts';
import { inEveryLanguage, loadBinder, loadOwnBinder } from '../../../site/binder.ts';

export const getStaticPaths = (async () => inEveryLanguage([{ params: {} }])) satisfies GetStaticPaths;

export async function GET(): Promise<Response> {
  const { binder } = await loadBinder();
  const own = await loadOwnBinder();
  const tag = currentLanguage()?.tag ?? binder.site.locale;
  const sections = menuSections(binder.menu, binder, binder.site.currency, binder.site.costing?.targetFoodCostPercent, tag);
  const dishes: SalesDish[] = sections.flatMap((section) =>
    section.rows.map(({ id, item, costing }) => ({
      id,
      name: item.name,
      // A till names a dish as the menu does, in this language or the binder's own.
      names: [...new Set([item.name, own.binder.menu.get(id)?.name ?? item.name])],
      price: item.price,
      plateCost: costing.plateCost.missing.length > 0 ? null : costing.plateCost.amount,
    })),
  );
  return new Response(JSON.stringify(dishes), { headers: { 'Content-Type': 'application/json' } });
}
