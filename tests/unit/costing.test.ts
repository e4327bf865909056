/**
 * The arithmetic of running the restaurant, on worked examples a kitchen manager can
 * check by hand: pack prices to edible cost, food cost and margin, menu engineering's
 * classes, prep quantities from pars, whole packs to order, calories as the FDA rounds.
 */
import { describe, expect, test } from 'vitest';
import { known, missing, sumCosts, type MissingCost } from '../../src/domain/costing/cost-result.ts';
import { missingCostText } from '../../src/domain/costing/missing-cost-text.ts';
import { translatorFor } from '../../src/i18n/translate.ts';
import { foodCost } from '../../src/domain/costing/food-cost.ts';
import { engineerMenu, type ItemSales } from '../../src/domain/costing/menu-engineering.ts';
import { orderList } from '../../src/domain/costing/order-packs.ts';
import { asPurchased, edibleCost, pricePer, type CostedIngredient } from '../../src/domain/costing/pack-price.ts';
import { plateCosting } from '../../src/domain/costing/plate-cost.ts';
import { prepItems, prepLinkQuery } from '../../src/domain/costing/prep-items.ts';
import { prepQuantity, type ParRule } from '../../src/domain/costing/prep-quantity.ts';
import { batchPurchases } from '../../src/domain/costing/purchase-needs.ts';
import { checkPars } from '../../src/domain/checks/pars.ts';
import { entries } from './builders.ts';
import { pizzeria } from './pizzeria.ts';

const onion: CostedIngredient = {
  name: 'Yellow onion',
  cost: { amount: 25, per: { quantity: 50, unit: 'lb' }, supplier: 'Hudson Produce', seen: '2026-11-02' },
  yields: [{ prep: 'diced', percent: 88 }, { prep: 'peeled', percent: 90 }],
};

describe('from a pack price to the edible portion', () => {
  test('a 50 lb sack of onions at $25 is $0.50 a pound as purchased, $0.568 a pound diced at 88 %', () => {
    expect(pricePer(onion.cost!, 'lb')).toBeCloseTo(0.5, 10);
    expect(edibleCost(onion, { quantity: 1, unit: 'lb' }, 'diced', 'USD')).toEqual({ amount: expect.closeTo(0.5 / 0.88, 10), missing: [] });
    expect(edibleCost(onion, { quantity: 1, unit: 'lb' }, undefined, 'USD').amount).toBeCloseTo(0.5, 10);
  });

  test.each<[string, CostedIngredient, string | undefined, MissingCost]>([
    ['no price at all', { name: 'Basil' }, undefined, { kind: 'no-price', name: 'Basil' }],
    ['a price in another currency', { ...onion, cost: { ...onion.cost!, currency: 'EUR' } }, undefined, { kind: 'currency', name: 'Yellow onion', currency: 'EUR', expected: 'USD' }],
    ['a preparation the ingredient has no yield for', onion, 'julienned', { kind: 'yield', name: 'Yellow onion', prep: 'julienned' }],
    ['a unit the pack cannot reach', { ...onion, cost: { amount: 5, per: { quantity: 1, unit: 'each' } } }, undefined, { kind: 'unit', name: 'Yellow onion', priced: 'each', used: 'lb' }],
  ])('%s is named, never counted as zero', (_, ingredient, prep, reason) => {
    expect(edibleCost(ingredient, { quantity: 1, unit: 'lb' }, prep, 'USD')).toEqual({ amount: 0, missing: [reason] });
  });

  test('whole chicken to breast at 30 %: 3 kg bought for 900 g of breast', () => {
    const chicken = { yields: [{ prep: 'breast', percent: 30 }] };
    expect(asPurchased(chicken, { quantity: 900, unit: 'g' }, 'breast')!.quantity).toBeCloseTo(3000, 10);
    expect(asPurchased(chicken, { quantity: 900, unit: 'g' }, 'thigh')).toBeNull();
  });

  test('a sum of costs keeps every reason once, and the known part', () => {
    const basil = { kind: 'no-price', name: 'Basil' } as const;
    expect(sumCosts([known(1.5), missing(basil), known(2), missing({ ...basil })])).toEqual({ amount: 3.5, missing: [basil] });
  });
});

describe('food cost, margin and the price that meets the target', () => {
  test.each([
    // plate cost, price, target, food cost %, margin, target price, over target
    [3.8, 14, 28, 27.142857, 10.2, 13.571429, false],
    [3.92, 14, 28, 28, 10.08, 14, false],
    [4.5, 14, 28, 32.142857, 9.5, 16.071429, true],
    [2, 8, undefined, 25, 6, undefined, false],
  ])('a plate costing %d sold at %d (target %s %%)', (plate, price, target, percent, margin, targetPrice, over) => {
    const result = foodCost(known(plate), price, target);
    expect(result.foodCostPercent).toBeCloseTo(percent, 5);
    expect(result.margin).toBeCloseTo(margin, 10);
    if (targetPrice === undefined) expect(result.targetPrice).toBeUndefined();
    else expect(result.targetPrice).toBeCloseTo(targetPrice, 5);
    expect(result.overTarget).toBe(over);
  });

  test('an incomplete plate cost gives no percentage, margin or flag, only what is missing', () => {
    const result = foodCost(missing({ kind: 'no-price', name: 'Basil' }), 14, 28);
    expect(result).toEqual({ plateCost: { amount: 0, missing: [{ kind: 'no-price', name: 'Basil' }] }, price: 14, overTarget: false });
  });
});

describe('menu engineering', () => {
  // Four items, 400 sold: an equal share is 25 %, popular from 17.5 %; the weighted average margin is $9.25.
  const menu: ItemSales[] = [
    { item: 'Margherita', sold: 200, price: 14, plateCost: 3.5 }, // 50 %, margin 10.50
    { item: 'Marinara', sold: 120, price: 11, plateCost: 2.5 }, // 30 %, margin 8.50
    { item: 'Tartufo', sold: 40, price: 22, plateCost: 9 }, // 10 %, margin 13.00
    { item: 'Calzone', sold: 40, price: 12, plateCost: 6 }, // 10 %, margin 6.00
  ];

  test('each item’s class from its menu mix and margin', () => {
    const result = engineerMenu(menu);
    expect(result.popularityThreshold).toBeCloseTo(0.175, 10);
    expect(result.averageMargin).toBeCloseTo((200 * 10.5 + 120 * 8.5 + 40 * 13 + 40 * 6) / 400, 10);
    expect(result.items.map((item) => [item.item, item.mix, item.class])).toEqual([
      ['Margherita', 0.5, 'star'],
      ['Marinara', 0.3, 'plowhorse'],
      ['Tartufo', 0.1, 'puzzle'],
      ['Calzone', 0.1, 'dog'],
    ]);
  });

  test('the ideal food cost % is Σ plate cost × sold ÷ Σ price × sold', () => {
    const cost = 200 * 3.5 + 120 * 2.5 + 40 * 9 + 40 * 6;
    const revenue = 200 * 14 + 120 * 11 + 40 * 22 + 40 * 12;
    expect(engineerMenu(menu).idealFoodCostPercent).toBeCloseTo((cost / revenue) * 100, 10);
  });

  test('an item with an incomplete cost is named and left out of the profitability classes, not costed as free', () => {
    const result = engineerMenu([...menu.slice(0, 3), { item: 'Calzone', sold: 40, price: 12, plateCost: undefined }]);
    expect(result.incomplete).toEqual(['Calzone']);
    expect(result.items[3]).toMatchObject({ item: 'Calzone', popular: false, profitable: undefined, class: undefined });
    expect(result.averageMargin).toBeCloseTo((200 * 10.5 + 120 * 8.5 + 40 * 13) / 360, 10);
  });

  test('popular means at least 70 % of an equal share, at the edge too', () => {
    // Ten items: an equal share is 10 %, popular from 7 %; exactly 7 of 100 sold is popular.
    const items = Array.from({ length: 10 }, (_, index) => ({ item: `item ${index}`, sold: index === 0 ? 7 : index === 1 ? 21 : 9, price: 10, plateCost: 3 }));
    expect(engineerMenu(items).items[0]!.popular).toBe(true);
  });

  test('with nothing sold there is no mix and no class', () => {
    expect(engineerMenu([{ item: 'Margherita', sold: 0, price: 14, plateCost: 3.5 }]).items[0]).toMatchObject({ mix: 0, popular: false, class: undefined });
  });
});

describe('prep quantities from par levels', () => {
  const sauce: ParRule = { usage: { perCover: 0.1 }, days: 1, batch: 4 };

  test.each<[string, ParRule, { covers: number; weekday: number }, number, { par: number; make: number; batches?: number; cappedByShelfLife?: boolean }]>([
    ['par 12 qt, 5 on hand, batches of 4 qt rounded up: 2 batches', { ...sauce, usage: { perCover: 0.1 } }, { covers: 120, weekday: 0 }, 5, { par: 12, make: 8, batches: 2 }],
    ['nothing short: nothing to make', sauce, { covers: 120, weekday: 0 }, 15, { par: 12, make: 0, batches: 0 }],
    ['a safety stock is part of the par', { ...sauce, safetyStock: 2 }, { covers: 120, weekday: 0 }, 5, { par: 14, make: 12, batches: 3 }],
    ['a minimum batch when little is short', { usage: { perCover: 0.1 }, days: 1, minBatch: 3 }, { covers: 10, weekday: 0 }, 0, { par: 1, make: 3 }],
    ['by weekday: Saturday’s usage', { usage: { perWeekday: [4, 4, 4, 5, 8, 12, 6] }, days: 1, batch: 2 }, { covers: 0, weekday: 5 }, 1, { par: 12, make: 12, batches: 6 }],
    ['two days of a sauce that keeps one: capped, and said', { ...sauce, days: 2, shelfLifeDays: 1 }, { covers: 120, weekday: 0 }, 0, { par: 12, make: 12, batches: 3, cappedByShelfLife: true }],
    ['exactly two batches short is two batches, not three', { usage: { perCover: 0.035 }, days: 2, batch: 3.5 }, { covers: 100, weekday: 0 }, 0, { par: 7, make: 7, batches: 2 }],
  ])('%s', (_, rule, forecast, onHand, expected) => {
    const result = prepQuantity(rule, forecast, onHand);
    expect(result.par).toBeCloseTo(expected.par, 10);
    expect(result.make).toBeCloseTo(expected.make, 10);
    expect(result.batches).toBe(expected.batches);
    expect(result.cappedByShelfLife).toBe(expected.cappedByShelfLife ?? false);
  });
});

describe('the order: whole packs by supplier', () => {
  const ingredients = new Map<string, CostedIngredient>([
    ['onion', onion],
    ['tomatoes', { name: 'Whole peeled tomatoes', cost: { amount: 42, per: { quantity: 6, unit: 'each' }, supplier: 'Rossi Imports', code: 'TOM-6' }, gramsEach: 2550 }],
    ['basil', { name: 'Basil' }],
    ['oil', { name: 'Olive oil', cost: { amount: 80, per: { quantity: 12, unit: 'l' }, supplier: 'Rossi Imports' } }],
  ]);

  test('needs are summed, rounded up to whole packs, costed and grouped by supplier; what cannot be ordered is named', () => {
    const result = orderList(
      [
        { ingredient: 'onion', amount: { quantity: 30, unit: 'lb' } },
        { ingredient: 'onion', amount: { quantity: 25, unit: 'lb' } },
        { ingredient: 'tomatoes', amount: { quantity: 20, unit: 'kg' } },
        { ingredient: 'basil', amount: { quantity: 200, unit: 'g' } },
        { ingredient: 'oil', amount: { quantity: 2, unit: 'kg' } },
      ],
      ingredients,
      'USD',
    );
    expect(result.suppliers.map((order) => [order.supplier, order.lines.map((line) => [line.name, line.packs, line.cost]), order.cost])).toEqual([
      ['Hudson Produce', [['Yellow onion', 2, 50]], 50],
      // 20 kg of 2.55 kg cans is 7.8 cans: two cases of six.
      ['Rossi Imports', [['Whole peeled tomatoes', 2, 84]], 84],
    ]);
    expect(result.cost).toBe(134);
    expect(result.unordered).toEqual([
      { kind: 'no-price', name: 'Basil' },
      { kind: 'unit', name: 'Olive oil', priced: 'l', used: 'kg' },
    ]);
  });
});

describe('a plate’s cost, through its recipes', () => {
  // A 2 kg batch of sauce (4 portions) from 2.5 kg of tomatoes at $4/kg, diced at 80 %: $12.50 a batch.
  const lookups = {
    recipes: new Map([
      ['sauce', { title: 'Sauce', yield: { quantity: 2, unit: 'kg' as const, portions: 4 }, ingredients: [{ ingredient: 'tomato', quantity: 2.5, unit: 'kg' as const, prepYield: 'diced' }] }],
      ['pasta', { title: 'Pasta', yield: { quantity: 1, unit: 'each' as const, portions: 1 }, ingredients: [{ recipe: 'sauce', quantity: 1, unit: 'portion' as const }, { ingredient: 'basil', quantity: 2, unit: 'g' as const }] }],
    ]),
    ingredients: new Map<string, CostedIngredient>([
      ['tomato', { name: 'Tomatoes', cost: { amount: 4, per: { quantity: 1, unit: 'kg' } }, yields: [{ prep: 'diced', percent: 80 }] }],
      ['parmesan', { name: 'Parmesan', cost: { amount: 24, per: { quantity: 1, unit: 'kg' } } }],
      ['basil', { name: 'Basil' }],
    ]),
  };

  test('a portion of a recipe costs its share of the batch, an ingredient its edible portion', () => {
    const result = plateCosting({ plate: [{ recipe: 'sauce', quantity: 1, unit: 'portion' }, { ingredient: 'parmesan', quantity: 15, unit: 'g' }], price: 12 }, lookups, 'USD', 28);
    expect(result.components.map((cost) => cost.amount)).toEqual([expect.closeTo(3.125, 10), expect.closeTo(0.36, 10)]);
    expect(result.plateCost.amount).toBeCloseTo(3.485, 10);
    expect(result.foodCostPercent).toBeCloseTo((3.485 / 12) * 100, 10);
    expect(result.targetPrice).toBeCloseTo(3.485 / 0.28, 10);
    expect(result.overTarget).toBe(true);
  });

  test('a sub-recipe’s unpriced ingredient makes the plate incomplete, naming it; the item’s own target wins', () => {
    const result = plateCosting({ plate: [{ recipe: 'pasta', quantity: 1, unit: 'each' }], price: 12, targetFoodCostPercent: 35 }, lookups, 'USD', 28);
    expect(result.plateCost.missing).toEqual([{ kind: 'no-price', name: 'Basil' }]);
    expect(result.plateCost.missing.map((reason) => missingCostText(reason, translatorFor('es')))).toEqual(['Basil no tiene precio']);
    expect(result.foodCostPercent).toBeUndefined();
    expect(result.targetPercent).toBe(35);
  });
});

describe('what a batch needs bought, as purchased', () => {
  // The pasta's 2 kg of sauce is a full batch; the sauce's 2.5 kg of diced tomatoes are 80 % of what is bought.
  const lookups = {
    recipes: new Map([
      ['sauce', { title: 'Sauce', yield: { quantity: 2, unit: 'kg' as const, portions: 4 }, ingredients: [{ ingredient: 'tomato', quantity: 2.5, unit: 'kg' as const, prepYield: 'diced' }, { ingredient: 'salt', unit: 'g' as const }] }],
      [
        'pasta',
        {
          title: 'Pasta',
          yield: { quantity: 4, unit: 'each' as const, portions: 4 },
          ingredients: [
            { recipe: 'sauce', quantity: 1, unit: 'kg' as const },
            { ingredient: 'basil', quantity: 20, unit: 'g' as const },
            { recipe: 'loop', quantity: 1, unit: 'kg' as const },
          ],
        },
      ],
      ['loop', { title: 'Loop', yield: { quantity: 1, unit: 'kg' as const }, ingredients: [{ recipe: 'loop', quantity: 1, unit: 'kg' as const }, { ingredient: 'basil', quantity: 5, unit: 'g' as const }] }],
    ]),
    ingredients: new Map<string, CostedIngredient>([
      ['tomato', { name: 'Tomatoes', yields: [{ prep: 'diced', percent: 80 }] }],
      ['basil', { name: 'Basil' }],
      ['salt', { name: 'Salt' }],
    ]),
  };

  test.each([
    // 2.5 kg edible ÷ 80 % = 3.125 kg bought; salt "to taste" orders nothing.
    { slug: 'sauce', expected: [['tomato', 3.125, 'kg']] },
    // Half the sauce's batch; the loop stops at itself and still counts its own basil.
    { slug: 'pasta', expected: [['tomato', 1.5625, 'kg'], ['basil', 20, 'g'], ['basil', 5, 'g']] },
    { slug: 'unknown', expected: [] },
  ])('$slug', ({ slug, expected }) => {
    const needs = batchPurchases(slug, lookups).map((need) => [need.ingredient, need.amount.quantity, need.amount.unit]);
    expect(needs).toEqual(expected.map(([ingredient, quantity, unit]) => [ingredient, expect.closeTo(quantity as number, 10), unit]));
  });
});

describe('the prep list’s items from the binder’s pars', () => {
  const binder = entries({
    ...pizzeria(),
    recipes: {
      ...pizzeria().recipes,
      // 1 kg of dough a batch, in 4 balls; a par of balls by weekday.
      dough: { ...pizzeria().recipes!['dough']!, storage: { zone: 'refrigerated', shelfLifeHours: 48 }, par: { unit: 'portion', perWeekday: [10, 10, 10, 10, 20, 30, 15], days: 3 } },
      // A sauce counted in g, its batch in kg: the batch converts, and the link opens it in kg.
      sauce: { ...pizzeria().recipes!['sauce']!, yield: { quantity: 2, unit: 'kg' }, par: { unit: 'g', perCover: 60, days: 1 } },
    },
  });

  test('a recipe’s par: its batch as the rounding, its shelf life as the cap, the link to open a batch', () => {
    const items = prepItems(binder);
    const dough = items.find((item) => item.id === 'dough')!;
    expect(dough).toMatchObject({ collection: 'recipes', unit: 'portion', station: 'line', rule: { days: 3, shelfLifeDays: 2, batch: 4 } });
    const saturday = prepQuantity(dough.rule, { covers: 0, weekday: 5 }, 5);
    expect(saturday).toMatchObject({ par: 60, days: 2, cappedByShelfLife: true, make: 56, batches: 14 });
    expect(prepLinkQuery(dough, saturday.make)).toBe('portions=56');
    const sauce = items.find((item) => item.id === 'sauce')!;
    expect(sauce.rule.batch).toBe(2000);
    expect(prepLinkQuery(sauce, 4000)).toBe('yield=4kg');
    expect(prepLinkQuery(sauce, 0)).toBeUndefined();
  });

  test('what one unit of an item needs bought: a portion of dough its share of the batch; an ingredient bought ready, itself', () => {
    const withReady = entries({ ...pizzeria(), recipes: binder.recipes ? Object.fromEntries(binder.recipes) : {}, ingredients: { ...pizzeria().ingredients, mozzarella: { ...pizzeria().ingredients!['mozzarella']!, par: { unit: 'kg', perCover: 0.07, days: 2 } } } });
    const items = prepItems(withReady);
    const dough = items.find((item) => item.id === 'dough')!;
    const batch = batchPurchases('dough', withReady);
    expect(batch.length).toBeGreaterThan(0);
    // A batch is 4 balls: one ball needs a quarter of each.
    expect(dough.purchases).toEqual(batch.map((need) => ({ ingredient: need.ingredient, amount: { quantity: need.amount.quantity / 4, unit: need.amount.unit } })));
    expect(items.find((item) => item.id === 'mozzarella')!.purchases).toEqual([{ ingredient: 'mozzarella', amount: { quantity: 1, unit: 'kg' } }]);
  });

  test('the checker refuses a par no batch can be counted in, and warns when it outlasts the shelf life', () => {
    const problems: string[] = [];
    const warnings: string[] = [];
    const broken = entries({ ...pizzeria(), recipes: { ...pizzeria().recipes, dough: { ...pizzeria().recipes!['dough']!, yield: { quantity: 1, unit: 'kg' }, storage: { zone: 'refrigerated', shelfLifeHours: 48 }, par: { unit: 'l', perCover: 0.1, days: 3 } } } });
    checkPars(broken, (where, message) => problems.push(`${where.path.join('.')}: ${message}`), (where, message) => warnings.push(`${where.path.join('.')}: ${message}`));
    expect(problems).toEqual(['par.unit: is volume, but a batch is measured in kg (mass)']);
    expect(warnings).toEqual(['par.days: is 3, but it keeps 2 days (storage.shelfLifeHours): the prep list makes only what keeps']);
  });
});
