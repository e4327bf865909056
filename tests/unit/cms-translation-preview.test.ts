/**
 * The editor's preview of a translation being edited: the entry's page in that language
 * from the original's data with the draft's words over it (numbers always the
 * original's), and the translator's notes, piece by piece, on what the page will not
 * show in their words yet and why.
 */
import { createHash } from 'node:crypto';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { previewBinder } from '../../cms/preview/binder-data.ts';
import type { OriginalEntry } from '../../cms/preview/original-entry.ts';
import { recipePreview } from '../../cms/preview/recipe.ts';
import { translatedDraft } from '../../cms/preview/translated-draft.ts';
import { OriginalEntries, translationPreview } from '../../cms/preview/translation.ts';
import { buildBinderIndex } from '../../src/domain/binder-index.ts';
import { proseFingerprint } from '../../src/domain/translation/fingerprint.ts';
import { binderInLanguage } from '../../src/domain/translation/binder-in-language.ts';
import { collectionJsonSchema } from '../../src/schemas/json-schema.ts';
import { collectionProseShape } from '../../src/schemas/translation.ts';
import { entries, site } from './builders.ts';
import { pizzeria } from './pizzeria.ts';

const kitchen = entries(pizzeria());
const pizza = kitchen.recipes.get('pizza')!;
const BODY = 'Serve at once.';
const original: OriginalEntry = { shape: collectionProseShape('recipes'), data: pizza, body: BODY };
const pin = proseFingerprint;

/** A Spanish translation of the pizza, every piece pinned to the words it translates. */
function spanish(): Record<string, any> {
  return {
    title: 'Pizza',
    summary: 'Una receta para las pruebas.',
    category: 'Prueba',
    steps: [
      { text: 'Estira @dough a 30 cm en la mesa enharinada, sin tocar el borde.', sources: { text: pin(pizza.steps[0]!.text) } },
      { text: 'Pon la base en la pala y extiende la salsa con el cazo, sin llegar al borde.', sources: { text: pin(pizza.steps[1]!.text) } },
      { text: 'Reparte @mozzarella y @salt, y hornea.', sources: { text: pin(pizza.steps[2]!.text) } },
      { text: 'Termina con @oil y corta en seis.', sources: { text: pin(pizza.steps[3]!.text) } },
    ],
    ingredients: [
      { recipe: 'dough', group: 'Base', sources: { group: pin('Base') } },
      { ingredient: 'mozzarella', group: 'Cobertura', preparation: 'desmenuzada', sources: { group: pin('Topping'), preparation: pin('torn') } },
      { ingredient: 'salt', group: 'Cobertura', sources: { group: pin('Topping') } },
      { ingredient: 'oil', group: 'Cobertura', sources: { group: pin('Topping') } },
    ],
    body: 'Sirve al momento.',
    sources: { title: pin('Pizza'), summary: pin('A recipe for tests.'), category: pin('Test'), body: pin(BODY) },
  };
}

const REVIEW = 'npm run translations -- reviewed es recipes/pizza';

describe('a draft translation laid over its original', () => {
  test('a complete, current translation leaves nothing to do, and the page shows its words', () => {
    const draft = translatedDraft(original, spanish(), REVIEW);
    expect(draft.todo).toEqual([]);
    expect(draft.summary.state).toBe('translated');
    expect(draft.bodyShown).toBe(true);
    expect((draft.data as typeof pizza).steps[2]).toEqual({ ...pizza.steps[2], text: 'Reparte @mozzarella y @salt, y hornea.' });
  });

  test.each<[string, (draft: Record<string, any>) => void, { part: string; state: string; message: RegExp }]>([
    ['a step emptied while typing is not translated', (d) => (d.steps[1].text = '  '), { part: 'step 2', state: 'missing', message: /not translated: the page shows the original words here/ }],
    ['a step that changes a number is withheld, naming both', (d) => (d.steps[0].text = 'Estira @dough a 35 cm en la mesa.'), { part: 'step 1', state: 'withheld', message: /its numbers \(35\) are not the original's \(30\)/ }],
    ['a step that drops a mention is withheld', (d) => (d.steps[3].text = 'Termina con aceite y corta en seis.'), { part: 'step 4', state: 'withheld', message: /mentions/ }],
    ['a step translated from earlier words is stale, with the command that marks it reviewed', (d) => (d.steps[2].sources.text = pin('Scatter the cheese.')), { part: 'step 3', state: 'stale', message: new RegExp(`run \`${REVIEW}\``) }],
    ['a body not translated yet', (d) => delete d.body, { part: "the chef's notes", state: 'missing', message: /not translated/ }],
    ['an ingredient line the original no longer has', (d) => d.ingredients.push({ ingredient: 'basil', preparation: 'a mano' }), { part: 'line 5', state: 'problem', message: /`basil` is not in the original's list any more — remove this item/ }],
  ])('%s', (_, edit, expected) => {
    const draft = spanish();
    edit(draft);
    const { todo } = translatedDraft(original, draft, REVIEW);
    expect(todo).toHaveLength(1);
    expect(todo[0]).toMatchObject({ part: expected.part, state: expected.state });
    expect(todo[0]!.message).toMatch(expected.message);
  });

  test('numbers and units are always the original’s, whatever the draft holds', () => {
    const draft = spanish();
    draft.steps[2].temperature = { value: 250, unit: 'C' };
    const data = translatedDraft(original, draft, REVIEW).data as typeof pizza;
    expect(data.steps[2]!.temperature).toEqual({ value: 300, unit: 'C' });
    expect(data.ingredients).toEqual(pizza.ingredients.map((line) => ({ ...line, group: line.group === 'Base' ? 'Base' : 'Cobertura', ...(line.ingredient === 'mozzarella' && { preparation: 'desmenuzada' }) })));
  });

  test('the body is shown only when the page would show it', () => {
    const draft = spanish();
    draft.body = 'Sirve 2 al momento.';
    expect(translatedDraft(original, draft, REVIEW).bodyShown).toBe(false);
  });

  test('fingerprints are SHA-256 of the normalised words, as the pins already written were made', () => {
    const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);
    expect(proseFingerprint('Mix  @flour well.\n')).toBe(sha('Mix @flour well.'));
    expect(proseFingerprint('café')).toBe(sha('café'));
  });
});

describe('the preview component', () => {
  afterEach(() => vi.unstubAllGlobals());

  const english = { site: site(), ...kitchen };
  const spanishBinder = binderInLanguage(english, 'es', () => undefined);
  // No other entry is translated: the page marks their names as in English.
  const data = previewBinder(spanishBinder, buildBinderIndex(spanishBinder, collectionJsonSchema), { base: '/', segment: 'es' }, { lang: 'en-US', names: ['Mozzarella', 'Extra-virgin olive oil'] });

  function draw(originals: OriginalEntries, draft: unknown): string {
    const Preview = translationPreview({ collection: 'recipes', language: { tag: 'es', englishName: 'Spanish' }, template: recipePreview(data), originals, original: data.original });
    const entry = { get: (key: string) => (key === 'data' ? { toJS: () => draft } : key === 'slug' ? 'pizza' : undefined) };
    const props = { entry, widgetFor: (name: string) => `[${name} widget]` } as unknown as PreviewTemplateComponentProps;
    return renderToStaticMarkup(createElement(Preview, props));
  }

  test('says it is reading the original until it has it', () => {
    expect(draw(new OriginalEntries(() => '/admin/originals/recipes/pizza.json'), spanish())).toContain('Reading the original entry…');
  });

  test('draws the page in the language with the notes above, once the original is read', async () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      requested.push(url);
      return new Response(JSON.stringify(original));
    });
    const originals = new OriginalEntries((collection, id) => `/admin/originals/${collection}/${id}.json`);
    await originals.load('recipes', 'pizza');
    await originals.load('recipes', 'pizza');
    expect(requested).toEqual(['/admin/originals/recipes/pizza.json']);

    const draft = spanish();
    draft.steps[0].text = 'Estira @dough a 35 cm.';
    const html = draw(originals, draft);
    expect(html).toContain('<aside class="translation-notice translation-status" role="note" lang="en" data-translation-state="stale">');
    expect(html).toContain('Spanish: 12 of 13 parts translated and current.');
    expect(html).toContain('<li data-prose-state="withheld"><strong>step 1: </strong>its numbers (35) are not the original&#x27;s (30)');
    // The page in Spanish: the withheld step in the original's words, the others in the draft's, links to the Spanish pages.
    expect(html).toContain('<div lang="es">');
    expect(html).toContain('Stretch');
    expect(html).toContain('Reparte');
    expect(html).toContain('href="/es/recipes/');
    // Words in the original's language say so, as on the page: the withheld step, and the name of an entry not translated.
    expect(html).toMatch(/<p class="step-text" lang="en-US">Stretch /);
    expect(html).not.toMatch(/<p class="step-text" lang="en-US">Reparte/);
    expect(html).toContain('<a href="/es/ingredients/mozzarella/" lang="en-US">Mozzarella</a>');
    expect(html).toContain('<span lang="en-US"> Extra-virgin olive oil</span>');
    expect(html).toContain('[body widget]');
  });

  test('says why when the original cannot be read', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const originals = new OriginalEntries((collection, id) => `/admin/originals/${collection}/${id}.json`);
    await expect(originals.load('recipes', 'pizza')).rejects.toThrow(/HTTP 404\) — is `recipes\/pizza` in the binder\? Rebuild the site/);
  });
});
