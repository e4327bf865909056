/**
 * Cooklang in and out. The reader on small texts (each piece of the syntax, the front
 * matter's keys, every way a file is refused) and on fixture files; the writer on every
 * recipe of the binder and on made-up recipes for what the binder's own recipes never
 * do (a line no step mentions, two lines of one ingredient, text full of Cooklang's
 * syntax characters), each read back by the reader, which must give back every line,
 * the binder's fields and each step's mentions — the promise that an exported recipe
 * loses nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { parseMdxFile } from '../../src/binder/source-file.ts';
import type { ImportedLine, ImportedRecipe, ImportedStep, ReadResult } from '../../src/domain/import/imported-recipe.ts';
import { resolveStepText } from '../../src/domain/recipe-text.ts';
import { mentionKey } from '../../src/domain/step-text.ts';
import { BINDER_KEY, MISE_EN_PLACE, toCooklang, type CooklangNames } from '../../src/export/to-cooklang.ts';
import { MAX_COOKLANG_BYTES, readCooklang } from '../../src/import/read-cooklang.ts';
import type { Recipe } from '../../src/schemas/recipe.ts';
import { recipe as recipeWith } from './builders.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/import/cooklang');
const CONTENT = path.join(ROOT, 'content');

function readFixture(file: string): ReadResult {
  return readCooklang(readFileSync(path.join(FIXTURES, file), 'utf8'), `cooklang/${file}`);
}

/** The one recipe of a text, failing loudly when the text was refused. */
function onlyRecipe(text: string, origin = 'test.cook'): ImportedRecipe {
  const read = readCooklang(text, origin);
  expect(read.problems).toEqual([]);
  expect(read.recipes).toHaveLength(1);
  return read.recipes[0]!;
}

/** A step as a person reads it: mentions in brackets with the line they name. */
function stepText(step: ImportedStep): string {
  return step.segments.map((segment) => (typeof segment === 'string' ? segment : `[${segment.text}→${segment.line}]`)).join('');
}

/** What a line says, without its raw text. */
function lineFacts(line: ImportedLine): Omit<ImportedLine, 'raw'> {
  const { raw: _raw, ...facts } = line;
  return facts;
}

describe('readCooklang: ingredients as Cooklang writes them', () => {
  test.each([
    { text: 'Mix @flour{500%g}(sifted).', line: { name: 'flour', quantity: 500, unit: 'g', preparation: 'sifted' } },
    { text: 'Season with @salt.', line: { name: 'salt' } },
    { text: 'Add @olive oil{}.', line: { name: 'olive oil' } },
    { text: 'Beat @eggs{2-3}.', line: { name: 'eggs', quantity: 2, quantityMax: 3 } },
    { text: 'Pour @milk{1/2%cup}.', line: { name: 'milk', quantity: 0.5, unit: 'cup' } },
    // A text amount is no number: the words are kept as the line's note.
    { text: 'Melt @butter{a knob}.', line: { name: 'butter', note: 'a knob' } },
    { text: 'Scatter @?thyme{2%sprigs}.', line: { name: 'thyme', quantity: 2, unit: 'sprigs', optional: true } },
    // The alias is how the step words it; the list names the ingredient.
    { text: 'Sift @flour|plain flour{200%g}.', line: { name: 'flour', quantity: 200, unit: 'g' } },
    { text: 'Spoon over @./sauces/Hollandaise{150%g}(warm).', line: { name: 'Hollandaise', recipe: 'Hollandaise', quantity: 150, unit: 'g', preparation: 'warm' } },
  ])('$text', ({ text, line }) => {
    const read = onlyRecipe(text);
    expect(read.ingredients.map(lineFacts)).toEqual([line]);
  });

  test.each([
    {
      name: 'a Cooklang reference @& is the line it refers to, not a second one',
      text: 'Add @flour{500%g}, then dust with @&flour{}.',
      lines: [{ name: 'flour', quantity: 500, unit: 'g' }],
      step: 'Add [flour→0], then dust with [flour→0].',
    },
    {
      name: 'a reference with its own amount adds it to the line',
      text: 'Add @flour{200%g}, then @&flour{300%g} more.',
      lines: [{ name: 'flour', quantity: 500, unit: 'g' }],
      step: 'Add [flour→0], then [flour→0] more.',
    },
    {
      name: 'a reference refers to the last definition of its name, as cooklang-rs reads it',
      text: 'Add @flour{500%g} and later @flour{20%g}, then @&flour{}.',
      lines: [{ name: 'flour', quantity: 500, unit: 'g' }, { name: 'flour', quantity: 20, unit: 'g' }],
      step: 'Add [flour→0] and later [flour→1], then [flour→1].',
    },
    {
      // Cooklang counts two salts; a cook writing "@salt" twice means one.
      name: 'a bare later mention of a name is the same line',
      text: 'Add @salt{5%g}.\n\nTaste, and add @salt if needed.',
      lines: [{ name: 'salt', quantity: 5, unit: 'g' }],
      step: 'Add [salt→0].|Taste, and add [salt→0] if needed.',
    },
    {
      name: 'a reference to a recipe already named is that line',
      text: 'Spread @./pizza-sauce{80%g}, then a little more @&./pizza-sauce{}.',
      lines: [{ name: 'pizza-sauce', recipe: 'pizza-sauce', quantity: 80, unit: 'g' }],
      step: 'Spread [pizza-sauce→0], then a little more [pizza-sauce→0].',
    },
    {
      // "The dough" of an earlier step is no ingredient to buy: its words stay text.
      name: 'an intermediate preparation is words, not a line',
      text: 'Mix @flour{500%g} and @water{300%ml}.\n\nLet the @&(~1)dough{} rest.',
      lines: [{ name: 'flour', quantity: 500, unit: 'g' }, { name: 'water', quantity: 300, unit: 'ml' }],
      step: 'Mix [flour→0] and [water→1].|Let the dough rest.',
    },
    {
      // The spaces around a comment stay, as cooklang-rs leaves them; the mapping evens out spaces.
      name: 'comments are no part of a step',
      text: 'Mix @flour{500%g} -- by hand\nand knead [- ten minutes -] well.',
      lines: [{ name: 'flour', quantity: 500, unit: 'g' }],
      step: 'Mix [flour→0]  and knead  well.',
    },
    {
      name: 'escaped characters are text',
      text: 'Mail orders\\@supplier.com about tin \\#3 at 4\\~6 °C, then add @salt{}.',
      lines: [{ name: 'salt' }],
      step: 'Mail orders@supplier.com about tin #3 at 4~6 °C, then add [salt→0].',
    },
  ])('$name', ({ text, lines, step }) => {
    const read = onlyRecipe(text);
    expect(read.ingredients.map(lineFacts)).toEqual(lines);
    expect(read.steps.map(stepText).join('|')).toBe(step);
  });
});

describe('readCooklang: steps, sections, notes, cookware and timers', () => {
  test('sections name their steps and group the lines they define', () => {
    const read = onlyRecipe('== Dough ==\nMix @flour{500%g}.\n\n== Topping ==\nScatter @basil{3%g}.');
    expect(read.steps.map((step) => step.section)).toEqual(['Dough', 'Topping']);
    expect(read.ingredients.map((line) => line.group)).toEqual(['Dough', 'Topping']);
  });

  test('notes are kept beside the method, not as steps', () => {
    const read = onlyRecipe('> Start the day before.\n\nMix @flour{500%g}.\n\n> Keeps three days.');
    expect(read.notes).toEqual(['Start the day before.', 'Keeps three days.']);
    expect(read.steps).toHaveLength(1);
  });

  test('cookware is equipment, and the step keeps its name', () => {
    // A name of one word needs no braces; of two, it does ("#tea towel" is the cookware "tea", then a word).
    const read = onlyRecipe('Put @flour{500%g} in a #large bowl{} and cover with a #cloth.\n\nTip into the #large bowl{} again.');
    expect(read.equipment).toEqual(['large bowl', 'cloth']);
    expect(stepText(read.steps[0]!)).toBe('Put [flour→0] in a large bowl and cover with a cloth.');
  });

  test.each([
    ['~{90%seconds}', 1.5],
    ['~{30%sec}', 0.5],
    ['~{45%s}', 0.75],
    ['~{10%minutes}', 10],
    ['~{1%minute}', 1],
    ['~{5%min}', 5],
    ['~{10%mins}', 10],
    ['~{2%hours}', 120],
    ['~{1%hour}', 60],
    ['~{1.5%h}', 90],
    ['~{1%hr}', 60],
    ['~{3%hrs}', 180],
    ['~{1%day}', 1440],
    ['~{1/2%hour}', 30],
    ['~proof{1-2%hours}', 60],
    // A unit that is no time, or no unit, sets no timer rather than a wrong one.
    ['~{2%fortnights}', undefined],
    ['~{20}', undefined],
    ['~oven', undefined],
  ])('a step with %s has a timer of %s minutes', (timer, minutes) => {
    const [step] = onlyRecipe(`Bake @bread{1} ${timer}.`).steps;
    expect(step?.timerMinutes).toBe(minutes);
  });

  test('the first timer of a step is its timer, and the timer stays in the words', () => {
    const [step] = onlyRecipe('Boil @pasta{500%g} for ~{10%minutes}, rest ~{2%minutes}.').steps;
    expect(step?.timerMinutes).toBe(10);
    expect(stepText(step!)).toBe('Boil [pasta→0] for 10 minutes, rest 2 minutes.');
  });
});

describe('readCooklang: the front matter', () => {
  test.each([
    { name: 'no title: the file name', text: 'Mix @flour{}.', origin: 'recipes/Grandma Soup.cook', expected: { title: 'Grandma Soup', slug: 'Grandma Soup' } },
    { name: 'a title and a description', text: '---\ntitle: Soup\ndescription: Warm.\n---\nMix @flour{}.', expected: { title: 'Soup', summary: 'Warm.' } },
    { name: 'servings as a number', text: '---\nservings: 4\n---\nMix @flour{}.', expected: { portions: 4, yieldText: '4' } },
    { name: 'servings in words', text: '---\nservings: 4 portions\n---\nMix @flour{}.', expected: { portions: 4, yieldText: '4 portions' } },
    { name: 'servings as a range count no portions', text: '---\nservings: 2-3\n---\nMix @flour{}.', expected: { yieldText: '2-3' } },
    { name: 'the old >> metadata', text: '>> servings: 4\n>> title: Old\n\nMix @flour{}.', expected: { title: 'Old', portions: 4 } },
    { name: 'time.prep and time.cook', text: '---\ntime:\n  prep: 1 hour 10 minutes\n  cook: 45 min\n---\nMix @flour{}.', expected: { prepMinutes: 70, cookMinutes: 45 } },
    { name: '"prep time" and "cook time"', text: '---\nprep time: 20\ncook time: 1.5 hours\n---\nMix @flour{}.', expected: { prepMinutes: 20, cookMinutes: 90 } },
    { name: 'a total time', text: '---\ntime: 1h 30min\n---\nMix @flour{}.', expected: { totalMinutes: 90 } },
    { name: 'an ISO 8601 time', text: '---\ntime:\n  cook: PT1H30M\n---\nMix @flour{}.', expected: { cookMinutes: 90 } },
    { name: 'a locale', text: '---\nlocale: it_IT\n---\nMix @flour{}.', expected: { language: 'it-IT' } },
    { name: 'course and tags', text: '---\ncourse: dessert\ntags: baking, chocolate\n---\nMix @flour{}.', expected: { categories: ['dessert', 'baking', 'chocolate'] } },
    { name: 'an image', text: '---\nimage: https://example.com/cake.jpg\n---\nMix @flour{}.', expected: { image: 'https://example.com/cake.jpg' } },
    {
      name: 'source as a map, author and licence',
      text: '---\nsource:\n  name: The Book\n  url: https://example.com/r\nauthor: Ann\nlicence: CC BY 4.0\n---\nMix @flour{}.',
      expected: { credit: { url: 'https://example.com/r', author: 'Ann', licence: 'CC BY 4.0', publisher: 'The Book' } },
    },
    { name: 'source as an address, "license" spelt the American way', text: '---\nsource: https://example.com/r\nlicense: MIT\n---\nMix @flour{}.', expected: { credit: { url: 'https://example.com/r', licence: 'MIT' } } },
    { name: 'an author with a page', text: '---\nauthor:\n  name: Ann\n  url: https://ann.example\n---\nMix @flour{}.', expected: { credit: { url: 'https://ann.example', author: 'Ann' } } },
    // Only a web address is a link to credit: a script address never reaches a page.
    { name: 'a source address that is no web address', text: '---\nsource:\n  url: javascript:alert(1)\n  name: X\n---\nMix @flour{}.', expected: { credit: { publisher: 'X' } } },
    { name: 'a binder map written by hand is taken over as it is', text: '---\nbinder:\n  course: main\n---\nAdd @salt{5%g}.\n\nTaste, and add @salt.', expected: { binderFields: { course: 'main' }, ingredients: [{ name: 'salt', quantity: 5 }] } },
    { name: 'a binder map with its lines is taken over, less the lines', text: '---\nbinder:\n  course: main\n  stations: [line]\n  lines:\n    - definition: 1\n      name: flour\n      ingredient: flour-00\n---\nMix @flour{}.', expected: { binderFields: { course: 'main', stations: ['line'] } } },
  ])('$name', ({ text, origin, expected }) => {
    expect(onlyRecipe(text, origin)).toMatchObject(expected);
  });

  test('a file with no time, servings or source says none', () => {
    const read = onlyRecipe('---\ntime: about an hour\n---\nMix @flour{}.');
    for (const key of ['totalMinutes', 'prepMinutes', 'portions', 'yieldText', 'credit', 'binderFields', 'categories'] as const) expect(read[key]).toBeUndefined();
  });
});

describe('readCooklang: what it refuses, with where and how to fix it', () => {
  test.each([
    { name: 'a file over 256 KB', text: `Mix @flour{}. ${'x'.repeat(MAX_COOKLANG_BYTES)}`, where: 'test.cook', message: /^is 257 KB, over the 256 KB/ },
    { name: 'a binary file', text: 'Mix @flour{}.\0\0', where: 'test.cook', message: /^is not a text file$/ },
    { name: 'a web page', text: '<!doctype html><html><body>@flour</body></html>', where: 'test.cook', message: /^is HTML or JSON/ },
    { name: 'JSON', text: '{"name": "Cake", "recipeIngredient": ["flour"]}', where: 'test.cook', message: /^is HTML or JSON/ },
    { name: 'front matter that never ends', text: '---\ntitle: A\nMix @flour{}.', where: 'test.cook:1', message: /^has front matter that never ends$/ },
    { name: 'no ingredients', text: '---\ntitle: Words\n---\nJust stir it all together.', where: 'test.cook', message: /^has no ingredients$/ },
    { name: 'front matter that is a list', text: '---\n- a\n- b\n---\nMix @flour{}.', where: 'test.cook:2', message: /^has front matter that is not a list of `key: value` fields$/ },
    { name: 'a YAML error, at its line', text: '---\ntitle: A\ntitle: B\n---\nMix @flour{}.', where: 'test.cook:3', message: /^has front matter that is not valid YAML/ },
    { name: 'a Cooklang error, at its line', text: 'Mix @flour{500%g}.\n\nFold in @&sugar{}.', where: 'test.cook:3', message: /^is not valid Cooklang: Reference not found: sugar/ },
    // cooklang-rs 0.18.7 panics on an empty amount; the file is refused at the line, the next file still reads.
    { name: 'a line that stops the parser', text: '---\ntitle: A\n---\nMix @flour{%g}.', where: 'test.cook:4', message: /^could not be read: the Cooklang parser stopped/ },
  ])('$name', ({ text, where, message }) => {
    const read = readCooklang(text, 'test.cook');
    expect(read.recipes).toEqual([]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]!.where).toBe(where);
    expect(read.problems[0]!.message).toMatch(message);
    expect(read.problems[0]!.fix).not.toBe('');
  });

  test('after a file that stopped the parser, the next file reads', () => {
    readCooklang('Mix @flour{%g}.', 'crash.cook');
    expect(onlyRecipe('Mix @flour{500%g}.').ingredients).toHaveLength(1);
  });

  test('a binder key that is no map is ignored, and said so, but the recipe is read', () => {
    const read = readCooklang('---\nbinder: yes\n---\nMix @flour{}.', 'test.cook');
    expect(read.recipes).toHaveLength(1);
    expect(read.recipes[0]!.binderFields).toBeUndefined();
    expect(read.problems.map((problem) => `${problem.where}: ${problem.message}`)).toEqual(['test.cook:2: has a `binder` key that is not a map of fields, so it was ignored']);
  });
});

describe('readCooklang: the fixture files', () => {
  test('front matter and sections', () => {
    const [read] = readFixture('lasagne.cook').recipes;
    expect(read).toMatchObject({
      origin: 'cooklang/lasagne.cook',
      slug: 'lasagne',
      title: 'Lasagne al forno',
      summary: 'Layers of fresh pasta, ragù and béchamel, baked until the edges crisp.',
      language: 'it-IT',
      portions: 6,
      prepMinutes: 70,
      cookMinutes: 45,
      categories: ['main', 'pasta', 'baked'],
      image: 'https://example.com/lasagne.jpg',
      credit: { url: 'https://example.com/lasagne', author: 'Maria Rossi', licence: 'CC BY 4.0', publisher: 'Nonna’s notebook'.replace('’', "'") },
    });
    expect(read!.ingredients.map((line) => [line.group, line.name, line.quantity, line.unit, line.preparation])).toEqual([
      ['Ragù', 'onion', 1, undefined, 'finely chopped'],
      ['Ragù', 'olive oil', 2, 'tbsp', undefined],
      ['Ragù', 'minced beef', 500, 'g', undefined],
      ['Ragù', 'passata', 700, 'ml', undefined],
      ['Béchamel', 'butter', 50, 'g', undefined],
      ['Béchamel', 'flour', 50, 'g', undefined],
      ['Béchamel', 'milk', 0.5, 'l', undefined],
      ['Assembly', 'lasagne sheets', 12, undefined, undefined],
      ['Assembly', 'parmesan', 60, 'g', 'grated'],
    ]);
    expect(read!.steps.map((step) => [step.section, stepText(step), step.timerMinutes])).toEqual([
      // A step written over two lines is one step, its lines joined by a space.
      ['Ragù', 'Soften [onion→0] in [olive oil→1], then brown [minced beef→2] over a high heat.', undefined],
      ['Ragù', 'Add [passata→3] and simmer 1 hour.', 60],
      ['Béchamel', 'Melt [butter→4], stir in [flour→5], then whisk in [milk→6] until thick.', undefined],
      ['Assembly', 'Layer [lasagne sheets→7] with the ragù and the béchamel, finish with [parmesan→8] and bake.', undefined],
    ]);
  });

  test('a reference to another recipe file names that file, which reads as the recipe of that name', () => {
    const [pizza] = readFixture('pizza-marinara.cook').recipes;
    const [sauce] = readFixture('tomato-sauce.cook').recipes;
    const sauceLines = pizza!.ingredients.filter((line) => line.recipe !== undefined);
    expect(sauceLines.map(lineFacts)).toEqual([{ name: 'tomato-sauce', recipe: 'tomato-sauce', quantity: 80, unit: 'g' }]);
    // The mapping ties the line to the other file by this: the reference's name is the file's slug.
    expect(sauceLines[0]!.recipe).toBe(sauce!.slug);
    expect(sauce).toMatchObject({ title: 'Tomato sauce', portions: 12 });
    expect(sauce!.ingredients.map((line) => line.name)).toEqual(['whole peeled tomatoes', 'fine sea salt', 'extra-virgin olive oil']);
    expect(pizza!.steps.map(stepText)).toEqual([
      'Stretch the dough into a 30 cm disc and spread [tomato-sauce→0] over it.',
      'Scatter [garlic→1] and [dried oregano→2], then a little more [tomato-sauce→0] where it is bare.',
      'Bake at the back of the deck for 90 seconds.',
    ]);
    expect(pizza!.steps.map((step) => step.timerMinutes)).toEqual([undefined, undefined, 1.5]);
  });

  test('notes, cookware, comments and timers in hours and seconds', () => {
    const [loaf] = readFixture('weekend-loaf.cook').recipes;
    expect(loaf!.title).toBe('weekend-loaf');
    expect(loaf!.notes).toEqual(['Start on Friday evening: the dough needs a long rise.', 'Keeps for three days wrapped in a cloth.']);
    expect(loaf!.equipment).toEqual(['large bowl', 'dutch oven', 'wire rack']);
    expect(loaf!.steps.map((step) => step.timerMinutes)).toEqual([undefined, 720, 45, 90]);
    expect(loaf!.ingredients.map(lineFacts)).toEqual([
      { name: 'bread flour', quantity: 500, unit: 'g' },
      // 350 ml, and 20 ml more by the `@&water{20%ml}` reference.
      { name: 'water', quantity: 370, unit: 'ml' },
      { name: 'yeast', quantity: 1, quantityMax: 2, unit: 'g' },
      { name: 'salt', quantity: 10, unit: 'g' },
      { name: 'sesame seeds', quantity: 1, unit: 'tbsp', optional: true },
    ]);
    expect(loaf!.steps.map(stepText)).toEqual([
      'Mix [bread flour→0], [water→1], [yeast→2] and [salt→3] in a large bowl.',
      'Cover and leave 12 hours, then fold in [water→1] more.',
      'Shape, roll in [sesame seeds→4] and bake in a dutch oven for 2700 sec.',
      'Cool on a wire rack for 1.5 h. Season with [salt→3] and eat.',
    ]);
  });

  test.each([
    { file: 'broken-reference.cook', where: 'cooklang/broken-reference.cook:7', message: 'is not valid Cooklang: Reference not found: sugar' },
    // The YAML parser notices the unclosed list where the next key starts.
    { file: 'broken-front-matter.cook', where: 'cooklang/broken-front-matter.cook:4', message: expect.stringMatching(/^has front matter that is not valid YAML: /) },
  ])('$file is refused at its line', ({ file, where, message }) => {
    const read = readFixture(file);
    expect(read.recipes).toEqual([]);
    expect(read.problems).toEqual([{ where, message, fix: expect.any(String) }]);
  });
});

// ---------------------------------------------------------------------------
// The writer, read back.

/** Display names as the binder shows them: ingredients' `name`, recipes' `title`. */
function binderNames(): CooklangNames {
  const ingredients = new Map(
    readdirSync(path.join(CONTENT, 'ingredients')).map((file) => [file.replace(/\.yaml$/, ''), (parseYaml(readFileSync(path.join(CONTENT, 'ingredients', file), 'utf8')) as { name: string }).name]),
  );
  const recipes = new Map(binderRecipes().map(({ slug, recipe }) => [slug, recipe.title]));
  return { ingredient: (slug) => ingredients.get(slug) ?? slug, recipe: (slug) => recipes.get(slug) ?? slug };
}

function binderRecipes(): Array<{ slug: string; recipe: Recipe; body: string }> {
  return readdirSync(path.join(CONTENT, 'recipes'))
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const source = parseMdxFile(`content/recipes/${file}`, readFileSync(path.join(CONTENT, 'recipes', file), 'utf8'));
      return { slug: file.replace(/\.mdx$/, ''), recipe: source.data as Recipe, body: source.body };
    });
}

const NAMES = binderNames();

/** What the reader must give back of each line: everything the binder wrote. */
function expectedLine(line: Recipe['ingredients'][number]): Omit<ImportedLine, 'raw'> {
  return {
    ...(line.quantity !== undefined && line.unit !== undefined && { quantity: line.quantity, unit: line.unit }),
    // A sub-recipe is a reference to its file, named by its slug.
    name: line.ingredient !== undefined ? NAMES.ingredient(line.ingredient) : line.recipe!,
    ...(line.preparation !== undefined && { preparation: line.preparation }),
    ...(line.group !== undefined && { group: line.group }),
    ...(line.optional && { optional: true }),
    ...(line.recipe !== undefined && { recipe: line.recipe }),
    binder: {
      ...(line.ingredient !== undefined && { ingredient: line.ingredient }),
      ...(line.recipe !== undefined && { recipe: line.recipe }),
      ...(line.prepYield !== undefined && { prepYield: line.prepYield }),
      ...(line.mentionAs !== undefined && { mentionAs: line.mentionAs }),
    },
  };
}

/** The recipe's fields Cooklang has no place for, as binderFields must give them back. */
function expectedBinderFields(recipe: Recipe, body: string | undefined): Record<string, unknown> {
  const { title: _t, summary: _s, prepMinutes: _p, cookMinutes: _c, ingredients: _i, steps, source: _source, ...fields } = recipe;
  const stepFields = steps.map(({ text: _text, timerMinutes: _timer, temperature: _temperature, ...rest }) => rest);
  return {
    ...fields,
    ...(stepFields.some((each) => Object.keys(each).length > 0) && { steps: stepFields }),
    ...(body !== undefined && body.trim() !== '' && { body }),
  };
}

/** A step as the binder holds it: its text with `@mentions`, the lines they name, its timer and temperature. */
function expectedStep(recipe: Recipe, step: Recipe['steps'][number]) {
  const resolved = resolveStepText(recipe, step.text, (_collection, id) => id, 'en');
  return {
    text: step.text.replace(/\r?\n/g, ' '),
    lines: resolved.flatMap((segment) => (segment.kind === 'mention' ? [segment.index] : [])),
    timerMinutes: step.timerMinutes,
    temperature: step.temperature,
  };
}

/** A step read back, its mentions written again as the binder writes them. */
function stepReadBack(recipe: Recipe, step: ImportedStep) {
  return {
    text: step.segments.map((segment) => (typeof segment === 'string' ? segment : `@${mentionKey(recipe.ingredients[segment.line]!)}`)).join(''),
    lines: step.segments.flatMap((segment) => (typeof segment === 'string' ? [] : [segment.line])),
    timerMinutes: step.timerMinutes,
    temperature: step.temperature,
  };
}

/** Exports `recipe`, reads it back, and checks nothing was lost; returns the Cooklang for more checks. */
function expectRoundTrip(recipe: Recipe, body: string | undefined): string {
  const cooklang = toCooklang(recipe, body, NAMES);
  const read = readCooklang(cooklang, 'export/recipe.cook');
  expect(read.problems).toEqual([]);
  expect(read.recipes).toHaveLength(1);
  const back = read.recipes[0]!;
  expect({ title: back.title, summary: back.summary, prepMinutes: back.prepMinutes, cookMinutes: back.cookMinutes, portions: back.portions }).toEqual({
    title: recipe.title,
    summary: recipe.summary,
    prepMinutes: recipe.prepMinutes,
    cookMinutes: recipe.cookMinutes,
    portions: recipe.yield.portions,
  });
  expect(back.credit).toEqual(recipe.source);
  expect(back.ingredients.map(lineFacts)).toEqual(recipe.ingredients.map(expectedLine));
  expect(back.binderFields).toEqual(expectedBinderFields(recipe, body));
  expect(back.steps.map((step) => stepReadBack(recipe, step))).toEqual(recipe.steps.map((step) => expectedStep(recipe, step)));
  return cooklang;
}

describe('toCooklang: every recipe of the binder comes back whole', () => {
  test.each(binderRecipes().map(({ slug, recipe, body }) => ({ slug, recipe, body })))('$slug', ({ recipe, body }) => {
    const cooklang = expectRoundTrip(recipe, body);
    // Real Cooklang: each line with its amount in the text, where another tool lists it.
    for (const line of recipe.ingredients) {
      const name = line.recipe !== undefined ? `./${line.recipe}` : NAMES.ingredient(line.ingredient!);
      expect(cooklang).toContain(`@${line.optional ? '?' : ''}${name}{${line.quantity !== undefined ? `${line.quantity}%${line.unit}` : ''}}`);
    }
  });

  test('the Margherita as a Cooklang tool sees it', () => {
    const margherita = binderRecipes().find(({ slug }) => slug === 'margherita')!;
    const cooklang = toCooklang(margherita.recipe, margherita.body, NAMES);
    const steps = cooklang.split(/^---$/m)[2]!.trim().split('\n\n');
    expect(steps).toHaveLength(5);
    expect(steps[0]).toContain('Press @./pizza-dough{1%portion}(one 250 g ball at room temperature) from the center');
    expect(steps[2]).toContain('Scatter @Mozzarella (fior di latte){100%g}(torn into 2–3 cm pieces, drained) evenly');
    expect(steps[3]).toMatch(/does not scorch\. ~\{3%minutes\}$/);
    expect(cooklang).toMatch(/^---\n# binder: /);
    expect(parseYaml(cooklang.split(/^---$/m)[1]!)).toMatchObject({ title: 'Margherita', servings: 1, time: { prep: '3 minutes', cook: '3 minutes' }, [BINDER_KEY]: { course: 'pizza', category: 'Pizza' } });
  });
});

describe('toCooklang: what the binder’s recipes do not show', () => {
  const pantry = [
    { ingredient: 'flour-00', quantity: 500, unit: 'g' as const },
    { ingredient: 'water', quantity: 300, unit: 'g' as const, preparation: 'cold (4 °C) -- really' },
    { ingredient: 'fine-sea-salt', quantity: 10, unit: 'g' as const },
  ];
  test.each([
    {
      name: 'lines no step mentions are listed in a first Mise en place step',
      recipe: recipeWith({ ingredients: [...pantry, { ingredient: 'black-pepper' }], steps: [{ text: 'Mix @flour-00 and @water.' }, { text: 'Rest.' }] }),
      contains: [`${MISE_EN_PLACE} @Fine sea salt{10%g}, @Black pepper{}.`, 'miseEnPlace: true'],
    },
    {
      name: 'a line mentioned twice is defined once and referred to after',
      recipe: recipeWith({ ingredients: pantry, steps: [{ text: 'Mix @flour-00, @water and @fine-sea-salt.' }, { text: 'Dust with @flour-00, then more @flour-00.' }] }),
      contains: ['@00 flour{500%g}', 'Dust with @&00 flour{}, then more @&00 flour{}.'],
    },
    {
      // Cooklang's @& finds the last definition of a name: the first flour needs saying which line it is.
      name: 'two lines of one ingredient, the earlier mentioned after the later',
      recipe: recipeWith({
        ingredients: [
          { group: 'Dough', ingredient: 'flour-00', quantity: 500, unit: 'g', mentionAs: 'dough-flour' },
          { group: 'Bench', ingredient: 'flour-00', quantity: 20, unit: 'g', mentionAs: 'bench-flour', optional: true },
        ],
        steps: [{ text: 'Mix @dough-flour.' }, { text: 'Dust with @bench-flour.' }, { text: 'Knead @dough-flour, then @bench-flour.' }],
      }),
      contains: ['@00 flour{500%g}', '@?00 flour{20%g}', 'mentions:'],
    },
    {
      name: 'text full of Cooklang syntax stays text',
      recipe: recipeWith({
        ingredients: pantry,
        steps: [
          { text: '> not a note: mail orders@supplier.com, tin #3, 4~6 °C -- not a comment [- nor this -], C:\\temp, {braces} and 50%.' },
          { text: '== not a section == Mix @flour-00(sifted) and @water{cold} with @fine-sea-salt|x, then @nothing.' },
          { text: '= one more, and a line\nbreak' },
        ],
      }),
      contains: ['\\> not a note', '\\-- not a comment \\[- nor this'],
    },
    {
      name: 'every step field, a source, odd numbers and timers',
      recipe: recipeWith({
        ingredients: [
          { ingredient: 'flour-00', quantity: 0.1 + 0.2, unit: 'kg', prepYield: 'sifted' },
          { ingredient: 'water', quantity: 1e-7, unit: 'l' },
          { recipe: 'pizza-sauce', quantity: 1, unit: 'portion', optional: true },
        ],
        steps: [
          { text: 'Mix @flour-00 and @water.', timerMinutes: 0.5, temperature: { value: 4, unit: 'C' } },
          { text: 'Spread @pizza-sauce.', timerMinutes: 120, station: 'oven' },
          {
            text: 'Hold it.',
            timerMinutes: 1 / 3,
            criticalLimit: { measure: 'core-temperature', comparison: 'at-least', value: 63, unit: 'C', correctiveAction: 'Reheat to 74 °C or throw it away.' },
          },
        ],
        restMinutes: 30,
        prepMinutes: 0,
        source: { url: 'https://example.com/r', author: 'Ann', licence: 'CC BY 4.0', publisher: 'The Book' },
        images: [{ src: 'media/margherita.jpg', alt: 'A pizza' }],
      }),
      contains: ['~{30%seconds}', '~{2%hours}', '@?./pizza-sauce{1%portion}', 'author: Ann'],
    },
  ])('$name', ({ recipe, contains }) => {
    const cooklang = expectRoundTrip(recipe, '## Notes\n\n---\n\nA body with a rule.\n');
    for (const text of contains) expect(cooklang).toContain(text);
  });

  test('a recipe with no body has none to give back', () => {
    const recipe = recipeWith({ ingredients: pantry, steps: [{ text: 'Mix @flour-00, @water and @fine-sea-salt.' }] });
    expectRoundTrip(recipe, undefined);
    expect(readCooklang(toCooklang(recipe, '  \n', NAMES), 'x.cook').recipes[0]!.binderFields).not.toHaveProperty('body');
  });
});

describe('readCooklang: an edited export is read from its text, not trusted blindly', () => {
  const recipe = recipeWith({ ingredients: [{ ingredient: 'flour-00', quantity: 500, unit: 'g' }, { ingredient: 'water', quantity: 300, unit: 'g' }], steps: [{ text: 'Mix @flour-00 and @water.', station: 'oven' }] });
  const exported = toCooklang(recipe, undefined, NAMES);
  test.each([
    // A slug on a line that now names another ingredient would give it the wrong allergens.
    { name: 'an ingredient renamed in the text', edit: (text: string) => text.replace('@00 flour{500%g}', '@Almond flour{500%g}'), problem: /`00 flour` is `Almond flour` in the text/ },
    { name: 'an ingredient added to the text', edit: (text: string) => text.replace('and @Water', 'and @Sugar{5%g} and @Water'), problem: /2 lines for 3 ingredients/ },
    { name: 'a step added to the text', edit: (text: string) => `${text}\nRest.\n`, problem: /does not match the 2 steps of the text/ },
  ])('$name', ({ edit, problem }) => {
    const read = readCooklang(edit(exported), 'edited.cook');
    expect(read.recipes).toHaveLength(1);
    expect(read.problems.map((each) => each.message)).toEqual([expect.stringMatching(problem)]);
    expect(read.problems[0]!.where).toMatch(/^edited\.cook:\d+$/);
  });

  test('the lines then carry no slug', () => {
    const read = readCooklang(exported.replace('@00 flour{500%g}', '@Almond flour{500%g}'), 'edited.cook');
    expect(read.recipes[0]!.ingredients.map((line) => [line.name, line.binder])).toEqual([
      ['Almond flour', undefined],
      ['Water', undefined],
    ]);
  });
});
