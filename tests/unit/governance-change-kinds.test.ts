/**
 * Kinds of change as the governance rules see them, read from the kitchen diff of
 * the test pizzeria: one edit per case, and the kinds it must (and must not) give.
 */
import { describe, expect, test } from 'vitest';
import { classifyChanges, limitWeakened, type MachineryPaths } from '../../src/domain/governance/change-kinds.ts';
import type { BinderEntries } from '../../src/domain/binder.ts';
import type { CriticalLimit } from '../../src/schemas/critical-limit.ts';
import type { ChangeKind } from '../../src/schemas/governance.ts';
import type { Procedure } from '../../src/schemas/procedure.ts';
import type { Recipe } from '../../src/schemas/recipe.ts';
import { ingredient, recipe } from './builders.ts';
import { pizzeria, revision, type Edit } from './pizzeria.ts';
import { diffBinders } from '../../src/domain/kitchen-diff/diff-binders.ts';

const pizza = (b: Parameters<Edit>[0]) => b.recipes['pizza'] as Recipe;
const sauce = (b: Parameters<Edit>[0]) => b.recipes['sauce'] as Recipe;
const cooling = (b: Parameters<Edit>[0]) => b.procedures['cooling'] as Procedure;

function kindsOf(head: Edit, paths?: MachineryPaths, baseEdit?: Edit) {
  const before = pizzeria() as Parameters<Edit>[0];
  baseEdit?.(before);
  const after = structuredClone(before);
  head(after);
  const [base, changed] = [revision(before), revision(after)];
  const diff = diffBinders(base, changed, { locale: 'en-US', currency: 'USD' });
  return classifyChanges(diff, { base: base.entries as BinderEntries, head: changed.entries as BinderEntries }, paths);
}

describe('classifyChanges', () => {
  const mayContainCelery: Edit = (b) => void (b.ingredients['basil'] = ingredient({ name: 'Basil', category: 'herbs-and-spices', mayContain: ['celery'] }));
  const coldSauce: Edit = (b) => void (sauce(b).storage = { zone: 'refrigerated', temperature: { value: 4, unit: 'C' }, shelfLifeHours: 72 });
  test.each<{ name: string; head: Edit; base?: Edit; kinds: ChangeKind[]; not?: ChangeKind[]; text?: RegExp }>([
    {
      name: 'an allergen added through an ingredient line, loud and in capitals',
      head: (b) => void pizza(b).ingredients.push({ ingredient: 'sesame', quantity: 5, unit: 'g' }),
      kinds: ['allergen-added', 'quantity-changed'],
      text: /^Pizza — ALLERGEN ADDED: Sesame \(from Sesame seeds\)$/,
    },
    {
      name: 'an allergen removed from an ingredient spec',
      head: (b) => void (b.ingredients['mozzarella'] = ingredient({ name: 'Mozzarella', category: 'dairy', storage: { zone: 'refrigerated', temperature: { value: 4, unit: 'C' } } })),
      kinds: ['allergen-removed'],
    },
    {
      name: 'a "may contain" warning added counts as an allergen added',
      head: mayContainCelery,
      kinds: ['allergen-added'],
    },
    {
      name: 'a "may contain" warning removed',
      base: mayContainCelery,
      head: (b) => void delete b.ingredients['basil']!.mayContain,
      kinds: ['may-contain-removed'],
    },
    {
      name: 'a critical limit lowered (at least 74 °C becomes 70 °C)',
      head: (b) => void (sauce(b).steps[0]!.criticalLimit!.value = 70),
      kinds: ['critical-limit-weakened'],
    },
    {
      name: 'a critical limit made stricter is a method change, not a weakening',
      head: (b) => void (sauce(b).steps[0]!.criticalLimit!.value = 80),
      kinds: ['method-changed'],
      not: ['critical-limit-weakened'],
    },
    {
      name: 'a corrective action reworded',
      head: (b) => void (sauce(b).steps[0]!.criticalLimit!.correctiveAction = 'Throw it away.'),
      kinds: ['food-safety-step-changed'],
    },
    {
      name: 'a step of a food-safety procedure reworded',
      head: (b) => void (cooling(b).steps[1]!.text = 'Label the tub with the date and time.'),
      kinds: ['food-safety-step-changed'],
    },
    {
      name: 'a step of a food-safety procedure removed',
      head: (b) => void cooling(b).steps.splice(1, 1),
      kinds: ['food-safety-step-changed'],
    },
    {
      name: 'a logged step no longer logged',
      head: (b) => void delete cooling(b).steps[0]!.record,
      kinds: ['food-safety-step-changed'],
    },
    {
      name: 'a cooking temperature lowered',
      head: (b) => void (pizza(b).steps[2]!.temperature = { value: 550, unit: 'F' }),
      kinds: ['temperature-lowered'],
    },
    {
      name: 'a cooking temperature raised is a method change',
      head: (b) => void (pizza(b).steps[2]!.temperature = { value: 320, unit: 'C' }),
      kinds: ['method-changed'],
      not: ['temperature-lowered'],
    },
    {
      name: 'a cooking time shortened',
      head: (b) => void (pizza(b).steps[2]!.timerMinutes = 2),
      kinds: ['time-lowered'],
    },
    {
      name: 'an amount changed, with its size',
      head: (b) => void (pizza(b).ingredients[1]!.quantity = 90),
      kinds: ['quantity-changed'],
      text: /Mozzarella: 120 g → 90 g/,
    },
    {
      name: 'a refrigerated recipe kept warmer',
      base: coldSauce,
      head: (b) => void (sauce(b).storage!.temperature = { value: 8, unit: 'C' }),
      kinds: ['critical-limit-weakened'],
    },
    {
      name: 'a refrigerated recipe kept longer',
      base: coldSauce,
      head: (b) => void (sauce(b).storage!.shelfLifeHours = 96),
      kinds: ['critical-limit-weakened'],
    },
    {
      name: 'a refrigerated recipe kept colder and for less time is no weakening',
      base: coldSauce,
      head: (b) => void (sauce(b).storage = { zone: 'refrigerated', temperature: { value: 38, unit: 'F' }, shelfLifeHours: 48 }),
      kinds: ['data-changed'],
    },
    {
      name: 'storage given where there was none is no weakening',
      head: coldSauce,
      kinds: ['data-changed'],
    },
    {
      name: 'a new recipe, whose allergens are listed, not raised',
      head: (b) => void (b.recipes['bianca'] = recipe({ title: 'Bianca', ingredients: [{ ingredient: 'mozzarella', quantity: 100, unit: 'g' }], steps: [{ text: 'Bake @mozzarella.' }] })),
      kinds: ['entry-added'],
      not: ['allergen-added'],
    },
    {
      name: 'a recipe removed',
      head: (b) => void delete b.recipes['sauce'],
      kinds: ['entry-removed'],
    },
    {
      name: 'a summary reworded is prose only',
      head: (b) => void (pizza(b).summary = 'A pizza for tests, baked hot and fast.'),
      kinds: ['prose'],
      not: ['method-changed', 'data-changed'],
    },
    {
      name: 'a price change moves the cost of a portion of every recipe using it',
      head: (b) => void (b.ingredients['flour']!.cost = { amount: 2.4, per: { quantity: 1, unit: 'kg' } }),
      kinds: ['cost-changed', 'data-changed'],
      text: /^Dough — cost per portion: \+\$0\.18$/,
    },
  ])('$name', ({ head, base, kinds, not = [], text }) => {
    const governed = kindsOf(head, undefined, base);
    expect(new Set(governed.map((change) => change.kind))).toEqual(new Set(kinds));
    for (const kind of not) expect(governed.map((change) => change.kind)).not.toContain(kind);
    if (text) expect(governed.map((change) => change.text)).toContainEqual(expect.stringMatching(text));
  });

  test('a line added or removed counts as a change of 100 %, a changed amount as its own size', () => {
    expect(kindsOf((b) => void pizza(b).ingredients.pop()).find((c) => c.kind === 'quantity-changed')?.percent).toBe(100);
    expect(kindsOf((b) => void (pizza(b).ingredients[1]!.quantity = 90)).find((c) => c.kind === 'quantity-changed')?.percent).toBe(25);
  });

  test('the binder machinery is told by path', () => {
    const governed = kindsOf(() => {}, {
      changed: ['content/governance.yaml', 'content/kitchens/harbour-lane.yaml', '.github/workflows/peer-review.yml', 'src/domain/governance/judge.ts', 'README.md', 'content/trials/2026-11-12-x-pizza.yaml', 'content/trials/old.yaml', 'content/recipes/pizza.mdx', 'content/LICENSE'],
      trialsAdded: ['content/trials/2026-11-12-x-pizza.yaml'],
    });
    expect(governed.map((change) => [change.kind, change.subject])).toEqual([
      ['rules-changed', 'content/governance.yaml'],
      ['register-changed', 'content/kitchens/harbour-lane.yaml'],
      ['workflow-changed', '.github/workflows/peer-review.yml'],
      ['workflow-changed', 'src/domain/governance/judge.ts'],
      ['prose', 'README.md'],
      ['trial-reported', 'content/trials/2026-11-12-x-pizza.yaml'],
      ['data-changed', 'content/trials/old.yaml'],
      ['rules-changed', 'content/LICENSE'],
    ]);
  });
});

describe('limitWeakened', () => {
  const core: CriticalLimit = { measure: 'core-temperature', comparison: 'at-least', value: 74, unit: 'C', forSeconds: 15, correctiveAction: 'Keep heating.' };
  const cold: CriticalLimit = { measure: 'core-temperature', comparison: 'at-most', value: 21, unit: 'C', withinMinutes: 120, correctiveAction: 'Reheat.' };
  test.each<[string, CriticalLimit, CriticalLimit, boolean]>([
    ['the same limit in the other scale', core, { ...core, value: 165, unit: 'F' }, false],
    ['a minimum lowered', core, { ...core, value: 70 }, true],
    ['a minimum raised', core, { ...core, value: 80 }, false],
    ['a maximum raised', cold, { ...cold, value: 25 }, true],
    ['a hold shortened', core, { ...core, forSeconds: 1 }, true],
    ['a hold dropped', core, { ...core, forSeconds: undefined } as CriticalLimit, true],
    ['more time to reach it', cold, { ...cold, withinMinutes: 180 }, true],
    ['less time to reach it', cold, { ...cold, withinMinutes: 90 }, false],
    ['another comparison', core, { ...core, comparison: 'at-most' }, true],
    ['another measure', core, { ...core, measure: 'surface-temperature' }, true],
  ])('%s', (_, before, after, weakened) => {
    expect(limitWeakened(before, after)).toBe(weakened);
  });
});
