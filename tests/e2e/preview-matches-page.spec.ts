/**
 * One renderer: the editor's preview of an entry draws the same markup as the entry's
 * built page. Each entry's data goes through the preview as Decap would hand it over
 * (React, rendered to HTML), and the result must equal the same part of its page in
 * dist/ (tests/support/entry-region.ts), in English and in Spanish: the preview reads
 * the binder in the language it is given, as the pages do. In Italian, translated in
 * part, each recipe's translation goes through the editor's preview of a translation,
 * laid over its original as built for the editor, and marks the words it shows in
 * English as the page does.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { previewBinder, type PreviewBinder } from '../../cms/preview/binder-data.ts';
import { equipmentPreview } from '../../cms/preview/equipment.ts';
import { ingredientPreview } from '../../cms/preview/ingredient.ts';
import { menuItemPreview } from '../../cms/preview/menu-item.ts';
import { procedurePreview } from '../../cms/preview/procedure.ts';
import { recipePreview } from '../../cms/preview/recipe.ts';
import { setupPreview } from '../../cms/preview/setup.ts';
import { stationPreview } from '../../cms/preview/station.ts';
import { OriginalEntries, translationPreview } from '../../cms/preview/translation.ts';
import { checkBinder } from '../../src/binder/check-binder.ts';
import { parseMdxFile } from '../../src/binder/source-file.ts';
import { buildBinderIndex } from '../../src/domain/binder-index.ts';
import type { Binder } from '../../src/domain/binder.ts';
import { binderInLanguage } from '../../src/domain/translation/binder-in-language.ts';
import { collectionJsonSchema } from '../../src/schemas/json-schema.ts';
import type { CollectionName } from '../../src/schemas/reference.ts';
import { entryRegion } from '../support/entry-region.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const DIST = path.join(PROJECT_ROOT, 'dist');

type Template = (binder: PreviewBinder | undefined) => ComponentType<PreviewTemplateComponentProps>;

/** Every entry type, its preview, and entries it must have compared (so the sample binder cannot lose the cases that matter). */
const PREVIEWS: ReadonlyArray<{ collection: CollectionName; template: Template; must: readonly string[] }> = [
  // Tiramisu has a sub-recipe and a critical limit; pizza dough is written in baker's percentages; margherita has several sub-recipes.
  { collection: 'recipes', template: recipePreview, must: ['tiramisu', 'pizza-dough', 'margherita'] },
  // Two-stage cooling has critical limits with readings, and steps to record.
  { collection: 'procedures', template: procedurePreview, must: ['two-stage-cooling'] },
  // 00 flour carries allergens; mozzarella a price and a purchasing spec.
  { collection: 'ingredients', template: ingredientPreview, must: ['flour-00', 'mozzarella-fior-di-latte'] },
  { collection: 'equipment', template: equipmentPreview, must: ['deck-oven'] },
  { collection: 'stations', template: stationPreview, must: ['hot-line'] },
  // A plate of three components: two recipes' portions and an ingredient as served.
  { collection: 'menu', template: menuItemPreview, must: ['minestrone-and-focaccia', 'margherita'] },
  { collection: 'setup', template: setupPreview, must: ['opening-timeline', 'suppliers-and-specs'] },
];

/** The binder as the site reads it, in its own language and in Spanish, and in the form /admin/binder.json hands the preview. */
async function binders(): Promise<Array<{ tag: string; segment: string; binder: Binder; data: PreviewBinder }>> {
  const check = await checkBinder(path.join(PROJECT_ROOT, 'content'));
  expect(check.problems).toEqual([]);
  const english: Binder = { site: check.site!, ...check.entries };
  const spanishRecords = check.translations.byLanguage.get('es')!;
  const spanish = binderInLanguage(english, 'es', (collection, id) => spanishRecords.get(`${collection}/${id}`)?.data);
  return [
    { tag: english.site.locale, segment: '', binder: english },
    { tag: 'es', segment: 'es', binder: spanish },
  ].map((each) => ({ ...each, data: previewBinder(each.binder, buildBinderIndex(each.binder, collectionJsonSchema), { base: '/', segment: each.segment }) }));
}

/** The preview of one entry's data, as Decap draws it in the editor; the body widget is the page's to compare, so it draws nothing. */
function previewHtml(template: ComponentType<PreviewTemplateComponentProps>, slug: string, entryData: unknown): string {
  const entry = { get: (key: string) => (key === 'data' ? { toJS: () => entryData } : key === 'slug' ? slug : undefined) };
  const props = { entry, widgetFor: () => null } as unknown as PreviewTemplateComponentProps;
  return renderToStaticMarkup(createElement(template, props));
}

for (const { collection, template, must } of PREVIEWS) {
  test(`the ${collection} preview draws what the ${collection} pages show, in English and in Spanish`, async () => {
    const compared: string[] = [];
    for (const { segment, binder, data } of await binders()) {
      for (const [slug, entryData] of binder[collection]) {
        const page = await readFile(path.join(DIST, segment, collection, slug, 'index.html'), 'utf8');
        const where = `${segment || 'en'}/${collection}/${slug}`;
        expect(entryRegion(previewHtml(template(data), slug, entryData)), where).toBe(entryRegion(page));
        compared.push(where);
      }
    }
    for (const slug of must) {
      expect(compared).toContain(`en/${collection}/${slug}`);
      expect(compared).toContain(`es/${collection}/${slug}`);
    }
  });
}

test('the preview of an Italian translation draws what the Italian page shows, marking the words it shows in English', async () => {
  const check = await checkBinder(path.join(PROJECT_ROOT, 'content'));
  // The Italian translations as the editor hands their drafts over: each file's frontmatter.
  const italian = [...check.translations.byLanguage.get('it')!.values()].filter((record) => record.absolute !== undefined);
  expect(italian.length).toBeGreaterThan(0);
  // What the editor reads: the language's binder data and each original, as built into dist/admin/.
  const data = JSON.parse(await readFile(path.join(DIST, 'admin', 'binder', 'it.json'), 'utf8')) as PreviewBinder;
  expect(data.original?.names.length, 'Italian leaves entries untranslated, whose names the pages mark').toBeGreaterThan(0);
  const originals = new OriginalEntries((collection, id) => path.join(DIST, 'admin', 'originals', collection, `${id}.json`));
  const read = globalThis.fetch;
  globalThis.fetch = (async (file: string) => new Response(await readFile(file, 'utf8'))) as typeof fetch;
  try {
    for (const { collection } of italian) expect(collection).toBe('recipes');
    await Promise.all(italian.map((record) => originals.load('recipes', record.id)));
  } finally {
    globalThis.fetch = read;
  }
  const preview = translationPreview({ collection: 'recipes', language: { tag: 'it', englishName: 'Italian' }, template: recipePreview(data), originals, original: data.original });
  let marked = 0;
  for (const record of italian) {
    const page = await readFile(path.join(DIST, 'it', 'recipes', record.id, 'index.html'), 'utf8');
    const draft = parseMdxFile(record.absolute!, await readFile(record.absolute!, 'utf8')).data;
    const drawn = entryRegion(previewHtml(preview, record.id, draft));
    expect(drawn, `it/recipes/${record.id}`).toBe(entryRegion(page));
    if (drawn.includes(`lang="${data.original!.lang}"`)) marked += 1;
  }
  expect(marked, 'some Italian recipes show words in English, marked').toBeGreaterThan(0);
});
