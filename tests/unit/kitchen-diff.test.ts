/**
 * The kitchen diff engine: pairs of binders built in memory, one kind of change
 * per case, and the summary lines and typed changes each must give.
 */
import { describe, expect, test } from 'vitest';
import { diffBinders } from '../../src/domain/kitchen-diff/diff-binders.ts';
import type { Change, KitchenDiff } from '../../src/domain/kitchen-diff/model.ts';
import { summaryItems, summaryLines } from '../../src/domain/kitchen-diff/summary.ts';
import type { Recipe } from '../../src/schemas/recipe.ts';
import { ingredient, recipe } from './builders.ts';
import { diffOf, pizzeria, revision, type Edit } from './pizzeria.ts';

function changesOf(diff: KitchenDiff, id: string): readonly Change[] {
  return diff.entries.find((e) => e.id === id)?.changes ?? [];
}

const pizza = (b: Parameters<Edit>[0]) => b.recipes['pizza'] as Recipe;
const dough = (b: Parameters<Edit>[0]) => b.recipes['dough'] as Recipe;

describe('summary lines, one kind of change per case', () => {
  test.each<{ name: string; head: Edit; base?: Edit; lines: string[] }>([
    {
      name: 'a quantity change',
      head: (b) => void (pizza(b).ingredients[3]!.quantity = 8),
      lines: ['Pizza — Extra-virgin olive oil: 10 g → 8 g'],
    },
    {
      name: 'a unit change',
      base: (b) => Object.assign(dough(b).ingredients[1]!, { quantity: 0.1, unit: 'l' }),
      head: (b) => Object.assign(dough(b).ingredients[1]!, { quantity: 80, unit: 'ml' }),
      lines: ['Dough — Water: 0.1 l → 80 ml'],
    },
    {
      name: 'a line added',
      head: (b) => void pizza(b).ingredients.push({ group: 'Topping', ingredient: 'basil', quantity: 3, unit: 'g', preparation: 'torn' }),
      lines: ['Pizza — Added: 3 g Basil, torn'],
    },
    {
      name: 'a line removed',
      head: (b) => void pizza(b).ingredients.splice(3, 1),
      lines: ['Pizza — Removed: 10 g Extra-virgin olive oil'],
    },
    {
      name: 'a sub-recipe line changed and one added',
      head: (b) => {
        pizza(b).ingredients[0]!.quantity = 2;
        pizza(b).ingredients.push({ group: 'Base', recipe: 'sauce', quantity: 80, unit: 'g' });
      },
      lines: ['Pizza — Dough: 1 portion → 2 portions', 'Pizza — Added sub-recipe: 80 g Sauce'],
    },
    {
      name: 'preparation, optional and group changed',
      head: (b) => Object.assign(pizza(b).ingredients[1]!, { preparation: 'diced 1 cm', optional: true, group: 'Cheese' }),
      lines: ['Pizza — Mozzarella, preparation: torn → diced 1 cm', 'Pizza — Mozzarella, optional: no → yes', 'Pizza — Mozzarella, group: Topping → Cheese'],
    },
    {
      name: 'the same ingredient in two recipes and groups is matched by group',
      head: (b) => void (pizza(b).ingredients[2]!.quantity = 2),
      lines: ['Pizza — Salt: 1 g → 2 g'],
    },
    {
      name: 'a slug repeated in one recipe is told apart by its group',
      base: (b) => void pizza(b).ingredients.unshift({ group: 'Base', ingredient: 'salt', quantity: 5, unit: 'g' }),
      head: (b) => void (pizza(b).ingredients[3]!.quantity = 2),
      lines: ['Pizza — Salt (Topping): 1 g → 2 g'],
    },
    {
      name: 'a line moved in the list',
      head: (b) => void pizza(b).ingredients.splice(1, 0, pizza(b).ingredients.splice(3, 1)[0]!),
      lines: ['Pizza — Extra-virgin olive oil, list position: 4 → 2'],
    },
    {
      name: '"to taste" given an amount',
      base: (b) => {
        delete pizza(b).ingredients[2]!.quantity;
        delete pizza(b).ingredients[2]!.unit;
      },
      head: (b) => Object.assign(pizza(b).ingredients[2]!, { quantity: 1, unit: 'g' }),
      lines: ['Pizza — Salt: to taste → 1 g'],
    },
    {
      name: 'a holding temperature lowered is flagged',
      base: (b) => void (pizza(b).holding = { method: 'hot', temperature: { value: 63, unit: 'C' }, maxHours: 2 }),
      head: (b) => void (pizza(b).holding!.temperature = { value: 57, unit: 'C' }),
      lines: ['⚑ Pizza — holding.temperature: 63 °C (145 °F) → 57 °C (135 °F)'],
    },
    {
      name: 'a yield change',
      head: (b) => Object.assign(dough(b).yield, { quantity: 1.2, portions: 5 }),
      lines: ['Dough — Yield: 1 kg → 1.2 kg', 'Dough — Portions: 4 → 5'],
    },
    {
      name: 'a step reworded, shown around the edit',
      head: (b) => void (pizza(b).steps[1]!.text = 'Lay the base on the peel and spread the sauce with the back of a spoon, stopping short of the rim.'),
      lines: ['Pizza — Step 2: “…the back of a ladle, stopping short of…” → “…the back of a spoon, stopping short of…”'],
    },
    {
      name: 'a step added',
      head: (b) => void pizza(b).steps.push({ text: 'Rest it on the rack, then send it.', timerMinutes: 1, station: 'line' }),
      lines: ['Pizza — Step 5 added: Rest it on the rack, then send it. (timer 1 min, station line)'],
    },
    {
      name: 'a step removed',
      head: (b) => void pizza(b).steps.splice(3, 1),
      lines: ['Pizza — Step 4 removed: Finish with Extra-virgin olive oil and slice into six.'],
    },
    {
      name: 'steps reordered',
      head: (b) => void pizza(b).steps.reverse(),
      lines: [
        // The last step stays put; the other three moved around it.
        'Pizza — Step “Scatter Mozzarella and Salt, then bake.”: step 3 → step 2',
        'Pizza — Step “Lay the base on the peel and spread the…”: step 2 → step 3',
        'Pizza — Step “Stretch Dough to 30 cm on a floured…”: step 1 → step 4',
      ],
    },
    {
      name: 'a timer change',
      head: (b) => void (dough(b).steps[0]!.timerMinutes = 10),
      lines: ['Dough — Step 1 timer: 8 min → 10 min'],
    },
    {
      name: 'a temperature change',
      head: (b) => void (pizza(b).steps[2]!.temperature = { value: 320, unit: 'C' }),
      lines: ['Pizza — Step 3 temperature: 300 °C (572 °F) → 320 °C (608 °F)'],
    },
    {
      name: 'a critical limit lowered on a recipe step is flagged',
      head: (b) => void ((b.recipes['sauce'] as Recipe).steps[0]!.criticalLimit!.value = 70),
      lines: ['⚑ Sauce — Step 1 critical limit: Core ≥ 74 °C (165 °F) for 15 s → Core ≥ 70 °C (158 °F) for 15 s'],
    },
    {
      name: 'an allergen added through a sub-recipe comes first, with the ingredient that brings it',
      head: (b) => void dough(b).ingredients.push({ ingredient: 'sesame', quantity: 20, unit: 'g' }),
      lines: [
        '⚠ Dough — Allergen added: Sesame (from Sesame seeds)',
        '⚠ Pizza — Allergen added: Sesame (from Sesame seeds via Dough)',
        'Dough — Added: 20 g Sesame seeds',
      ],
    },
    {
      name: 'an allergen removed',
      head: (b) => void pizza(b).ingredients.splice(1, 1),
      lines: ['⚠ Pizza — Allergen removed: Milk (was from Mozzarella)', 'Pizza — Removed: 120 g Mozzarella, torn'],
    },
    {
      name: 'diets added and removed',
      head: (b) => void (pizza(b).diets = ['egg-free']),
      lines: ['Pizza — Diet removed: vegetarian', 'Pizza — Diet added: egg-free'],
    },
    {
      name: 'a procedure step, its limit, corrective action and log flag',
      head: (b) => {
        const steps = b.procedures['cooling']!.steps;
        steps[0] = {
          text: 'Probe the stock in the blast chiller.',
          criticalLimit: { ...steps[0]!.criticalLimit!, withinMinutes: 90, correctiveAction: 'Reheat to 74 °C and throw it out after a second failure.' },
        };
        steps[1]!.text = 'Label the tub with the date and time.';
        steps.push({ text: 'Move it to the walk-in.' });
      },
      lines: [
        '⚑ Cooling — Step 1 critical limit: Core ≤ 21 °C (70 °F) within 2 h → Core ≤ 21 °C (70 °F) within 1 h 30 min',
        '⚑ Cooling — Step 1 corrective action: “Reheat to 74 °C and start again.” → “Reheat to 74 °C and throw it out after a second failure.”',
        'Cooling — Step 1 recorded in the log: yes → no',
        'Cooling — Step 2: “Label the tub with the time.” → “Label the tub with the date and time.”',
        'Cooling — Step 3 added: Move it to the walk-in.',
      ],
    },
    {
      name: "an ingredient's allergens change, and every recipe using it with them",
      head: (b) => Object.assign(b.ingredients['flour']!, { allergens: ['gluten', 'wheat', 'sesame'], mayContain: ['soybeans'] }),
      lines: [
        '⚠ Dough — Allergen added: Sesame (from Flour)',
        '⚠ Pizza — Allergen added: Sesame (from Flour via Dough)',
        '⚠ Flour — Allergen added: Sesame',
        '⚠ Dough — May contain added: Soy (from Flour)',
        '⚠ Pizza — May contain added: Soy (from Flour via Dough)',
        '⚠ Flour — May contain added: Soy',
      ],
    },
    {
      name: 'any other field, by path: shelf life, cost and density',
      head: (b) => Object.assign(b.ingredients['oil']!, { storage: { zone: 'dry', shelfLifeHours: 96 }, cost: { amount: 80, per: { quantity: 12, unit: 'l' } }, density: 0.92 }),
      lines: ['⚑ Extra-virgin olive oil — storage.shelfLifeHours: 72 → 96', 'Extra-virgin olive oil — density: 0.91 → 0.92', 'Extra-virgin olive oil — cost: $72.00 per 12 l → $80.00 per 12 l'],
    },
    {
      name: 'entries added and removed',
      head: (b) => {
        b.ingredients['pepper'] = ingredient({ name: 'Black pepper' });
        delete b.recipes['sauce'];
      },
      lines: ['Sauce — Recipe removed', 'Black pepper — Ingredient added'],
    },
    {
      name: 'a new recipe lists its allergens without raising the alarm',
      head: (b) => void (b.recipes['bianca'] = recipe({ title: 'Bianca', ingredients: [{ ingredient: 'mozzarella', quantity: 100, unit: 'g' }], steps: [{ text: 'Bake.' }] })),
      lines: ['Bianca — Recipe added', '⚠ Bianca — Contains: Milk (from Mozzarella)'],
    },
  ])('$name', ({ head, base, lines }) => {
    expect(summaryLines(diffOf(head, base))).toEqual(lines);
  });
});

describe('typed changes carry what a tool needs', () => {
  test('a quantity change gives its effect on one batch: amount, percentage and cost', () => {
    const diff = diffOf((b) => void (pizza(b).ingredients[3]!.quantity = 8));
    expect(changesOf(diff, 'pizza')).toEqual([
      expect.objectContaining({
        kind: 'line-changed',
        path: 'ingredients.3',
        name: 'Extra-virgin olive oil',
        fields: ['quantity'],
        quantity: { before: { quantity: 10, unit: 'g' }, after: { quantity: 8, unit: 'g' }, delta: { quantity: -2, unit: 'g' }, percent: -20, costDelta: expect.closeTo(-0.013187, 5) },
      }),
    ]);
    expect(summaryItems(diff)[0]?.effect).toBe('−2 g, −20%, −$0.01 per batch');
  });

  test('units are compared through the units table: 0.1 l → 80 ml is −20 ml', () => {
    const diff = diffOf(
      (b) => Object.assign(dough(b).ingredients[1]!, { quantity: 80, unit: 'ml' }),
      (b) => Object.assign(dough(b).ingredients[1]!, { quantity: 0.1, unit: 'l' }),
    );
    const change = changesOf(diff, 'dough')[0];
    expect(change).toMatchObject({ kind: 'line-changed', quantity: { delta: { quantity: -20, unit: 'ml' }, percent: -20 } });
    expect(summaryItems(diff)[0]?.effect).toBe('−20 ml, −20%');
  });

  test('a line weighed in grams is priced through its density', () => {
    const diff = diffOf((b) => void pizza(b).ingredients.splice(3, 1));
    expect(changesOf(diff, 'pizza')[0]).toMatchObject({ kind: 'line-removed', cost: expect.closeTo(0.065934, 5) });
    expect(summaryItems(diff)[0]?.effect).toBe('−$0.07 per batch');
  });

  test('a reworded step carries its word-level diff', () => {
    const diff = diffOf((b) => void (pizza(b).steps[1]!.text = 'Lay the base on the peel and spread the sauce with the back of a spoon, stopping short of the rim.'));
    const change = changesOf(diff, 'pizza')[0];
    expect(change).toMatchObject({ kind: 'step-reworded', number: 2 });
    const words = change?.kind === 'step-reworded' ? change.words.filter((w) => w.op !== 'same') : [];
    expect(words).toEqual([
      { op: 'removed', text: 'ladle' },
      { op: 'added', text: 'spoon' },
    ]);
  });

  test('an allergen change names every ingredient that brings it, and the sub-recipes between', () => {
    const diff = diffOf((b) => void dough(b).ingredients.push({ ingredient: 'sesame', quantity: 20, unit: 'g' }));
    expect(changesOf(diff, 'pizza')).toEqual([
      {
        kind: 'allergen-added',
        path: 'allergens',
        allergen: 'sesame',
        label: 'Sesame',
        list: 'contains',
        sources: [{ ingredient: 'sesame', ingredientName: 'Sesame seeds', via: [{ id: 'dough', title: 'Dough' }] }],
      },
    ]);
    expect(summaryItems(diff).map((i) => i.prominence)).toEqual(['alarm', 'alarm', 'info']);
  });

  test('a critical limit change is safety-relevant', () => {
    const diff = diffOf((b) => void ((b.recipes['sauce'] as Recipe).steps[0]!.criticalLimit!.value = 70));
    expect(summaryItems(diff).map((i) => i.prominence)).toEqual(['safety']);
  });

  test("the chef's notes are compared word by word", () => {
    const base = revision(pizzeria(), { 'recipes/pizza': 'Hot oven, short bake.\n' });
    const head = revision(pizzeria(), { 'recipes/pizza': 'Very hot oven, short bake. Never reheat.\n' });
    const diff = diffBinders(base, head, { locale: 'en-US', currency: 'USD' });
    expect(changesOf(diff, 'pizza')).toEqual([expect.objectContaining({ kind: 'body-changed', wordsAdded: 4, wordsRemoved: 1 })]);
    expect(summaryLines(diff)).toEqual(['Pizza — Chef\'s notes: “Hot oven, short bake.” → “Very hot oven, short bake. Never reheat.”']);
  });

  test('an entry whose file fails its checks in head is not reported as removed', () => {
    const base = revision(pizzeria());
    const broken = pizzeria();
    delete broken.recipes!['sauce'];
    const head = { ...revision(broken), invalid: new Set(['recipes/sauce']) };
    expect(summaryLines(diffBinders(base, head))).toEqual(['Sauce — Recipe not compared: its file has problems in head (listed below)']);
  });

  test('identical binders give no changes', () => {
    expect(diffOf(() => {}).entries).toEqual([]);
  });
});
