/**
 * The site's catalogue (src/i18n/messages/site/): every English key is translated into
 * each language the sample ships, with the same placeholders (a link or a number a
 * translation drops would vanish from the page); and the words the site's own code
 * writes (the cook-log headline, section listings) follow the language they are asked in.
 */
import { describe, expect, test } from 'vitest';
import type { Message } from '../../src/i18n/format-message.ts';
import { siteEn } from '../../src/i18n/messages/site/en.ts';
import { siteEs } from '../../src/i18n/messages/site/es.ts';
import { siteIt } from '../../src/i18n/messages/site/it.ts';
import { translatorFor } from '../../src/i18n/translate.ts';
import { cookLogHeadline } from '../../src/domain/governance/cook-log.ts';
import { buildBinderIndex } from '../../src/domain/binder-index.ts';
import type { CookLog } from '../../src/schemas/cook-log.ts';
import { collectionJsonSchema } from '../../src/schemas/json-schema.ts';
import { listingItems } from '../../src/site/listing.ts';
import { entries, ingredient, procedure, recipe, site } from './builders.ts';

const ENGLISH: Readonly<Record<string, Message>> = siteEn;
const TRANSLATIONS: ReadonlyArray<[string, Readonly<Record<string, Message>>]> = [
  ['es', siteEs],
  ['it', siteIt],
];

/** The `{name}` placeholders of a message, over all its plural forms. */
function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)))].sort();
}

describe.each(TRANSLATIONS)('the site catalogue in %s', (language, catalogue) => {
  test('has every English key, and no key English lacks', () => {
    expect(Object.keys(ENGLISH).filter((key) => !(key in catalogue))).toEqual([]);
    expect(Object.keys(catalogue).filter((key) => !(key in ENGLISH))).toEqual([]);
  });

  test.each(Object.keys(ENGLISH))('%s keeps the placeholders and plural forms of English', (key) => {
    const english = ENGLISH[key]!;
    const translated = catalogue[key];
    expect(translated, `${language} lacks ${key}`).toBeDefined();
    expect(placeholders(translated!)).toEqual(placeholders(english));
    expect(typeof translated).toBe(typeof english);
    if (typeof translated === 'object') expect(translated.other).toBeTruthy();
    const texts = typeof translated === 'string' ? [translated] : Object.values(translated!);
    for (const text of texts) expect(text!.trim()).not.toBe('');
  });
});

describe('the site catalogue in English', () => {
  test('a plural message shows its count in every form', () => {
    for (const [key, message] of Object.entries(ENGLISH)) {
      if (typeof message === 'object') for (const text of Object.values(message)) expect(text, key).toContain('#');
    }
  });
});

describe('translatorFor', () => {
  test.each([
    ['en-US', 'nav.recipes', {}, 'Recipes'],
    ['es', 'nav.recipes', {}, 'Recetas'],
    ['it', 'nav.recipes', {}, 'Ricette'],
    ['es-MX', 'listing.count.recipes', { count: 1 }, '1 receta'],
    ['es', 'listing.count.recipes', { count: 1200 }, '1200 recetas'],
    ['en-US', 'listing.count.recipes', { count: 1200 }, '1,200 recipes'],
    ['fr', 'pagination.page', { current: 2, last: 3 }, 'Page 2 of 3'],
  ] as const)('%s: %s', (tag, key, params, expected) => {
    expect(translatorFor(tag)(key, params)).toBe(expected);
  });
});

describe('cookLogHeadline', () => {
  const trial = (kitchenName: string, date: string, outcome: 'adopt' | 'adjust' | 'reject') => ({
    kitchen: kitchenName.toLowerCase(),
    kitchenName,
    date,
    outcome,
    batches: 1,
    current: true,
    revision: '000000000000',
    adjustments: [],
  });
  const log = (kitchens: number, trials: ReturnType<typeof trial>[]): CookLog => ({
    kitchens,
    kitchensOnCurrent: kitchens,
    trials,
    changedSinceCooked: false,
    revision: '000000000000',
  });

  test.each([
    ['en-US', log(2, [trial('Brooklyn Slice', '2026-11-12', 'adopt')]), 'Cooked in 2 kitchens, latest Brooklyn Slice on Nov 12, 2026: adopt'],
    ['en-US', log(1, [trial('Harbour Lane', '2026-11-20', 'adjust')]), 'Cooked in 1 kitchen, latest Harbour Lane on Nov 20, 2026: adjust'],
    ['en-GB', log(3, [trial('Lakeside Forno', '2026-11-28', 'reject')]), 'Cooked in 3 kitchens, latest Lakeside Forno on 28 Nov 2026: reject'],
    ['en-US', log(0, []), 'Not yet cooked in a registered kitchen'],
    ['es', log(2, [trial('Brooklyn Slice', '2026-11-12', 'adopt')]), 'Pruebas en 2 cocinas; la última, en Brooklyn Slice el 12 nov 2026: adopción'],
    ['es', log(1, [trial('Harbour Lane', '2026-11-20', 'adjust')]), 'Pruebas en 1 cocina; la última, en Harbour Lane el 20 nov 2026: ajuste'],
    ['es', log(0, []), 'Todavía sin pruebas en una cocina registrada'],
    ['it', log(3, [trial('Lakeside Forno', '2026-11-28', 'reject')]), 'Prove in 3 cucine; l’ultima da Lakeside Forno il 28 nov 2026: rifiuto'],
  ] as const)('%s: %s', (locale, cookLog, expected) => {
    expect(cookLogHeadline(cookLog, locale)).toBe(expected);
  });
});

describe('listingItems', () => {
  const built = entries({
    recipes: { dough: recipe({ title: 'Dough', course: 'component' }), pie: recipe({ title: 'Pie', course: 'pizza' }) },
    procedures: { cooling: procedure({ title: 'Cooling', kind: 'food-safety', frequency: 'every-4-hours', summary: 'Cool it.' }) },
    ingredients: { flour: ingredient({ name: 'Flour', category: 'dry-goods', storage: { zone: 'dry' } }) },
  });
  const index = buildBinderIndex(built, collectionJsonSchema);
  const listed = (locale: string, collection: 'recipes' | 'procedures' | 'ingredients') =>
    listingItems({ ...built, site: site({ locale }) }, index, collection).map(({ title, group, detail }) => [title, group, detail]);

  test.each([
    ['en-US', 'recipes', [['Pie', 'Pizza', 'Test — A recipe for tests.'], ['Dough', 'Component', 'Test — A recipe for tests.']]],
    ['es', 'recipes', [['Pie', 'Pizza', 'Test — A recipe for tests.'], ['Dough', 'Preparación base', 'Test — A recipe for tests.']]],
    ['en-US', 'procedures', [['Cooling', 'Food safety', 'Every 4 hours · Cool it.']]],
    ['es', 'procedures', [['Cooling', 'Inocuidad alimentaria', 'Cada 4 horas · Cool it.']]],
    ['it', 'procedures', [['Cooling', 'Sicurezza alimentare', 'Ogni 4 ore · Cool it.']]],
    ['en-US', 'ingredients', [['Flour', 'Dry goods', 'Dry storage']]],
    ['es', 'ingredients', [['Flour', 'Abarrotes', 'Almacenamiento en seco']]],
  ] as const)('%s %s', (locale, collection, expected) => {
    expect(listed(locale, collection)).toEqual(expected);
  });
});
