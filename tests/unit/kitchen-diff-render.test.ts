/**
 * The kitchen diff's three outputs, checked by the lines that matter (not whole
 * snapshots): allergens first and loud, batch effects, word edits, validation.
 */
import { describe, expect, test } from 'vitest';
import type { LocatedProblem } from '../../src/binder/check-binder.ts';
import { deriveAllergens } from '../../src/domain/allergen-derivation.ts';
import { diffBinders } from '../../src/domain/kitchen-diff/diff-binders.ts';
import type { BinderRevision } from '../../src/domain/kitchen-diff/model.ts';
import { renderJson, type KitchenDiffJson } from '../../src/domain/kitchen-diff/render-json.ts';
import { renderMarkdown } from '../../src/domain/kitchen-diff/render-markdown.ts';
import { renderText } from '../../src/domain/kitchen-diff/render-text.ts';
import type { DiffReport } from '../../src/domain/kitchen-diff/report.ts';
import { entries, ingredient, recipe } from './builders.ts';

interface Version {
  oil: number;
  tool: string;
  sesame: boolean;
  body: string;
}

function revision(v: Version): BinderRevision {
  const binder = entries({
    ingredients: {
      flour: ingredient({ name: 'Flour', allergens: ['gluten', 'wheat'] }),
      oil: ingredient({ name: 'Extra-virgin olive oil', density: 0.91, cost: { amount: 72, per: { quantity: 12, unit: 'l' } } }),
      sesame: ingredient({ name: 'Sesame seeds', allergens: ['sesame'] }),
    },
    recipes: {
      dough: recipe({
        title: 'Dough',
        ingredients: [{ ingredient: 'flour', quantity: 500, unit: 'g' }, ...(v.sesame ? [{ ingredient: 'sesame', quantity: 20, unit: 'g' as const }] : [])],
      }),
      pizza: recipe({
        title: 'Pizza',
        ingredients: [
          { recipe: 'dough', quantity: 1, unit: 'kg' },
          { ingredient: 'oil', quantity: v.oil, unit: 'g' },
        ],
        steps: [{ text: `Spread the sauce with the back of a ${v.tool}, stopping short of the rim.` }],
      }),
    },
  });
  return { entries: binder, allergens: deriveAllergens(binder), bodies: new Map([['recipes/pizza', v.body]]) };
}

const BASE: Version = { oil: 10, tool: 'ladle', sesame: false, body: 'Hot oven, *short* bake.' };
const HEAD: Version = { oil: 8, tool: 'spoon', sesame: true, body: 'Very hot oven, *short* bake.' };
const PROBLEM: LocatedProblem = { file: 'content/recipes/pizza.mdx', line: 12, field: 'steps.0.text', message: 'is empty', fix: 'write what the cook does' };

function report(headProblems: LocatedProblem[] = [], head: Version = HEAD): DiffReport {
  return { diff: diffBinders(revision(BASE), revision(head), { locale: 'en-US', currency: 'USD' }), baseRef: 'main', headRef: 'less-oil', headProblems };
}

describe('text', () => {
  const text = renderText(report([PROBLEM]), { colour: false });
  const lines = text.split('\n');

  test.each([
    ['the allergen added is the first thing after the title, in capitals', lines[2], '⚠ Dough — ALLERGEN ADDED: Sesame (from Sesame seeds)'],
    ['through a sub-recipe too', lines[3], '⚠ Pizza — ALLERGEN ADDED: Sesame (from Sesame seeds via Dough)'],
  ])('%s', (_name, line, expected) => {
    expect(line).toBe(expected);
  });

  test.each([
    ['a quantity with its effect on one batch', '    Extra-virgin olive oil: 10 g → 8 g  (−2 g, −20%, −$0.01 per batch)'],
    ['a line added', '    Added: 20 g Sesame seeds'],
    ['a reworded step, word by word', '    Step 1: …the back of a [-ladle-]{+spoon+}, stopping short of…'],
    ["the chef's notes", "    Chef's notes: [-Hot-]{+Very hot+} oven, *short* bake.  (+2 −1 words)"],
    ['the head is invalid', '✗ less-oil has 1 problem to fix before it can be merged:'],
    ['each problem as file:line: field: what — fix', '  content/recipes/pizza.mdx:12: steps.0.text: is empty — write what the cook does'],
  ])('%s', (_name, expected) => {
    expect(lines).toContain(expected);
  });

  test('no colour codes unless asked for', () => {
    expect(text).not.toContain('\u001b[');
    const coloured = renderText(report(), { colour: true });
    expect(coloured).toContain('\u001b[1;31m⚠ Dough — ALLERGEN ADDED: Sesame (from Sesame seeds)\u001b[0m');
    expect(coloured).toContain('\u001b[9;31mladle\u001b[0m\u001b[32mspoon\u001b[0m');
  });

  test('a valid head says so', () => {
    expect(renderText(report(), { colour: false })).toContain("✓ less-oil is valid: every file passes the binder's checks.");
  });

  test('no changes says so', () => {
    expect(renderText(report([], BASE), { colour: false })).toContain('No changes to the binder between these revisions.');
  });
});

describe('markdown', () => {
  const markdown = renderMarkdown(report([PROBLEM]));

  test.each([
    ['a heading naming the revisions', '## Kitchen diff: `main` → `less-oil`'],
    ['the allergen warning block', '> **⚠ Allergen added: Sesame** in **Pizza** (from Sesame seeds via Dough)'],
    ['a heading per entry', '### Recipe: Pizza'],
    ['an ingredient table', '| Ingredient | Before | After | Change | Cost per batch |'],
    ['a quantity row with the batch effect and cost', '| Extra-virgin olive oil | 10 g | 8 g | −2 g, −20% | −$0.01 |'],
    ['an added line', '| Sesame seeds | — | 20 g | added |   |'],
    ['a word diff as ~~old~~ **new**', '- **Step 1:** …the back of a ~~ladle~~ **spoon**, stopping short of…'],
    ['Markdown in content is escaped', "- **Chef's notes:** ~~Hot~~ **Very hot** oven, \\*short\\* bake. (+2 −1 words)"],
    ['the validation result', '### ✗ less-oil has 1 problem to fix before it can be merged:'],
    ['the problems in a code block', '```\ncontent/recipes/pizza.mdx:12: steps.0.text: is empty — write what the cook does\n```'],
  ])('%s', (_name, expected) => {
    expect(markdown).toContain(expected);
  });

  test('the allergen block comes before any entry', () => {
    expect(markdown.indexOf('> **⚠ Allergen added')).toBeLessThan(markdown.indexOf('### Recipe'));
  });

  test('a valid head says so', () => {
    expect(renderMarkdown(report())).toContain("### ✓ less-oil is valid: every file passes the binder's checks.");
  });
});

describe('json', () => {
  const json = JSON.parse(renderJson(report([PROBLEM]))) as KitchenDiffJson;

  test('the documented envelope', () => {
    expect(json).toMatchObject({ format: 'open-franchise/kitchen-diff', version: 1, base: 'main', head: 'less-oil', valid: false, locale: 'en-US', currency: 'USD' });
    expect(json.problems).toEqual([{ ...PROBLEM, text: 'content/recipes/pizza.mdx:12: steps.0.text: is empty — write what the cook does' }]);
  });

  test('summary items, allergens added first, with their prominence', () => {
    expect(json.summary.slice(0, 2).map((s) => [s.prominence, s.text])).toEqual([
      ['alarm', '⚠ Dough — Allergen added: Sesame (from Sesame seeds)'],
      ['alarm', '⚠ Pizza — Allergen added: Sesame (from Sesame seeds via Dough)'],
    ]);
    expect(json.summary).toContainEqual({ text: 'Pizza — Extra-virgin olive oil: 10 g → 8 g', prominence: 'info', effect: '−2 g, −20%, −$0.01 per batch', collection: 'recipes', id: 'pizza' });
  });

  test('entries carry the typed changes', () => {
    const pizza = json.entries.find((e) => e.id === 'pizza');
    expect(pizza?.status).toBe('changed');
    expect(pizza?.changes.map((c) => c.kind)).toEqual(['allergen-added', 'line-changed', 'step-reworded', 'body-changed']);
    expect(pizza?.changes[1]).toMatchObject({ quantity: { delta: { quantity: -2, unit: 'g' }, percent: -20 } });
  });
});
