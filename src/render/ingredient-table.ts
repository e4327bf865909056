/**
 * The ingredient list as a table a cook can scan: quantity first, then what, then how
 * it is prepared. Sub-recipes link to their page at the amount this recipe needs; each
 * line shows its allergens. `data-line`, `data-row`, `data-sub-line` and `data-note-for`
 * are what the scaler redraws.
 */
import { numberFormat } from '../domain/number-format.ts';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { sortAllergens } from '../domain/allergens.ts';
import { lineName, lineQuantity } from '../domain/recipe-text.ts';
import type { RecipeAsBuilt } from '../domain/scaling/recipe-as-built.ts';
import type { IngredientLine } from '../schemas/recipe.ts';
import { allergenBadges } from './allergen-badges.ts';
import type { RecipeRenderContext } from './recipe-render-context.ts';

export function ingredientTable(context: RecipeRenderContext, lines: readonly IngredientLine[], built: RecipeAsBuilt | undefined): Element {
  const { t } = context;
  const bakers = built?.bakers;
  const percent = numberFormat(context.tag, { maximumFractionDigits: 1 });
  const groups: Array<{ name: string | undefined; rows: Element[] }> = [];
  lines.forEach((line, position) => {
    const row = lineRow(context, line, position, built, bakers ? percent : undefined);
    const last = groups.at(-1);
    if (last && last.name === line.group) last.rows.push(row);
    else groups.push({ name: line.group, rows: [row] });
  });
  return h('div', { className: 'table-wrap' }, [
    h('table', { className: 'ingredients' }, [
      h('caption', { className: 'visually-hidden' }, t('ingredientTable.caption')),
      h('thead', [
        h('tr', [
          h('th', { scope: 'col', className: 'qty' }, t('ingredientTable.qty')),
          ...(bakers ? [h('th', { scope: 'col', className: 'qty' }, t('ingredientTable.bakers'))] : []),
          h('th', { scope: 'col' }, t('ingredientTable.ingredient')),
        ]),
      ]),
      ...groups.map((group) =>
        h('tbody', [...(group.name ? [h('tr', [h('th', { scope: 'rowgroup', colSpan: bakers ? 3 : 2 }, group.name)])] : []), ...group.rows]),
      ),
    ]),
  ]);
}

function lineRow(context: RecipeRenderContext, line: IngredientLine, position: number, built: RecipeAsBuilt | undefined, percent: Intl.NumberFormat | undefined): Element {
  const { t } = context;
  const scaled = built?.scaled.lines[position];
  const quantity = built ? scaled?.text : lineQuantity(line, context.tag);
  const name = lineName(line, context.titleOf);
  const notes = built?.notes[position] ?? [];
  const contains = sortAllergens(line.ingredient !== undefined ? context.containsOf('ingredients', line.ingredient) : context.containsOf('recipes', line.recipe ?? ''));
  const bakers = built?.bakers?.[position];
  const link: ElementContent =
    line.recipe !== undefined
      ? h('a', { href: `${context.entryHref('recipes', line.recipe)}?${scaled?.subRecipeQuery ?? ''}`, dataSubLine: position }, name)
      : h('a', { href: context.entryHref('ingredients', line.ingredient ?? '') }, name);
  return h('tr', { id: `ingredient-${position + 1}`, dataRow: position }, [
    h('td', { className: 'qty', dataLine: position }, quantity ?? t('unit.toTaste')),
    ...(percent ? [h('td', { className: 'qty' }, bakers == null ? '—' : `${percent.format(bakers)} %`)] : []),
    h('td', [
      link,
      ...(line.recipe !== undefined ? [h('span', { className: 'tag' }, t('ingredientTable.subRecipe'))] : []),
      ...(line.optional ? [h('span', { className: 'tag' }, t('ingredientTable.optional'))] : []),
      ...(line.preparation ? [h('div', { className: 'line-note' }, line.preparation)] : []),
      ...allergenBadges(context, contains),
      ...(notes.length > 0 ? [h('small', { className: 'scale-note', dataNoteFor: position }, notes.join(' · '))] : []),
    ]),
  ]);
}
