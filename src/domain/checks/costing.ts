/**
 * Prices and yields hold together: a line's `prepYield` is one its ingredient declares;
 * every price is in the binder's currency (a restaurant's layer may have its own, and
 * its prices must follow it); and a price older than the identity allows is a warning,
 * never an error, since an old price still costs a recipe better than none.
 */
import type { PackPrice } from '../../schemas/ingredient.ts';
import type { Site } from '../../schemas/site.ts';
import type { BinderEntries } from '../binder.ts';
import { orList, suggest } from '../suggest.ts';
import type { Report } from './report.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `today` as YYYY-MM-DD, so the check is the same on every machine on a given day (and testable). */
export function checkCosting(binder: BinderEntries, site: Pick<Site, 'currency' | 'costing'>, today: string, report: Report, warn: Report): void {
  for (const [id, recipe] of binder.recipes) {
    recipe.ingredients.forEach((line, index) => {
      if (line.prepYield === undefined) return;
      const where = { collection: 'recipes' as const, id, path: ['ingredients', index, 'prepYield'] };
      if (line.ingredient === undefined) {
        report(where, 'is for ingredient lines: a sub-recipe’s cost comes from its own lines', 'remove `prepYield` from this line');
        return;
      }
      const ingredient = binder.ingredients.get(line.ingredient);
      if (!ingredient) return; // the broken reference is its own problem
      const known = (ingredient.yields ?? []).map((each) => each.prep);
      if (known.includes(line.prepYield)) return;
      const close = suggest(line.prepYield, known);
      report(
        where,
        `\`${line.prepYield}\` is not a preparation yield of \`${line.ingredient}\`${known.length > 0 ? ` (it has ${orList(known)})` : ' (it declares none)'}`,
        close.length > 0 ? `did you mean \`${close[0]}\`?` : `add \`{ prep: ${line.prepYield}, percent: … }\` to \`yields:\` of ingredients/${line.ingredient}, or remove \`prepYield\``,
      );
    });
  }
  for (const [id, ingredient] of binder.ingredients) {
    const packs: Array<[PackPrice, (string | number)[]]> = [
      ...(ingredient.cost ? [[ingredient.cost, ['cost']] as [PackPrice, (string | number)[]]] : []),
      ...(ingredient.otherPacks ?? []).map((pack, index): [PackPrice, (string | number)[]] => [pack, ['otherPacks', index]]),
    ];
    for (const [pack, path] of packs) {
      const where = { collection: 'ingredients' as const, id };
      if (pack.currency !== undefined && pack.currency !== site.currency) {
        report(
          { ...where, path: [...path, 'currency'] },
          `is ${pack.currency}, but this binder costs in ${site.currency}`,
          `write the price in ${site.currency} and remove \`currency\` (a restaurant in another currency sets \`currency\` in its layer's \`site:\`, and its own prices)`,
        );
      }
      const maxAge = site.costing?.priceMaxAgeDays;
      if (maxAge === undefined) continue;
      if (pack.seen === undefined) {
        warn({ ...where, path: [...path, 'seen'] }, 'is missing, so no one can tell how old this price is', `add \`seen:\` with the day the price was quoted (YYYY-MM-DD)`);
        continue;
      }
      const age = Math.floor((Date.parse(today) - Date.parse(pack.seen)) / DAY_MS);
      if (age > maxAge) {
        warn(
          { ...where, path: [...path, 'seen'] },
          `is ${pack.seen}, ${age} days ago: older than the ${maxAge} days the identity allows (costing.priceMaxAgeDays)`,
          `check the price${pack.supplier ? ` with ${pack.supplier}` : ''}, then update \`amount\` and \`seen\``,
        );
      }
    }
  }
}
