/**
 * Every page type is valid HTML, by html-validate's recommended rules, over the built
 * files as they are served: no duplicate ids, no element out of place, nothing after
 * `</html>` (where a stray script once ended up).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { PROJECT_ROOT } from '../support/project-copy.ts';

// The built files are the same at every viewport: one run is enough.
test.skip(({ viewport }) => viewport?.width !== 1024, 'runs once, in the tablet project');

const PAGE_TYPES = {
  home: 'index.html',
  listing: 'recipes/index.html',
  recipe: 'recipes/margherita/index.html',
  'sub-recipe': 'recipes/pizza-dough/index.html',
  'cook mode': 'recipes/margherita/cook/index.html',
  procedure: 'procedures/two-stage-cooling/index.html',
  'setup guide': 'setup/opening-timeline/index.html',
  ingredient: 'ingredients/flour-00/index.html',
  equipment: 'equipment/deck-oven/index.html',
  station: 'stations/pizza-bench/index.html',
  'referenced-by listing': 'equipment/digital-scale/referenced-by/index.html',
  'allergen matrix': 'allergens/index.html',
  search: 'search/index.html',
  'not found': '404.html',
  credits: 'credits/index.html',
  editor: 'admin/index.html',
};

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

for (const [type, file] of Object.entries(PAGE_TYPES)) {
  test(`the ${type} page is valid HTML`, async () => {
    const html = await readFile(path.join(PROJECT_ROOT, 'dist', file), 'utf8');
    const report = await validator.validateString(html, file);
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${file}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`));
    expect(messages).toEqual([]);
    expect(html.trimEnd().endsWith('</html>'), 'nothing after </html>').toBe(true);
  });
}

test('the validator does find what it is here for', async () => {
  const broken = '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><input id="q"><input id="q"><p><div>x</div></p></body></html>';
  const report = await validator.validateString(broken, 'broken.html');
  expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(expect.arrayContaining(['no-dup-id', 'close-order']));
});
