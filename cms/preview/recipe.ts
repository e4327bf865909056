/**
 * The recipe preview: the recipe page as it will read, from the draft being edited —
 * quantities with units, @mentions resolved in the steps, critical limits called
 * out, and allergens derived from the chosen ingredients and sub-recipes.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import type { ReactElement } from 'react';
import { NO_ALLERGENS } from '../../src/domain/allergen-derivation.ts';
import { sortAllergens, type AllergenId } from '../../src/domain/allergens.ts';
import { formatMinutes, formatShelfLife } from '../../src/domain/duration.ts';
import { quantityText, standaloneQuantityText } from '../../src/domain/quantity-format.ts';
import { lineName, lineQuantity, resolveStepText, type TitleOf } from '../../src/domain/recipe-text.ts';
import { formatTemperature } from '../../src/domain/temperature.ts';
import type { IngredientLine, Recipe } from '../../src/schemas/recipe.ts';
import { h } from '../decap.ts';
import { draftAllergens, titleIn, type PreviewBinder } from './binder-data.ts';
import { allergenBadges, allergenPanel, criticalLimitNote, entryPage, facts, names } from './parts.ts';
import { criticalLimit, list, number, quantity, record, temperature, text, texts, unit, type Data } from './read.ts';

/** The draft's ingredient lines, with only well-formed values kept. */
export function draftLines(value: unknown): IngredientLine[] {
  return list(value).map((item) => {
    const line = record(item);
    const amount = number(line['quantity']);
    const of = unit(line['unit']);
    const values = {
      group: text(line['group']),
      ingredient: text(line['ingredient']),
      recipe: text(line['recipe']),
      ...(amount !== undefined && of !== undefined && { quantity: amount, unit: of }),
      preparation: text(line['preparation']),
      optional: line['optional'] === true ? true : undefined,
      mentionAs: text(line['mentionAs']),
    };
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as IngredientLine;
  });
}

export function recipePreview(binder: PreviewBinder | undefined) {
  return function RecipePreview({ entry, widgetFor }: PreviewTemplateComponentProps): ReactElement {
    const data: Data = record(entry.get('data')?.toJS());
    const slug = text(entry.get('slug'));
    const locale = binder?.locale ?? 'en-US';
    const titleOf: TitleOf = (collection, id) => titleIn(binder, collection, id);
    const lines = draftLines(data['ingredients']);
    const allergens = binder ? draftAllergens(binder, lines, slug) : NO_ALLERGENS;
    const made = record(data['yield']);
    const batch = quantity(made);
    const portions = number(made['portions']);
    const portionSize = quantity(made['portionSize']);
    const times = [
      ['Prep', number(data['prepMinutes'])],
      ['Cook', number(data['cookMinutes'])],
      ['Rest', number(data['restMinutes'])],
    ] as const;
    const total = times.reduce((sum, [, minutes]) => sum + (minutes ?? 0), 0);
    // resolveStepText reads only the recipe's ingredient lines.
    const asRecipe = { ingredients: lines } as unknown as Recipe;

    return entryPage(
      ['Recipes', text(data['course']), text(data['category'])].filter(Boolean).join(' · '),
      text(data['title']) ?? 'Untitled recipe',
      text(data['summary']) && h('p', { className: 'lede' }, text(data['summary'])),
      binder ? allergenPanel(allergens, titleOf) : h('p', { className: 'tag' }, 'Allergens are derived once the binder data has loaded — reload the editor'),
      facts([
        ['Batch', batch && standaloneQuantityText(batch.quantity, batch.unit, locale)],
        ['Portions', portions !== undefined && `${portions}${portionSize ? ` × ${quantityText(portionSize.quantity, portionSize.unit, locale)}` : ''}`],
        ...times.map(([label, minutes]) => [label, minutes !== undefined && minutes > 0 && formatMinutes(minutes)] as const),
        ['Total', total > 0 && formatMinutes(total)],
      ]),
      texts(data['stations']).length > 0 && h('p', null, h('strong', null, 'Stations: '), names(texts(data['stations']), (id) => titleOf('stations', id))),
      texts(data['diets']).length > 0 && h('p', null, h('strong', null, 'Suits: '), texts(data['diets']).join(', ')),
      h('h2', null, 'Ingredients'),
      ingredientTable(lines, binder, titleOf, locale),
      h('h2', null, 'Method'),
      h(
        'ol',
        { className: 'steps' },
        ...list(data['steps']).map((item, i) => {
          const step = record(item);
          const timer = number(step['timerMinutes']);
          const heat = temperature(step['temperature']);
          const station = text(step['station']);
          const limit = criticalLimit(step['criticalLimit']);
          const segments = resolveStepText(asRecipe, text(step['text']) ?? '', titleOf, locale);
          return h(
            'li',
            { key: i },
            h(
              'p',
              { className: 'step-text' },
              ...segments.map((segment) =>
                segment.kind === 'text'
                  ? segment.text
                  : h('span', { className: 'mention' }, segment.quantity && h('span', { className: 'mention-qty' }, segment.quantity), ` ${segment.name}`),
              ),
            ),
            (timer !== undefined || heat || station) &&
              h(
                'ul',
                { className: 'step-meta' },
                timer !== undefined && h('li', null, `Timer ${formatMinutes(timer)}`),
                heat && h('li', null, `At ${formatTemperature(heat)}`),
                station && h('li', null, `At the ${titleOf('stations', station)}`),
              ),
            limit && criticalLimitNote(limit),
          );
        }),
      ),
      texts(data['equipment']).length > 0 &&
        h('section', null,
          h('h2', null, 'Equipment'),
          h('ul', { className: 'chips' }, ...texts(data['equipment']).map((id) => h('li', { key: id, className: 'chip' }, titleOf('equipment', id)))),
        ),
      storageAndHolding(record(data['storage']), record(data['holding'])),
      h('section', { className: 'prose' }, h('h2', null, "Chef's notes"), widgetFor('body')),
    );
  };
}

function ingredientTable(lines: readonly IngredientLine[], binder: PreviewBinder | undefined, titleOf: TitleOf, locale: string): ReactElement {
  const contains = (line: IngredientLine): AllergenId[] =>
    sortAllergens(
      line.ingredient !== undefined ? (binder?.ingredients[line.ingredient]?.allergens ?? []) : (binder?.recipes[line.recipe ?? '']?.contains ?? []),
    );
  return h(
    'div',
    { className: 'table-wrap' },
    h(
      'table',
      { className: 'ingredients' },
      h('thead', null, h('tr', null, h('th', { className: 'qty' }, 'Qty'), h('th', null, 'Ingredient'))),
      h(
        'tbody',
        null,
        ...lines.map((line, i) => [
          line.group !== undefined && line.group !== lines[i - 1]?.group && h('tr', { key: `group-${i}` }, h('th', { colSpan: 2 }, line.group)),
          h(
            'tr',
            { key: `line-${i}` },
            h('td', { className: 'qty' }, lineQuantity(line, locale) ?? 'to taste'),
            h(
              'td',
              null,
              line.ingredient === undefined && line.recipe === undefined ? h('em', null, 'choose an ingredient or a recipe') : lineName(line, titleOf),
              line.recipe !== undefined && h('span', { className: 'tag' }, 'Sub-recipe'),
              line.optional && h('span', { className: 'tag' }, 'Optional'),
              line.preparation && h('div', { className: 'line-note' }, line.preparation),
              allergenBadges(contains(line)),
            ),
          ),
        ]),
      ),
    ),
  );
}

function storageAndHolding(storage: Data, holding: Data): ReactElement | false {
  const zone = text(storage['zone']);
  const cold = temperature(storage['temperature']);
  const shelfLife = number(storage['shelfLifeHours']);
  const method = holding['method'];
  const held = temperature(holding['temperature']);
  const maxHours = number(holding['maxHours']);
  const table = facts([
    ['Store', zone && `${zone}${cold ? `, at ${formatTemperature(cold)}` : ''}`],
    ['Shelf life', shelfLife !== undefined && formatShelfLife(shelfLife)],
    [
      method === 'hot' ? 'Hot hold' : 'Cold hold',
      (method === 'hot' || method === 'cold') &&
        held &&
        `${method === 'hot' ? 'at or above' : 'at or below'} ${formatTemperature(held)}${maxHours !== undefined ? `, at most ${formatMinutes(maxHours * 60)}` : ''}`,
    ],
  ]);
  return table && h('section', null, h('h2', null, 'Storage and holding'), table, text(storage['notes']) && h('p', null, text(storage['notes'])));
}
