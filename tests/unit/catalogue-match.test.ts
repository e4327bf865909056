/**
 * Matching imported ingredient names to the binder's catalogue: the normalisation, the
 * singular and plural folding, the words dropped and kept, the three confidence levels,
 * ties, and a run over the sample binder's own ingredients, where every ingredient must
 * be found by its names and a table of near misses must find nothing wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseMdxFile } from '../../src/binder/source-file.ts';
import { binderCatalogue } from '../../src/domain/import/binder-catalogue.ts';
import { Catalogue, MATCH_THRESHOLD, normaliseName, sameWord, type CatalogueItem, type CatalogueName } from '../../src/domain/import/catalogue-match.ts';

describe('normaliseName', () => {
  test.each([
    ['Crème Fraîche', 'creme fraiche'],
    // The curly apostrophe of a web page and the straight one of a YAML file are one.
    ['olio extravergine d’oliva', "olio extravergine d'oliva"],
    ['Extra-virgin  olive oil', 'extra virgin olive oil'],
    ['Mozzarella (fior di latte)', 'mozzarella fior di latte'],
    ['Piñones', 'pinones'],
    ['Grieß', 'griess'],
    ['Œufs', 'oeufs'],
    ['  Flour, 00 ', 'flour 00'],
    ['flour-00', 'flour 00'],
    ["'nduja", 'nduja'],
  ])('%j → %j', (text, expected) => {
    expect(normaliseName(text)).toBe(expected);
  });
});

describe('sameWord: singular and plural', () => {
  test.each([
    ['onions', 'onion', true],
    ['tomatoes', 'tomato', true],
    ['cherries', 'cherry', true],
    ['olives', 'olive', true],
    ['peas', 'pea', true],
    ['cebollas', 'cebolla', true],
    ['limones', 'limon', true],
    ['nueces', 'nuez', true],
    ['cipolle', 'cipolla', true],
    ['pomodori', 'pomodoro', true],
    ['peperoni', 'peperone', true],
    ['funghi', 'fungo', true],
    ['albicocche', 'albicocca', true],
    ['pistacchi', 'pistacchio', true],
    ['uova', 'uovo', true],
    ['huevos', 'huevo', true],
    // Either order: the catalogue may hold the plural and the line the singular.
    ['egg', 'eggs', true],
    // Fish is not peach, whatever the Italian plural rule says.
    ['pesce', 'pesca', false],
    // Tomato paste is not pasta.
    ['paste', 'pasta', false],
    ['egg', 'eggplant', false],
    // -us is not a plural ending: asparagus, couscous, hummus.
    ['asparagus', 'asparagu', false],
    ['salted', 'unsalted', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(sameWord(a, b)).toBe(expected);
  });
});

function item(collection: CatalogueItem['collection'], id: string, name: string, more: readonly Omit<CatalogueName, 'language'>[] = [], translations: Readonly<Record<string, string>> = {}): CatalogueItem {
  return {
    collection,
    id,
    names: [
      { text: id, language: 'en', kind: 'id' },
      { text: name, language: 'en', kind: 'name' },
      ...more.map((name) => ({ ...name, language: 'en' })),
      ...Object.entries(translations).map(([language, text]) => ({ text, language, kind: 'translation' as const })),
    ],
  };
}

const kitchen = new Catalogue([
  item('ingredients', 'flour-00', 'Flour 00'),
  item('ingredients', 'all-purpose-flour', 'All-purpose flour'),
  item('ingredients', 'evoo', 'Extra-virgin olive oil', [], { it: 'Olio extravergine d’oliva' }),
  item('ingredients', 'olives', 'Olives'),
  item('ingredients', 'garlic', 'Garlic'),
  item('ingredients', 'tomato', 'Tomato', [], { it: 'Pomodoro' }),
  item('ingredients', 'chopped-tomatoes', 'Chopped tomatoes'),
  item('ingredients', 'onion', 'Onion', [], { it: 'Cipolla', es: 'Cebolla' }),
  item('ingredients', 'eggs', 'Eggs', [], { es: 'Huevos' }),
  item('ingredients', 'eggplant', 'Eggplant'),
  item('ingredients', 'ice-cream', 'Ice cream'),
  item('ingredients', 'parmigiano-reggiano', 'Parmigiano Reggiano'),
  item('ingredients', 'mozzarella-fior-di-latte', 'Mozzarella fior di latte'),
  item('ingredients', 'yeast', 'Yeast'),
  item('ingredients', 'fresh-basil', 'Fresh basil'),
  item('ingredients', 'milk-chocolate', 'Milk chocolate'),
  item('ingredients', 'ricotta', 'Ricotta', [], { es: 'Ricotta' }),
  item('recipes', 'garlic-oil', 'Garlic oil'),
  item('recipes', 'tomato-sauce', 'Tomato sauce'),
]);

describe('Catalogue.match: what is found, how sure, and by what', () => {
  test.each([
    ['Flour 00', undefined, 'flour-00', 1, 'name'],
    ['ALL PURPOSE FLOUR', undefined, 'all-purpose-flour', 1, 'name'],
    // An id is a name too, hyphens read as spaces.
    ['evoo', undefined, 'evoo', 1, 'id'],
    ['extra virgin olive oil', undefined, 'evoo', 1, 'name'],
    // A translation, with the page's curly apostrophe against the file's straight one.
    ["olio extravergine d'oliva", 'it', 'evoo', 1, 'translation'],
    ['Eggs', undefined, 'eggs', 1, 'name'],
    ['huevos', 'es', 'eggs', 1, 'translation'],
    // Any language is accepted, even when another was asked for.
    ['huevos', 'en', 'eggs', 1, 'translation'],
    // Singular and plural fold to one level below exact.
    ['egg', undefined, 'eggs', 0.95, 'name'],
    ['huevo', 'es', 'eggs', 0.95, 'translation'],
    ['onions', undefined, 'onion', 0.95, 'name'],
    ['cipolle', 'it', 'onion', 0.95, 'translation'],
    ['cebollas', 'es', 'onion', 0.95, 'translation'],
    ['tomatoes', undefined, 'tomato', 0.95, 'name'],
    ['pomodori', 'it', 'tomato', 0.95, 'translation'],
    // Size, freshness and quality never change what is bought.
    ['large eggs', undefined, 'eggs', 0.95, 'name'],
    ['organic free-range eggs', undefined, 'eggs', 0.95, 'name'],
    ['good-quality extra-virgin olive oil', undefined, 'evoo', 0.95, 'name'],
    ['basil', undefined, 'fresh-basil', 0.95, 'name'],
    ['huevos frescos', 'es', 'eggs', 0.95, 'translation'],
    // What the cook does to it is dropped from the line, not from the catalogue.
    ['chopped onions', undefined, 'onion', 0.95, 'name'],
    ['cipolle tritate', 'it', 'onion', 0.95, 'translation'],
    // ...so a product the binder buys prepared is still found exactly.
    ['Chopped tomatoes', undefined, 'chopped-tomatoes', 1, 'name'],
    // A sub-recipe, by its whole title.
    ['Garlic oil', undefined, 'garlic-oil', 1, 'name'],
    ['tomato sauce', undefined, 'tomato-sauce', 1, 'name'],
    // A slip of spelling where every word is there still passes, as a similarity.
    ['Parmigiano Regiano', undefined, 'parmigiano-reggiano', 0.91, 'similar'],
  ])('%j (%s) → %s at %s by %s', (name, language, id, confidence, by) => {
    const { best, candidates } = kitchen.match(name, language);
    expect(best).toMatchObject({ id, confidence, by });
    expect(candidates[0]).toEqual(best);
  });

  test.each([
    // "Extra-virgin" names another oil: plain olive oil must be chosen by a person.
    ['olive oil', 'evoo'],
    ['olive oil', 'olives'],
    ['olives', 'evoo'],
    // A sub-recipe is never guessed from part of its title.
    ['garlic', 'garlic-oil'],
    ['garlic infused oil', 'garlic-oil'],
    ['sauce', 'tomato-sauce'],
    ['garlic oil', 'garlic'],
    ['tomato sauce', 'tomato'],
    ['cream', 'ice-cream'],
    ['egg', 'eggplant'],
    ['eggplant', 'eggs'],
    // Parmesan is Parmigiano Reggiano only when the binder says so with a synonym.
    ['parmesan', 'parmigiano-reggiano'],
    // Fresh yeast is not the dry yeast the binder calls "Yeast".
    ['fresh yeast', 'yeast'],
    // The same words in another order can be another food.
    ['chocolate milk', 'milk-chocolate'],
    ['mozzarella', 'mozzarella-fior-di-latte'],
    ['flour', 'flour-00'],
    ['flour', 'all-purpose-flour'],
    ['tomatoes', 'chopped-tomatoes'],
  ])('%j is not %s', (name, id) => {
    const { best, candidates } = kitchen.match(name);
    expect(best?.id).not.toBe(id);
    for (const candidate of candidates.filter((candidate) => candidate.id === id)) expect(candidate.confidence).toBeLessThan(MATCH_THRESHOLD);
  });

  test.each([
    // Medium-high: the catalogue's is a kind of mozzarella, which one a person says.
    ['mozzarella', 'mozzarella-fior-di-latte', 0.45, MATCH_THRESHOLD],
    ['flour', 'flour-00', 0.45, MATCH_THRESHOLD],
    ['garlic', 'garlic-oil', 0.3, 0.7],
    ['olive oil', 'evoo', 0.5, MATCH_THRESHOLD],
  ])('%j suggests %s between %s and %s', (name, id, low, high) => {
    const candidate = kitchen.match(name).candidates.find((candidate) => candidate.id === id);
    expect(candidate?.by).toBe('similar');
    expect(candidate?.confidence).toBeGreaterThanOrEqual(low);
    expect(candidate?.confidence).toBeLessThan(high);
  });

  test('parmesan and Parmigiano Reggiano look little alike: at most a weak candidate', () => {
    const candidate = kitchen.match('parmesan').candidates.find((candidate) => candidate.id === 'parmigiano-reggiano');
    expect(candidate?.confidence ?? 0).toBeLessThan(0.35);
  });

  test('a synonym says parmesan is Parmigiano Reggiano', () => {
    const catalogue = new Catalogue([item('ingredients', 'parmigiano-reggiano', 'Parmigiano Reggiano', [{ text: 'Parmesan', kind: 'synonym' }])]);
    expect(catalogue.match('parmesan').best).toEqual({ collection: 'ingredients', id: 'parmigiano-reggiano', confidence: 1, by: 'synonym', matched: 'Parmesan' });
    expect(catalogue.match('grated parmesan').best).toMatchObject({ confidence: 0.95, by: 'synonym' });
  });

  test('an ingredient and a recipe with the same name: no best, both offered, so a person chooses', () => {
    const catalogue = new Catalogue([item('ingredients', 'bought-garlic-oil', 'Garlic oil'), item('recipes', 'garlic-oil', 'Garlic oil')]);
    const { best, candidates } = catalogue.match('garlic oil');
    expect(best).toBeUndefined();
    expect(candidates.map((candidate) => [candidate.collection, candidate.id, candidate.confidence])).toEqual([
      ['ingredients', 'bought-garlic-oil', 1],
      ['recipes', 'garlic-oil', 1],
    ]);
  });

  test('two entries that fold to the same words tie, below exact', () => {
    const catalogue = new Catalogue([item('ingredients', 'fresh-basil', 'Fresh basil'), item('ingredients', 'organic-basil', 'Organic basil')]);
    const { best, candidates } = catalogue.match('basil');
    expect(best).toBeUndefined();
    expect(candidates.map((candidate) => candidate.confidence)).toEqual([0.95, 0.95]);
    // An exact name breaks the tie: it is stronger evidence than folding.
    expect(new Catalogue([item('ingredients', 'fresh-basil', 'Fresh basil'), item('ingredients', 'basil', 'Basil')]).match('basil').best?.id).toBe('basil');
  });

  test('the name in the language asked for is the one reported', () => {
    expect(kitchen.match('ricotta', 'es').best).toMatchObject({ id: 'ricotta', by: 'translation' });
    expect(kitchen.match('ricotta', 'en').best).toMatchObject({ id: 'ricotta', by: 'name' });
    expect(kitchen.match('ricotta', 'es-MX').best).toMatchObject({ by: 'translation' });
  });

  test('at most 3 candidates, best first, each entry once, confidences with 2 decimals', () => {
    const { candidates } = kitchen.match('tomato garlic flour');
    expect(candidates.length).toBeLessThanOrEqual(3);
    expect(candidates.length).toBeGreaterThan(1);
    expect(new Set(candidates.map((candidate) => candidate.id)).size).toBe(candidates.length);
    for (const [index, candidate] of candidates.entries()) {
      expect(candidate.confidence).toBe(Math.round(candidate.confidence * 100) / 100);
      if (index > 0) expect(candidate.confidence).toBeLessThanOrEqual(candidates[index - 1]!.confidence);
    }
  });

  test.each(['', '   ', '()', '—'])('%j matches nothing', (name) => {
    expect(kitchen.match(name)).toEqual({ best: undefined, candidates: [] });
  });
});

describe('binderCatalogue', () => {
  const catalogue = binderCatalogue({
    ingredients: new Map([['flour-00', { name: '00 flour', synonyms: ['Tipo 00'] }]]),
    recipes: new Map([['pizza-dough', { title: 'Pizza dough' }]]),
    locale: 'en',
    translations: new Map([
      ['es', new Map([['ingredients/flour-00', 'Harina 00'], ['recipes/pizza-dough', 'Masa de pizza']])],
      ['it', new Map([['ingredients/flour-00', 'Farina 00']])],
    ]),
  });

  test.each([
    ['flour 00', 'en', 'ingredients', 'flour-00', 'id'],
    ['00 flour', 'en', 'ingredients', 'flour-00', 'name'],
    ['tipo 00', 'it', 'ingredients', 'flour-00', 'synonym'],
    ['Harina 00', 'es', 'ingredients', 'flour-00', 'translation'],
    ['Farina 00', 'it', 'ingredients', 'flour-00', 'translation'],
    ['Pizza dough', 'en', 'recipes', 'pizza-dough', 'name'],
    ['pizza-dough', 'en', 'recipes', 'pizza-dough', 'name'],
    ['masa de pizza', 'es', 'recipes', 'pizza-dough', 'translation'],
  ])('%j (%s) → %s/%s by %s', (name, language, collection, id, by) => {
    expect(catalogue.match(name, language).best).toMatchObject({ collection, id, confidence: 1, by });
  });
});

describe('the sample binder', () => {
  const content = path.resolve(import.meta.dirname, '../../content');
  const yamlIn = (folder: string) =>
    new Map(readdirSync(path.join(content, folder)).filter((file) => file.endsWith('.yaml')).map((file) => [file.slice(0, -5), parse(readFileSync(path.join(content, folder, file), 'utf8')) as Record<string, unknown>]));
  const ingredients = new Map([...yamlIn('ingredients')].map(([id, data]) => [id, { name: String(data['name']) }]));
  const spanish = new Map([...yamlIn('translations/es/ingredients')].map(([id, data]) => [id, String(data['name'])]));
  const recipes = new Map(
    readdirSync(path.join(content, 'recipes'))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => {
        const { data } = parseMdxFile(`content/recipes/${file}`, readFileSync(path.join(content, 'recipes', file), 'utf8'));
        return [file.slice(0, -4), { title: String((data as { title: unknown }).title) }] as const;
      }),
  );
  const catalogue = binderCatalogue({
    ingredients,
    recipes,
    locale: 'en',
    translations: new Map([['es', new Map([...spanish].map(([id, name]) => [`ingredients/${id}`, name]))]]),
  });

  /** "Fresh basil" → "fresh basils": the head word made plural, before any "(…)". Italian plurals in -i stay. */
  function englishPlural(name: string): string {
    return name.toLowerCase().replace(/([\p{L}]+)(\s*(?:\(.*\))?)$/u, (_, word: string, rest: string) => {
      if (/[si]$/.test(word)) return word + rest;
      if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies${rest}`;
      if (/(ch|sh|x|z)$/.test(word)) return `${word}es${rest}`;
      return `${word}s${rest}`;
    });
  }

  test('the sample is there to match against', () => {
    expect(ingredients.size).toBeGreaterThan(40);
    expect(recipes.size).toBeGreaterThan(20);
    expect(spanish.size).toBe(ingredients.size);
    expect(englishPlural('Celery')).toBe('celeries');
    expect(englishPlural('Mozzarella (fior di latte)')).toBe('mozzarellas (fior di latte)');
    expect(englishPlural('Cremini mushrooms')).toBe('cremini mushrooms');
  });

  const rows = [...yamlIn('ingredients')].flatMap(([id, data]) => {
    const name = String(data['name']);
    return [
      [id, 'its name', name, 'en'],
      [id, 'its Spanish name', spanish.get(id) ?? '(no Spanish name)', 'es'],
      [id, 'its id as words', id.replaceAll('-', ' '), 'en'],
      [id, 'its plural', englishPlural(name), 'en'],
    ] as const;
  });

  test.each(rows)('%s by %s, %j', (id, _how, text, language) => {
    const { best } = catalogue.match(text, language);
    expect(best).toMatchObject({ collection: 'ingredients', id });
    expect(best!.confidence).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  test.each([
    // "Extra-virgin" is a different oil from plain olive oil.
    ['olive oil', undefined, 'extra-virgin-olive-oil'],
    ['olives', undefined, 'extra-virgin-olive-oil'],
    ['garlic oil', 'garlic-oil', 'garlic'],
    ['garlic', 'garlic', 'garlic-oil'],
    ['garlic powder', undefined, 'garlic'],
    ['tomato sauce', undefined, 'whole-peeled-tomatoes'],
    ['tomato', undefined, 'whole-peeled-tomatoes'],
    ['ice cream', undefined, 'heavy-cream'],
    ['vanilla ice cream', undefined, 'vanilla-gelato'],
    ['eggplant', undefined, 'eggs'],
    // Pasteurised yolks are a food-safety spec: raw yolks are another purchase.
    ['egg yolks', undefined, 'pasteurized-egg-yolks'],
    ['parmesan', undefined, 'parmigiano-reggiano'],
    // Two mozzarellas: which one is a person's call.
    ['mozzarella', undefined, 'mozzarella-fior-di-latte'],
    ['mozzarella', undefined, 'low-moisture-mozzarella'],
    ['flour', undefined, 'flour-00'],
    ['bread flour', undefined, 'flour-00'],
    ['sea salt', undefined, 'fine-sea-salt'],
    ['sea salt', undefined, 'flaky-sea-salt'],
    ['pepper', undefined, 'black-pepper'],
    ['red pepper flakes', undefined, 'chili-flakes'],
    ['red wine', undefined, 'red-wine-vinegar'],
    ['white wine vinegar', undefined, 'red-wine-vinegar'],
    ['skim milk', undefined, 'whole-milk'],
    ['coconut milk', undefined, 'whole-milk'],
    ['chocolate milk', undefined, 'whole-milk'],
    ['salted butter', undefined, 'unsalted-butter'],
    ['peanut butter', undefined, 'unsalted-butter'],
    ['brown sugar', undefined, 'granulated-sugar'],
    ['fresh yeast', undefined, 'instant-dry-yeast'],
    ['spinach', undefined, 'baby-spinach'],
    ['lemon juice', undefined, 'lemon'],
    ['celery salt', undefined, 'celery'],
    ['anchovy paste', undefined, 'anchovy-fillets'],
    ['espresso', undefined, 'espresso-beans'],
    ['espresso', undefined, 'espresso-shot'],
    ['pizza', undefined, 'pizza-dough'],
    ['pesto', undefined, 'basil-pesto'],
    ['sparkling water', undefined, 'water'],
    ['onion powder', undefined, 'yellow-onion'],
    ['red onion', undefined, 'yellow-onion'],
    ['cherry tomatoes', undefined, 'whole-peeled-tomatoes'],
    ['whole wheat pasta', undefined, 'ditalini-pasta'],
  ] as const)('%j → %s, never %s', (name, expected, never) => {
    const { best, candidates } = catalogue.match(name, 'en');
    expect(best?.id).toBe(expected);
    const wrong = candidates.find((candidate) => candidate.id === never);
    expect(wrong?.confidence ?? 0).toBeLessThan(MATCH_THRESHOLD);
  });
});
