/**
 * The editor's previews: each template rendered as Decap renders it (React, here to
 * static HTML) from a draft, and read back as HTML. They draw the pages' markup through
 * src/render/ (tests/e2e/preview-matches-page.spec.ts holds them equal to the built
 * pages); here, what a draft adds: names instead of slugs, half-written values left
 * out, what is still missing said, and the binder's language.
 */
import { describe, expect, test } from 'vitest';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { previewBinder, type PreviewBinder } from '../../cms/preview/binder-data.ts';
import { equipmentPreview } from '../../cms/preview/equipment.ts';
import { ingredientPreview } from '../../cms/preview/ingredient.ts';
import { procedurePreview } from '../../cms/preview/procedure.ts';
import { recipePreview } from '../../cms/preview/recipe.ts';
import { setupPreview } from '../../cms/preview/setup.ts';
import { stationPreview } from '../../cms/preview/station.ts';
import { buildBinderIndex } from '../../src/domain/binder-index.ts';
import type { BinderEntries } from '../../src/domain/binder.ts';
import { binderInLanguage } from '../../src/domain/translation/binder-in-language.ts';
import { collectionJsonSchema } from '../../src/schemas/json-schema.ts';
import { entries, ingredient, site } from './builders.ts';
import { pizzeria } from './pizzeria.ts';

type Template = (binder: PreviewBinder | undefined) => ComponentType<PreviewTemplateComponentProps>;

const kitchen: BinderEntries = entries({
  ...pizzeria(),
  ingredients: {
    ...pizzeria().ingredients,
    'flour-00': ingredient({ name: '00 flour', allergens: ['gluten', 'wheat'], purchasing: { grade: 'Tipo 00', pack: '25 kg sack', rejectIf: 'the sack is damp' } }),
  },
  procedures: { ...pizzeria().procedures, 'deck-oven-care': { ...pizzeria().procedures!['cooling']!, title: 'Deck oven care' }, handwashing: { ...pizzeria().procedures!['cooling']!, title: 'Handwashing' } },
  equipment: {
    'deck-oven': { name: 'Deck pizza oven', category: 'cooking' },
    'pizza-peels': { name: 'Pizza peels', category: 'smallwares' },
  },
  stations: { line: { name: 'Line', summary: 'The line.', order: 1 }, 'pizza-bench': { name: 'Pizza bench', summary: 'Pizzas.', order: 2 } },
});

/** The preview data /admin/binder.json holds, for the binder in English or read in Spanish. */
function binderData(tag: 'en-US' | 'es'): PreviewBinder {
  const english = { site: site(), ...kitchen };
  const binder = tag === 'es' ? binderInLanguage(english, 'es', () => undefined) : english;
  return previewBinder(binder, buildBinderIndex(binder, collectionJsonSchema), { base: '/', segment: tag === 'es' ? 'es' : '' });
}

/** A preview of `data` as Decap draws it, with the body widget standing in as text; `binder` undefined when /admin/binder.json could not be read. */
function draw(template: Template, data: unknown, known: { binder: PreviewBinder | undefined } = { binder: binderData('en-US') }, slug = 'draft'): string {
  const entry = { get: (key: string) => (key === 'data' ? { toJS: () => data } : key === 'slug' ? slug : undefined) };
  const props = { entry, widgetFor: (name: string) => `[${name} widget]` } as unknown as PreviewTemplateComponentProps;
  return renderToStaticMarkup(createElement(template(known.binder), props));
}

describe('every preview draws its page’s markup in the page’s frame', () => {
  test.each<[string, Template, unknown, string]>([
    ['recipe', recipePreview, pizzeria().recipes!['pizza'], '<main id="main"><article><p class="eyebrow" data-pagefind-ignore=""><a href="/recipes/">Recipes</a> · pizza · Test</p><h1>Pizza</h1>'],
    ['procedure', procedurePreview, pizzeria().procedures!['cooling'], '<main id="main"><article><p class="eyebrow" data-pagefind-ignore=""><a href="/procedures/">Procedures</a> · food-safety · daily</p><h1>Cooling</h1>'],
    ['ingredient', ingredientPreview, { name: 'Mozzarella', category: 'dairy' }, '<main id="main"><article><p class="eyebrow" data-pagefind-ignore=""><a href="/ingredients/">Ingredients</a> · dairy</p><h1>Mozzarella</h1>'],
    ['equipment', equipmentPreview, { name: 'Deck pizza oven', category: 'cooking' }, '<main id="main"><article><p class="eyebrow" data-pagefind-ignore=""><a href="/equipment/">Equipment</a> · cooking</p><h1>Deck pizza oven</h1>'],
    ['station', stationPreview, { name: 'Pizza bench', order: 2 }, '<main id="main"><article><p class="eyebrow" data-pagefind-ignore=""><a href="/stations/">Stations</a> · position 2 on the line</p><h1>Pizza bench</h1>'],
    ['setup guide', setupPreview, { title: 'Permits', order: 3, topic: 'permits-and-inspections' }, '<main id="main"><article><p class="eyebrow" data-pagefind-ignore=""><a href="/setup/">Setup guides</a> · step 3 · permits and inspections</p><h1>Permits</h1>'],
  ])('%s', (_type, template, data, start) => {
    expect(draw(template, data)).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  test.each<[string, Template, unknown, string]>([
    ['a recipe’s chef’s notes', recipePreview, pizzeria().recipes!['pizza'], '<section class="prose" aria-labelledby="notes-heading"><h2 id="notes-heading">Chef&#x27;s notes</h2>[body widget]</section></article></main>'],
    ['a procedure’s notes', procedurePreview, pizzeria().procedures!['cooling'], '<section class="prose" aria-labelledby="notes-heading"><h2 id="notes-heading">Notes</h2>[body widget]</section>'],
    ['a guide’s text', setupPreview, { title: 'Permits' }, '<section class="prose">[body widget]</section>'],
  ])('the body being edited goes where the page puts the body: %s', (_what, template, data, expected) => {
    expect(draw(template, data)).toContain(expected);
  });

  test('in the binder’s language, with links where its pages are', () => {
    const html = draw(stationPreview, { name: 'Banco de pizzas', order: 2, equipment: ['deck-oven'] }, { binder: binderData('es') });
    expect(html).toContain('<a href="/es/stations/">Estaciones</a> · posición 2 en la línea</p>');
    expect(html).toContain('<li class="chip"><a href="/es/equipment/deck-oven/">Deck pizza oven</a></li>');
  });
});

describe('recipe preview', () => {
  test.each([
    ['an untitled draft', { ingredients: [{ ingredient: 'flour', quantity: 1, unit: 'kg' }] }, '<h1>Untitled</h1>'],
    ['a line naming nothing yet is left out', { title: 'Focaccia', ingredients: [{ quantity: 2 }, { ingredient: 'flour' }] }, '<tr id="ingredient-1" data-row="0"><td class="qty" data-line="0">to taste</td><td><a href="/ingredients/flour/">Flour</a>'],
    [
      'a limit without its corrective action asks for one',
      { title: 'Stock', steps: [{ text: 'Cool it.', criticalLimit: { measure: 'core-temperature', comparison: 'at-most', value: 5, unit: 'C' } }] },
      '<strong>If missed:</strong> write the corrective action: a limit without one is refused</p>',
    ],
    ['half-written values are left out, never shown as “undefined”', { title: 'Stock', yield: { quantity: 2 }, prepMinutes: '' }, '<dl class="facts"></dl>'],
    ['quantities at one batch, in the identity’s units, with the line’s notes', { title: 'Dough', yield: { quantity: 1, unit: 'kg' }, ingredients: [{ ingredient: 'water', quantity: 400, unit: 'ml' }] }, '<td class="qty" data-line="0">400 ml</td><td><a href="/ingredients/water/">Water</a><small class="scale-note" data-note-for="0">≈ 400 g</small>'],
  ])('%s', (_what, data, expected) => {
    expect(draw(recipePreview, data)).toContain(expected);
    expect(draw(recipePreview, data)).not.toContain('undefined');
  });

  test('derives the draft’s allergens through its sub-recipes', () => {
    expect(draw(recipePreview, { title: 'Calzone', ingredients: [{ recipe: 'dough', quantity: 1, unit: 'portion' }] })).toContain(
      '<ul class="allergen-badges" data-allergens-contains=""><li class="allergen-badge" title="Cereals containing gluten: wheat, rye, barley, oats, spelt, kamut">Contains Gluten</li>',
    );
  });

  test('without the binder data it says it cannot derive the allergens instead of showing none', () => {
    const html = draw(recipePreview, pizzeria().recipes!['pizza'], { binder: undefined });
    expect(html).toContain('which the editor could not load: reload the editor.');
    expect(html).not.toContain('allergen-panel');
  });
});

describe('procedure preview', () => {
  test('the checklist as it will read: a reading field checked against the limit, the limit called out, a note to record', () => {
    const html = draw(procedurePreview, pizzeria().procedures!['cooling']);
    expect(html).toContain('<span class="checklist-text" data-step-text="">Probe the stock in the blast chiller.</span></label><div class="critical-limit" role="note">');
    expect(html).toContain('<input id="step-1-reading" class="checklist-reading" type="number" inputMode="decimal" step="any" enterKeyHint="done" autoComplete="off" data-reading=""');
    expect(html).toContain('<label for="step-1-note">Note<span class="visually-hidden">, step 1</span></label>');
    expect(html).toContain('<div><dt>Critical limits</dt><dd>1</dd></div>');
  });

  test('a limit without its corrective action asks for one', () => {
    const html = draw(procedurePreview, { title: 'Cooling', steps: [{ text: 'Probe.', criticalLimit: { measure: 'core-temperature', comparison: 'at-most', value: 21, unit: 'C' } }] });
    expect(html).toContain('<strong>Do this now:</strong> write the corrective action: a limit without one is refused</p>');
  });
});

describe('ingredient preview', () => {
  test('the allergen warning from what the draft declares, and the price in the site’s currency', () => {
    const html = draw(ingredientPreview, { name: 'Mozzarella', category: 'dairy', allergens: ['milk', 'not-an-allergen'], cost: { amount: 9.5, per: { quantity: 1, unit: 'kg' } } });
    expect(html).toContain('<li class="allergen-badge" title="Milk of any animal, and anything made from it: butter, cheese, cream, whey">Contains Milk</li></ul></section>');
    expect(html).toContain('<div><dt>Cost</dt><dd>$9.50 per 1 kg</dd></div>');
  });

  test('with nothing declared it says so in words', () => {
    expect(draw(ingredientPreview, { name: 'Basil' }, { binder: undefined })).toContain('No listed allergens</h2><p>None of the 15 allergens');
  });
});

describe('equipment preview', () => {
  const oven = {
    name: 'Deck pizza oven',
    category: 'cooking',
    capacity: { quantity: 6, unit: 'each' },
    temperatureRange: { min: { value: 150, unit: 'C' }, max: { value: 450, unit: 'C' } },
    utilities: 'Natural gas, 18 kW per deck',
    specification: 'Two stone decks',
    procedures: ['deck-oven-care'],
    notes: 'Never put water on a hot stone.',
  };

  test('shows the working range in both scales, the capacity and the care procedure by title', () => {
    const html = draw(equipmentPreview, oven);
    expect(html).toContain(
      '<dl class="facts"><div><dt>Capacity per load</dt><dd>6 pieces</dd></div><div><dt>Working range</dt><dd>150 °C (302 °F) to 450 °C (842 °F)</dd></div><div><dt>Utilities</dt><dd>Natural gas, 18 kW per deck</dd></div></dl>',
    );
    expect(html).toContain('<h2>Care and cleaning</h2><ul class="entry-links"><li><a href="/procedures/deck-oven-care/">Deck oven care</a></li></ul>');
  });

  test('a half-written range is left out instead of shown as “undefined”', () => {
    const html = draw(equipmentPreview, { name: 'Blast chiller', temperatureRange: { min: { value: -18, unit: 'C' }, max: { value: '' } } });
    expect(html).not.toContain('Working range');
    expect(html).not.toContain('undefined');
  });

  test('without the binder data, procedures show as slugs', () => {
    expect(draw(equipmentPreview, oven, { binder: undefined })).toContain('<a href="/procedures/deck-oven-care/">deck-oven-care</a>');
  });
});

describe('station preview', () => {
  test('shows the position on the line, responsibilities and equipment chips by name', () => {
    const html = draw(stationPreview, {
      name: 'Pizza bench',
      summary: 'Stretches, tops and bakes every pizza.',
      order: 2,
      equipment: ['deck-oven', 'pizza-peels'],
      responsibilities: ['Stretch dough to order', 'Check the oven stones'],
    });
    expect(html).toContain(
      '<h2>Responsibilities</h2><ul><li>Stretch dough to order</li><li>Check the oven stones</li></ul><h2>Equipment</h2><ul class="chips"><li class="chip"><a href="/equipment/deck-oven/">Deck pizza oven</a></li><li class="chip"><a href="/equipment/pizza-peels/">Pizza peels</a></li></ul>',
    );
  });
});

describe('setup guide preview', () => {
  const guide = {
    title: 'Opening timeline',
    summary: 'Sixteen weeks to opening.',
    topic: 'opening-plan',
    order: 6,
    tasks: [
      { text: 'Hire the general manager.', weeksBeforeOpening: 10, owner: 'Owner' },
      { text: 'Celebrate.' },
      { text: 'Sign the lease.', weeksBeforeOpening: 16, owner: 'Owner' },
      { text: 'Deep clean.', weeksBeforeOpening: 0 },
      { weeksBeforeOpening: 2 },
    ],
    roles: [{ title: 'Cook', headcount: 4, responsibilities: 'Cooks the line.' }, { title: 'Host' }],
    equipment: [{ equipment: 'deck-oven', count: 1, note: 'Gas, two decks' }, { count: 2 }],
    stations: ['pizza-bench'],
    ingredients: ['flour-00'],
    procedures: ['handwashing', 'not-yet-written'],
  };

  test('tasks run from the earliest deadline, undated last, as the site sorts them; a task without its text is not one yet', () => {
    expect(draw(setupPreview, guide)).toContain(
      '<tbody><tr><td class="qty">16 wk</td><td>Sign the lease.<div class="line-note">Owner: Owner</div></td></tr><tr><td class="qty">10 wk</td><td>Hire the general manager.<div class="line-note">Owner: Owner</div></td></tr><tr><td class="qty">0 wk</td><td>Deep clean.</td></tr><tr><td class="qty">—</td><td>Celebrate.</td></tr></tbody>',
    );
  });

  test('roles with headcount, equipment by name, the ingredients’ supplier specs, stations and procedures by name', () => {
    const html = draw(setupPreview, guide);
    expect(html).toContain('<tbody><tr><td class="qty">4</td><td><strong>Cook</strong><div class="line-note">Cooks the line.</div></td></tr></tbody>');
    expect(html).toContain('<tbody><tr><td class="qty">1</td><td><a href="/equipment/deck-oven/">Deck pizza oven</a><div class="line-note">Gas, two decks</div></td></tr></tbody>');
    expect(html).toContain('<tbody><tr><td><a href="/ingredients/flour-00/">00 flour</a></td><td>Tipo 00 · 25 kg sack<div class="line-note">Reject if: the sack is damp</div></td></tr></tbody>');
    expect(html).toContain('<h2>Procedures to know</h2><ul class="entry-links"><li><a href="/procedures/handwashing/">Handwashing</a></li><li><a href="/procedures/not-yet-written/">not-yet-written</a></li></ul>');
  });

  test('a guide with only a title draws no empty tables', () => {
    expect(draw(setupPreview, { title: 'Permits' })).not.toContain('<table');
  });
});
