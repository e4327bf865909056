/** An entry page shows the first few back-links of each section; the rest get their own listing. */
import { expect, test } from 'vitest';
import type { BackLink } from '../../src/domain/binder-index.ts';
import { groupBackLinks, needsReferencedByListing } from '../../src/site/back-links.ts';

const link = (collection: BackLink['collection'], id: string): BackLink => ({ collection, id, field: 'ingredients' });
const recipes = (count: number) => Array.from({ length: count }, (_, i) => link('recipes', `pizza-${i + 1}`));

test.each([
  { name: 'no links', links: [], filter: {}, expected: [] },
  {
    name: 'a few links from two sections, in the order given',
    links: [link('recipes', 'margherita'), link('procedures', 'cooling'), link('recipes', 'marinara')],
    filter: {},
    expected: [
      { collection: 'recipes', shown: ['margherita', 'marinara'], total: 2 },
      { collection: 'procedures', shown: ['cooling'], total: 1 },
    ],
  },
  {
    name: 'only one section',
    links: [link('recipes', 'margherita'), link('procedures', 'cooling')],
    filter: { only: ['procedures'] as const },
    expected: [{ collection: 'procedures', shown: ['cooling'], total: 1 }],
  },
  {
    name: 'one section left out',
    links: [link('recipes', 'margherita'), link('procedures', 'cooling')],
    filter: { exclude: ['procedures'] as const },
    expected: [{ collection: 'recipes', shown: ['margherita'], total: 1 }],
  },
  {
    name: 'more links than shown: the first three, counted all',
    links: recipes(5),
    filter: {},
    expected: [{ collection: 'recipes', shown: ['pizza-1', 'pizza-2', 'pizza-3'], total: 5 }],
  },
])('$name', ({ links, filter, expected }) => {
  expect(groupBackLinks(links, filter, 3)).toEqual(expected);
});

test.each([
  [0, false],
  [12, false],
  [13, true],
  [10_000, true],
])('%d links from one section need their own listing: %s', (count, needed) => {
  expect(needsReferencedByListing(recipes(count))).toBe(needed);
});

test('an entry page shows the same number of links at any binder size', () => {
  const shown = (count: number) => groupBackLinks(recipes(count)).reduce((sum, group) => sum + group.shown.length, 0);
  expect(shown(13)).toBe(12);
  expect(shown(10_000)).toBe(12);
});
