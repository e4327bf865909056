/** /menu/menu.csv (and /es/menu/menu.csv, …): the menu's costs as the menu page shows them, for the office's spreadsheet. */
import type { GetStaticPaths } from 'astro';
import { menuCsv, menuSections } from '../../../domain/costing/menu-costing.ts';
import { currentLanguage } from '../../../i18n/current-language.ts';
import { translatorFor } from '../../../i18n/translate.ts';
import { inEveryLanguage, loadBinder } from '../../../site/binder.ts';

export const getStaticPaths = (async () => inEveryLanguage([{ params: {} }])) satisfies GetStaticPaths;

export async function GET(): Promise<Response> {
  const { binder } = await loadBinder();
  const tag = currentLanguage()?.tag ?? binder.site.locale;
  const sections = menuSections(binder.menu, binder, binder.site.currency, binder.site.costing?.targetFoodCostPercent, tag);
  return new Response(menuCsv(sections, translatorFor(tag)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
