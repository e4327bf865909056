/**
 * An imported recipe mapped onto the binder: lines onto the catalogue and the binder's
 * units (never guessing a unit), names in steps into mentions that say the quantity
 * once, temperatures and timers into the step's fields, the yield and course from the
 * source's words, and every field the source cannot give listed for a person.
 */
import { describe, expect, test } from 'vitest';
import { binderCatalogue } from '../../src/domain/import/binder-catalogue.ts';
import type { ImportedRecipe } from '../../src/domain/import/imported-recipe.ts';
import { readIngredientLine } from '../../src/domain/import/read-ingredient-line.ts';
import { NewIngredients, toBinderEntry, type MappingOptions } from '../../src/domain/import/to-binder-entry.ts';

const catalogue = binderCatalogue({
  ingredients: new Map([
    ['flour-00', { name: '00 flour' }],
    ['fine-sea-salt', { name: 'Fine sea salt', synonyms: ['Salt'] }],
    ['extra-virgin-olive-oil', { name: 'Extra-virgin olive oil' }],
    ['garlic', { name: 'Garlic' }],
    ['water', { name: 'Water' }],
  ]),
  recipes: new Map([['pizza-dough', { title: 'Pizza dough' }]]),
  locale: 'en-US',
});

function recipe(lines: readonly string[], steps: readonly string[], more: Partial<ImportedRecipe> = {}): ImportedRecipe {
  return { origin: 'page.html', title: 'Test bread', summary: 'A bread.', ingredients: lines.map((line) => readIngredientLine(line)), steps: steps.map((text) => ({ segments: [text] })), credit: { licence: 'CC BY 4.0' }, ...more };
}

function map(source: ImportedRecipe, options: MappingOptions = { station: 'oven', course: 'side' }) {
  return toBinderEntry(source, {
    catalogue,
    taken: { recipes: new Set(['pizza-dough']), ingredients: new Set(['flour-00', 'fine-sea-salt', 'extra-virgin-olive-oil', 'garlic', 'water']) },
    batch: new Map(),
    newIngredients: new NewIngredients(new Set(['flour-00', 'fine-sea-salt', 'extra-virgin-olive-oil', 'garlic', 'water'])),
    options,
    today: '2026-12-07',
  });
}

describe('ingredient lines onto the binder', () => {
  test.each([
    ['500 g 00 flour, sifted', { ingredient: 'flour-00', quantity: 500, unit: 'g', preparation: 'sifted' }],
    // A synonym finds the catalogue's entry; a pint is two cups exactly.
    ['1 pint water', { ingredient: 'water', quantity: 2, unit: 'cup' }],
    ['1 tsp salt', { ingredient: 'fine-sea-salt', quantity: 1, unit: 'tsp' }],
    // A sub-recipe by its whole title.
    ['250 g pizza dough', { recipe: 'pizza-dough', quantity: 250, unit: 'g' }],
    // A count with no unit is pieces.
    ['2 garlic', { ingredient: 'garlic', quantity: 2, unit: 'each' }],
    // To taste: no quantity, no unit.
    ['salt, to taste', { ingredient: 'fine-sea-salt' }],
    // A range: the lower end, and the range kept in words.
    ['2-3 tbsp extra-virgin olive oil', { ingredient: 'extra-virgin-olive-oil', quantity: 2, unit: 'tbsp', preparation: '2–3 tbsp in the source' }],
    // A unit with no exact equivalent is never guessed: kept in words, and listed to confirm.
    ['2 cloves garlic, minced', { ingredient: 'garlic', preparation: 'minced; 2 cloves' }],
  ])('%s', (line, expected) => {
    const mapped = map(recipe([line], ['Bake.']));
    expect((mapped.data['ingredients'] as unknown[])[0]).toEqual(expected);
  });

  test('a unit the binder does not measure in is listed for a person, naming the line', () => {
    const mapped = map(recipe(['2 cloves garlic, minced'], ['Bake.']));
    expect(mapped.toConfirm).toContainEqual({ field: 'ingredients.0.quantity', why: expect.stringMatching(/^"2 cloves garlic, minced": `cloves` is not a unit the binder measures in/) });
  });

  test('a line the catalogue does not know becomes a new ingredient, its allergens suggested and left to confirm', () => {
    const mapped = map(recipe(['200 ml buttermilk'], ['Bake.']));
    expect(mapped.lines[0]).toMatchObject({ to: { collection: 'ingredients', id: 'buttermilk', isNew: true }, by: 'new' });
  });

  test('the same ingredient twice gets a name of its own to be mentioned by', () => {
    const mapped = map(recipe(['500 g 00 flour', '50 g 00 flour, for dusting'], ['Mix the flour.']));
    expect((mapped.data['ingredients'] as Array<Record<string, unknown>>).map((line) => line['mentionAs'])).toEqual([undefined, 'flour-00-2']);
  });
});

describe('steps', () => {
  test.each([
    // The name becomes a mention; the quantity before it is the mention's to say.
    [['500 g 00 flour', '10 g salt'], 'Mix 500 g 00 flour with the salt.', 'Mix @flour-00 with the @fine-sea-salt.'],
    // The line's own words before its name ("1 portion") go with it.
    [['1 portion Pizza dough'], 'Stretch 1 portion Pizza dough to 30 cm.', 'Stretch @pizza-dough to 30 cm.'],
    // A number and a unit word before a name, as pages write them.
    [['2 tbsp extra-virgin olive oil'], 'Warm 2 tbsp of extra-virgin olive oil.', 'Warm @extra-virgin-olive-oil.'],
    // A word that only starts with a name is not that name.
    [['1 tsp salt'], 'Stop salting now.', 'Stop salting now.'],
    // The last words of a name are enough when no other line shares them.
    [['30 g extra-virgin olive oil'], 'Brush with the olive oil.', 'Brush with the @extra-virgin-olive-oil.'],
    // A stray @ would read as a mention: it is written as the word.
    [['1 tsp salt'], 'Email @chef before adding the salt.', 'Email at chef before adding the @fine-sea-salt.'],
  ])('%j: %s', (lines, text, expected) => {
    expect((map(recipe(lines, [text])).data['steps'] as Array<{ text: string }>)[0]!.text).toBe(expected);
  });

  test('a line named with its amount is mentioned there, not where its name first appears', () => {
    const steps = map(recipe(['400 g 00 flour'], ['Dust the bench with flour.', 'Add 400 g 00 flour and mix.'])).data['steps'] as Array<{ text: string }>;
    expect(steps.map((step) => step.text)).toEqual(['Dust the bench with flour.', 'Add @flour-00 and mix.']);
  });

  test('temperatures and times in the words fill the step, unless the source marks its own timers', () => {
    const words = 'Bake at 220°C (425°F) for 25 minutes.';
    expect((map(recipe(['500 g 00 flour'], [words])).data['steps'] as unknown[])[0]).toEqual({ text: words, timerMinutes: 25, temperature: { value: 220, unit: 'C' } });
    const marked = recipe(['500 g 00 flour'], [words], { marksTimers: true });
    expect((map(marked).data['steps'] as unknown[])[0]).toEqual({ text: words, temperature: { value: 220, unit: 'C' } });
  });

  test('a step longer than a step may be is split at a sentence, and the report says so', () => {
    const long = `${'Knead the dough until smooth. '.repeat(25)}Then rest it.`;
    const mapped = map(recipe(['500 g 00 flour'], [long]));
    const steps = mapped.data['steps'] as Array<{ text: string }>;
    expect(steps.length).toBeGreaterThan(1);
    for (const step of steps) expect(step.text.length).toBeLessThanOrEqual(600);
    expect(mapped.warnings.join('\n')).toMatch(/was split in 2/);
  });
});

describe('what the source cannot say', () => {
  test.each([
    ['6 servings', { quantity: 6, unit: 'each', portions: 6 }, true],
    ['Makes 12', { quantity: 12, unit: 'each' }, false],
    ['2 l', { quantity: 2, unit: 'l' }, false],
    ['4 porzioni', { quantity: 4, unit: 'each', portions: 4 }, true],
  ])('yield "%s"', (yieldText, expected, confirm) => {
    const mapped = map(recipe(['500 g 00 flour'], ['Bake.'], { yieldText }));
    expect(mapped.data['yield']).toEqual(expected);
    expect(mapped.toConfirm.some((item) => item.field === 'yield')).toBe(confirm);
  });

  test('course from the source’s category words, in its language', () => {
    expect(map(recipe(['500 g 00 flour'], ['Bake.'], { categories: ['Dolci'] }), {}).data['course']).toBe('dessert');
    expect(map(recipe(['500 g 00 flour'], ['Bake.'], { categories: ['Main course'] }), {}).data['course']).toBe('main');
  });

  test('no station, course or yield is invented: each is listed for a person', () => {
    const mapped = map(recipe(['500 g 00 flour'], ['Bake.'], { categories: ['Family favourites'] }), {});
    expect(mapped.data['stations']).toBeUndefined();
    expect(mapped.toConfirm.map((item) => item.field)).toEqual(expect.arrayContaining(['stations', 'course', 'yield']));
  });

  test('a source that gives no licence is warned about, by name', () => {
    const mapped = map(recipe(['500 g 00 flour'], ['Bake.'], { credit: { url: 'https://example.com/bread', author: 'Ann' } }));
    expect(mapped.warnings[0]).toMatch(/^https:\/\/example\.com\/bread gives no licence: .* ask Ann before publishing it$/);
    expect(mapped.data['source']).toEqual({ url: 'https://example.com/bread', author: 'Ann' });
  });
});
