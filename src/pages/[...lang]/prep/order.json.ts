/**
 * /prep/order.json (and /es/prep/order.json, …): what one unit of each prep item needs
 * bought, and the prices of those ingredients, for the order under the prep list. Apart
 * from the page, which reads without it: in a big binder it outweighs the list itself,
 * and the offline cache holds it beside the page.
 */
import type { GetStaticPaths } from 'astro';
import { prepItems } from '../../../domain/costing/prep-items.ts';
import { inEveryLanguage, loadBinder } from '../../../site/binder.ts';

export const getStaticPaths = (async () => inEveryLanguage([{ params: {} }])) satisfies GetStaticPaths;

export async function GET(): Promise<Response> {
  const { binder, index } = await loadBinder();
  const items = prepItems(binder);
  const purchases = Object.fromEntries(items.map((item) => [`${item.collection}/${item.id}`, item.purchases]));
  // The order prices what the prep needs from the ingredients it names, and nothing else.
  const ordered = [...new Set(items.flatMap((item) => item.purchases.map((need) => need.ingredient)))];
  const ingredients = Object.fromEntries(
    ordered.flatMap((id) => {
      const ingredient = binder.ingredients.get(id);
      return ingredient ? [[id, { name: index.title('ingredients', id), cost: ingredient.cost, density: ingredient.density, gramsEach: ingredient.gramsEach }]] : [];
    }),
  );
  return new Response(JSON.stringify({ purchases, ingredients }), { headers: { 'Content-Type': 'application/json' } });
}
