/**
 * A recipe drawn by src/render/recipe.ts, as both its page and the editor's preview
 * show it: each part in English and in Spanish, from the small pizzeria's recipes.
 */
import { describe, expect, test } from 'vitest';
import { renderRecipe } from '../../src/render/recipe.ts';
import { fillSlotsWithHtml, slotNames } from '../../src/render/slot.ts';
import { renderedHtml } from '../../src/render/to-html.ts';
import { entries } from './builders.ts';
import { pizzeria } from './pizzeria.ts';
import { recipeContext } from './render-contexts.ts';
import { allOf, htmlOf, type Where } from './render-parts.ts';

const binder = entries(pizzeria());
const draw = (slug: string, tag: string, options: { built?: boolean } = {}) => renderRecipe(binder.recipes.get(slug)!, recipeContext(binder, tag, slug, options));

describe('each part of a recipe, in English and in Spanish', () => {
  test.each<[string, string, string, Where, string]>([
    ['en-US', 'pizza', 'the section line links to the section', { tag: 'p', className: 'eyebrow' }, '<p class="eyebrow" data-pagefind-ignore><a href="/recipes/">Recipes</a> · pizza · Test</p>'],
    ['es', 'sauce', 'the section line links to the section', { tag: 'p', className: 'eyebrow' }, '<p class="eyebrow" data-pagefind-ignore><a href="/es/recipes/">Recetas</a> · preparación base · Test</p>'],
    [
      'en-US',
      'dough',
      'the facts: batch, portions and cost as built, each redrawn by its hook',
      { tag: 'dl', className: 'facts' },
      '<dl class="facts"><div><dt>Batch</dt><dd data-batch>1 kg</dd></div><div><dt>Portions</dt><dd><span data-portions>4</span> × <span data-portion-size>250 g</span></dd></div><div><dt>Cost</dt><dd><span data-cost-batch>$0.72</span> a batch · <span data-cost-portion>$0.18</span> a portion</dd></div></dl>',
    ],
    [
      'es',
      'dough',
      'the facts: batch, portions and cost as built, each redrawn by its hook',
      { tag: 'dl', className: 'facts' },
      '<dl class="facts"><div><dt>Lote</dt><dd data-batch>1 kg</dd></div><div><dt>Porciones</dt><dd><span data-portions>4</span> × <span data-portion-size>250 g</span></dd></div><div><dt>Costo</dt><dd><span data-cost-batch>0,72\u00a0US$</span> por lote · <span data-cost-portion>0,18\u00a0US$</span> por porción</dd></div></dl>',
    ],
    [
      'en-US',
      'pizza',
      'where each allergen comes from, through the sub-recipe',
      { tag: 'details', className: 'allergen-sources' },
      '<details class="allergen-sources"><summary>Where each allergen comes from</summary><ul><li><strong>Gluten</strong>: <a href="/ingredients/flour/">Flour</a> (in <a href="/recipes/dough/">Dough</a>)</li><li><strong>Wheat</strong>: <a href="/ingredients/flour/">Flour</a> (in <a href="/recipes/dough/">Dough</a>)</li><li><strong>Milk</strong>: <a href="/ingredients/mozzarella/">Mozzarella</a></li></ul></details>',
    ],
    [
      'es',
      'pizza',
      'where each allergen comes from, through the sub-recipe',
      { tag: 'details', className: 'allergen-sources' },
      '<details class="allergen-sources"><summary>De dónde viene cada alérgeno</summary><ul><li><strong>Gluten</strong>: <a href="/es/ingredients/flour/">Flour</a> (en <a href="/es/recipes/dough/">Dough</a>)</li><li><strong>Trigo</strong>: <a href="/es/ingredients/flour/">Flour</a> (en <a href="/es/recipes/dough/">Dough</a>)</li><li><strong>Leche</strong>: <a href="/es/ingredients/mozzarella/">Mozzarella</a></li></ul></details>',
    ],
    [
      'en-US',
      'sauce',
      'no allergens is said in words, never left blank',
      { tag: 'h2', id: 'allergens-heading' },
      '<h2 id="allergens-heading"><svg aria-hidden="true" width="24" height="24" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2 1 21h22L12 2Zm0 6 1 7h-2l1-7Zm0 9.5a1.25 1.25 0 1 1 0 2.5 1.25 1.25 0 0 1 0-2.5Z"></path></svg>No listed allergens</h2>',
    ],
    [
      'en-US',
      'pizza',
      'a sub-recipe line links to the sub-recipe at the amount used',
      { tag: 'tr', id: 'ingredient-1' },
      '<tr id="ingredient-1" data-row="0"><td class="qty" data-line="0">1 portion</td><td><a href="/recipes/dough/?portions=1" data-sub-line="0">Dough</a><span class="tag">Sub-recipe</span><ul class="allergen-badges allergen-badges--compact" aria-label="Allergens"><li class="allergen-badge">Gluten</li><li class="allergen-badge">Wheat</li></ul></td></tr>',
    ],
    [
      'es',
      'pizza',
      'a sub-recipe line links to the sub-recipe at the amount used',
      { tag: 'tr', id: 'ingredient-1' },
      '<tr id="ingredient-1" data-row="0"><td class="qty" data-line="0">1 porción</td><td><a href="/es/recipes/dough/?portions=1" data-sub-line="0">Dough</a><span class="tag">Subreceta</span><ul class="allergen-badges allergen-badges--compact" aria-label="Alérgenos"><li class="allergen-badge">Gluten</li><li class="allergen-badge">Trigo</li></ul></td></tr>',
    ],
    [
      'en-US',
      'dough',
      'a volume line notes its weight',
      { tag: 'tr', id: 'ingredient-2' },
      '<tr id="ingredient-2" data-row="1"><td class="qty" data-line="1">400 ml</td><td><a href="/ingredients/water/">Water</a><small class="scale-note" data-note-for="1">≈ 400 g</small></td></tr>',
    ],
    [
      'en-US',
      'pizza',
      'a step shows its mentions with their quantities, its timer and its temperature as text',
      { tag: 'li', id: 'step-3' },
      '<li id="step-3"><p class="step-text">Scatter <span class="mention" data-line="1"><span class="mention-qty">120 g</span> Mozzarella</span> and <span class="mention" data-line="2"><span class="mention-qty">1 g</span> Salt</span>, then bake.</p><ul class="step-meta"><li>Timer <time datetime="PT3M">3 min</time></li><li>At 300 °C (572 °F)</li></ul><slot name="step-3"></slot></li>',
    ],
    [
      'es',
      'pizza',
      'a step shows its mentions with their quantities, its timer and its temperature as text',
      { tag: 'li', id: 'step-3' },
      '<li id="step-3"><p class="step-text">Scatter <span class="mention" data-line="1"><span class="mention-qty">120 g</span> Mozzarella</span> and <span class="mention" data-line="2"><span class="mention-qty">1 g</span> Salt</span>, then bake.</p><ul class="step-meta"><li>Temporizador <time datetime="PT3M">3 min</time></li><li>A 300 °C (572 °F)</li></ul><slot name="step-3"></slot></li>',
    ],
    [
      'en-US',
      'sauce',
      'a critical limit is called out with its corrective action',
      { tag: 'div', className: 'critical-limit' },
      '<div class="critical-limit" role="note"><p class="critical-limit__limit"><span class="tag">Critical limit</span> Core ≥ 74 °C (165 °F) for 15 s</p><p class="critical-limit__action"><strong>If missed:</strong> Keep heating and probe again.</p></div>',
    ],
    [
      'es',
      'sauce',
      'a critical limit is called out with its corrective action',
      { tag: 'div', className: 'critical-limit' },
      '<div class="critical-limit" role="note"><p class="critical-limit__limit"><span class="tag">Límite crítico</span> Centro ≥ 74 °C (165 °F) durante 15 s</p><p class="critical-limit__action"><strong>Si no se cumple:</strong> Keep heating and probe again.</p></div>',
    ],
  ])('%s %s: %s', (tag, slug, _what, where, expected) => {
    expect(htmlOf(draw(slug, tag), where)).toBe(expected);
  });
});

describe('storage and holding', () => {
  const stored = entries({
    ...pizzeria(),
    recipes: {
      ...pizzeria().recipes,
      sauce: {
        ...pizzeria().recipes!['sauce']!,
        storage: { zone: 'refrigerated', temperature: { value: 4, unit: 'C' }, shelfLifeHours: 72, notes: 'Label with the date.' },
        holding: { method: 'hot', temperature: { value: 63, unit: 'C' }, maxHours: 2 },
      },
    },
  });
  test.each([
    ['en-US', '<dl class="facts"><div><dt>Store</dt><dd>refrigerated, at 4 °C (39 °F)</dd></div><div><dt>Shelf life</dt><dd>3 days</dd></div><div><dt>Hot hold</dt><dd>at or above 63 °C (145 °F), at most 2 h</dd></div></dl>'],
    ['es', '<dl class="facts"><div><dt>Conservación</dt><dd>refrigerado, a 4 °C (39 °F)</dd></div><div><dt>Vida útil</dt><dd>3 días</dd></div><div><dt>Mantenimiento en caliente</dt><dd>a 63 °C (145 °F) o más, 2 h como máximo</dd></div></dl>'],
  ])('%s', (tag, expected) => {
    const tree = renderRecipe(stored.recipes.get('sauce')!, recipeContext(stored, tag, 'sauce'));
    expect(allOf(tree, { tag: 'dl', className: 'facts' }).map((dl) => renderedHtml(dl))[1]).toBe(expected);
  });
});

describe('what the page adds, and a draft', () => {
  test('the page’s own parts go in the slots, in order, and a slot nobody fills draws nothing', () => {
    const tree = draw('pizza', 'en-US');
    expect(slotNames(tree)).toEqual(['after-title', 'after-summary', 'before-ingredients', 'before-steps', 'step-1', 'step-2', 'step-3', 'step-4', 'body']);
    const html = renderedHtml(fillSlotsWithHtml(tree, new Map([['step-3', '<button class="timer-start" hidden>Start</button>']])));
    expect(html).toContain('<ul class="step-meta"><li>Timer <time datetime="PT3M">3 min</time></li><li>At 300 °C (572 °F)</li></ul><button class="timer-start" hidden>Start</button></li>');
    expect(html).not.toContain('<slot');
  });

  test('without its quantities as built (a draft with no yield yet), lines show as written and the batch is left out', () => {
    const tree = draw('dough', 'en-US', { built: false });
    expect(htmlOf(tree, { tag: 'dl', className: 'facts' })).toBe('<dl class="facts"></dl>');
    expect(htmlOf(tree, { tag: 'td', className: 'qty' })).toBe('<td class="qty" data-line="0">600 g</td>');
    expect(htmlOf(tree, { tag: 'small', className: 'scale-note' })).toBe('');
  });

  test('a draft’s unwritten fields are left out, not drawn empty', () => {
    const tree = renderRecipe({ title: 'New recipe', ingredients: [{ ingredient: 'flour' }] }, recipeContext(binder, 'en-US', 'pizza', { built: false }));
    expect(htmlOf(tree, { tag: 'p', className: 'eyebrow' })).toBe('<p class="eyebrow" data-pagefind-ignore><a href="/recipes/">Recipes</a></p>');
    expect(allOf(tree, { tag: 'p', className: 'lede' })).toEqual([]);
    expect(htmlOf(tree, { tag: 'td', className: 'qty' })).toBe('<td class="qty" data-line="0">to taste</td>');
  });
});
