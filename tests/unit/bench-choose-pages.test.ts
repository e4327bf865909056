import { expect, test } from 'vitest';
import { choosePages } from '../../src/bench/choose-pages.ts';

const SAMPLE = [
  { file: 'index.html', bytes: 4_600 },
  { file: '404.html', bytes: 3_000 },
  { file: 'recipes/index.html', bytes: 9_000 },
  { file: 'recipes/2/index.html', bytes: 99_000 }, // a listing page, not a recipe
  { file: 'recipes/margherita/index.html', bytes: 14_300 },
  { file: 'recipes/minestrone/index.html', bytes: 20_500 },
  { file: 'recipes/pizza-dough/referenced-by/index.html', bytes: 50_000 },
  { file: 'recipes/espresso-shot/index.html', bytes: 8_000 },
  { file: 'procedures/handwashing/index.html', bytes: 9_000 },
  { file: 'procedures/opening-checklist/index.html', bytes: 12_400 },
  { file: 'menu/index.html', bytes: 16_000 },
  { file: 'menu/margherita/index.html', bytes: 9_000 },
  { file: 'prep/index.html', bytes: 12_000 },
];

test('the sample binder without cook mode: home, margherita, the longest recipe and procedure; cook mode skipped with its reason', () => {
  const { chosen, skipped } = choosePages(SAMPLE);
  expect(chosen).toEqual([
    { label: 'home', file: 'index.html', path: '/', lighthouse: true },
    { label: 'recipe (typical)', file: 'recipes/margherita/index.html', path: '/recipes/margherita/', lighthouse: true },
    { label: 'recipe (longest)', file: 'recipes/minestrone/index.html', path: '/recipes/minestrone/', lighthouse: false },
    { label: 'procedure (longest)', file: 'procedures/opening-checklist/index.html', path: '/procedures/opening-checklist/', lighthouse: true },
    { label: 'menu', file: 'menu/index.html', path: '/menu/', lighthouse: true },
    { label: 'prep list', file: 'prep/index.html', path: '/prep/', lighthouse: true },
  ]);
  expect(skipped).toEqual([{ label: 'cook mode', reason: 'recipes/margherita/cook/index.html is not in this build (cook mode not built yet)' }]);
});

test('with cook mode built, it is weighed and scored too, and is not mistaken for a recipe', () => {
  const { chosen, skipped } = choosePages([...SAMPLE, { file: 'recipes/margherita/cook/index.html', bytes: 90_000 }]);
  expect(chosen.map((page) => [page.label, page.path])).toEqual([
    ['home', '/'],
    ['recipe (typical)', '/recipes/margherita/'],
    ['recipe (longest)', '/recipes/minestrone/'],
    ['procedure (longest)', '/procedures/opening-checklist/'],
    ['cook mode', '/recipes/margherita/cook/'],
    ['menu', '/menu/'],
    ['prep list', '/prep/'],
  ]);
  expect(skipped).toEqual([]);
});

test('a binder with no margherita takes its median recipe as the typical one', () => {
  const generated = [
    { file: 'index.html', bytes: 1 },
    { file: 'recipes/a/index.html', bytes: 300 },
    { file: 'recipes/b/index.html', bytes: 100 },
    { file: 'recipes/c/index.html', bytes: 200 },
  ];
  expect(choosePages(generated).chosen.find((page) => page.label === 'recipe (typical)')?.file).toBe('recipes/c/index.html');
  expect(choosePages(generated).skipped.map((page) => page.label)).toEqual(['procedure (longest)', 'cook mode', 'menu', 'prep list']);
});

test('in a binder read in more languages, the same kinds of page in each (the longest as that language writes it), Lighthouse on its typical recipe', () => {
  const spanish = [
    { file: 'es/index.html', bytes: 4_900 },
    { file: 'es/recipes/margherita/index.html', bytes: 15_100 },
    { file: 'es/recipes/margherita/cook/index.html', bytes: 12_000 },
    { file: 'es/recipes/minestrone/index.html', bytes: 21_000 },
    { file: 'es/recipes/espresso-shot/index.html', bytes: 8_400 },
    { file: 'es/procedures/handwashing/index.html', bytes: 13_000 },
    { file: 'es/procedures/opening-checklist/index.html', bytes: 12_900 },
  ];
  const { chosen, skipped } = choosePages([...SAMPLE, { file: 'recipes/margherita/cook/index.html', bytes: 11_000 }, ...spanish]);
  expect(chosen.slice(7).map((page) => [page.label, page.path, page.lighthouse])).toEqual([
    ['recipe (typical, es)', '/es/recipes/margherita/', true],
    ['recipe (longest, es)', '/es/recipes/minestrone/', false],
    ['procedure (longest, es)', '/es/procedures/handwashing/', false],
    ['cook mode (es)', '/es/recipes/margherita/cook/', false],
  ]);
  expect(skipped).toEqual([]);
});
