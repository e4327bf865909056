/**
 * One renderer: the editor's preview of an entry draws the same markup as the entry's
 * built page. Each entry's data goes through the preview as Decap would hand it over
 * (React, rendered to HTML), and the result must equal the same part of its page in
 * dist/ (tests/support/entry-region.ts), in English and in Spanish: the preview reads
 * the binder in the language it is given, as the pages do.
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
import { checkBinder } from '../../src/binder/check-binder.ts';
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
function previewHtml(template: Template, data: PreviewBinder, slug: string, entryData: unknown): string {
  const entry = { get: (key: string) => (key === 'data' ? { toJS: () => entryData } : key === 'slug' ? slug : undefined) };
  const props = { entry, widgetFor: () => null } as unknown as PreviewTemplateComponentProps;
  return renderToStaticMarkup(createElement(template(data), props));
}

for (const { collection, template, must } of PREVIEWS) {
  test(`the ${collection} preview draws what the ${collection} pages show, in English and in Spanish`, async () => {
    const compared: string[] = [];
    for (const { segment, binder, data } of await binders()) {
      for (const [slug, entryData] of binder[collection]) {
        const page = await readFile(path.join(DIST, segment, collection, slug, 'index.html'), 'utf8');
        const where = `${segment || 'en'}/${collection}/${slug}`;
        expect(entryRegion(previewHtml(template, data, slug, entryData)), where).toBe(entryRegion(page));
        compared.push(where);
      }
    }
    for (const slug of must) {
      expect(compared).toContain(`en/${collection}/${slug}`);
      expect(compared).toContain(`es/${collection}/${slug}`);
    }
  });
}
