/**
 * `npm run import` end to end on copies of the sample binder: what it writes and
 * where, that it checks what it writes as the binder will, that a new ingredient is
 * refused until a person confirms its allergens, that it never writes over an entry,
 * that a dry run writes nothing, that a proposal leaves the working tree alone, and the
 * counts the report ends with over every fixture.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterEach, describe, expect, test } from 'vitest';
import { checkBinder } from '../../src/binder/check-binder.ts';
import { importCounts, ImportError, runImport, type ImportRequest } from '../../src/import/run-import.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/import');
const GARLIC_BREAD = path.join(FIXTURES, 'fork/garlic-bread.html');
const made: string[] = [];
/** The smallest valid PNG: one transparent pixel. */
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** A project holding a copy of the sample binder (the code is the repository's own). */
async function binderCopy(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'run-import-'));
  made.push(root);
  await cp(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
  return root;
}

function request(projectRoot: string, inputs: string[], more: Partial<ImportRequest> = {}): ImportRequest {
  return { projectRoot, inputs, cwd: ROOT, today: '2026-12-07', ...more };
}

/** Every file under a folder, relative to it. */
async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort();
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('runImport', () => {
  test('a page whose lines all match the catalogue is written in canonical form and checks clean', async () => {
    const root = await binderCopy();
    const report = await runImport(request(root, [GARLIC_BREAD], { station: 'oven', course: 'side' }));
    expect(importCounts(report)).toMatchObject({ valid: 1, needs: 0, refused: [] });
    expect(report.written).toEqual(['content/recipes/garlic-bread-from-the-pizza-oven.mdx']);
    const text = await readFile(path.join(root, report.written[0]!), 'utf8');
    expect(text).toBe(report.texts.get(report.written[0]!));
    const data = parse(text.split('---\n')[1]!) as Record<string, any>;
    expect(data['source']).toEqual({ url: 'https://redhook-home-cooking.example/recipes/garlic-bread', author: 'Dana Ortiz', licence: 'https://creativecommons.org/licenses/by-sa/4.0/' });
    expect(data['ingredients'][0]).toEqual({ recipe: 'pizza-dough', quantity: 250, unit: 'g' });
    expect(data['steps'][2]).toMatchObject({ timerMinutes: 6, temperature: { value: 300, unit: 'C' } });
    expect(data['steps'][0].text).toBe('Stir the @garlic into the @unsalted-butter and leave it for five minutes to infuse.');
    const check = await checkBinder(path.join(root, 'content'), root);
    expect(check.problems).toEqual([]);
    expect(check.entries.recipes.get('garlic-bread-from-the-pizza-oven')?.title).toBe('Garlic bread from the pizza oven');
  });

  test('a new ingredient is written with its allergens to confirm, and the binder refuses it until a person does', async () => {
    const root = await binderCopy();
    const page = path.join(root, 'buttermilk.html');
    await writeFile(page, recipePage(['250 g 00 flour', '200 ml buttermilk', '5 g fine sea salt']));
    const report = await runImport(request(root, [page], { station: 'oven', course: 'side' }));
    expect(report.newIngredients.map((outcome) => outcome.file)).toEqual(['content/ingredients/buttermilk.yaml']);
    expect(report.newIngredients[0]!.ingredient.data['allergensToConfirm']).toEqual({ suggested: ['milk'], from: '200 ml buttermilk' });
    const refused = (await checkBinder(path.join(root, 'content'), root)).problems;
    expect(refused.map((problem) => `${problem.file} ${problem.field}`)).toContain('content/ingredients/buttermilk.yaml allergensToConfirm');
    expect(refused.find((problem) => problem.field === 'allergensToConfirm')!.message).toMatch(/not confirmed by a person yet \(its name suggests: milk\)/);

    // A person reads the label: milk. The binder then takes it.
    const file = path.join(root, 'content/ingredients/buttermilk.yaml');
    const { allergensToConfirm: _unconfirmed, ...rest } = parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, stringify({ ...rest, allergens: ['milk'] }));
    const confirmed = await checkBinder(path.join(root, 'content'), root);
    expect(confirmed.problems).toEqual([]);
    expect(confirmed.allergens.get('a-test-loaf')?.contains.has('milk')).toBe(true);
  });

  test('an entry is never written over: a clash is refused with --as as the way out', async () => {
    const root = await binderCopy();
    await runImport(request(root, [GARLIC_BREAD], { station: 'oven', course: 'side' }));
    const before = await readFile(path.join(root, 'content/recipes/garlic-bread-from-the-pizza-oven.mdx'), 'utf8');
    const again = await runImport(request(root, [GARLIC_BREAD], { station: 'oven', course: 'side' }));
    expect(again.entries[0]).toMatchObject({ state: 'refused', refusal: expect.stringMatching(/already in the binder — nothing was written; import it under another name with --as <slug>/) });
    expect(again.written).toEqual([]);
    expect(await readFile(path.join(root, 'content/recipes/garlic-bread-from-the-pizza-oven.mdx'), 'utf8')).toBe(before);
    const renamed = await runImport(request(root, [GARLIC_BREAD], { station: 'oven', course: 'side', slug: 'oven-garlic-bread' }));
    expect(renamed.written).toEqual(['content/recipes/oven-garlic-bread.mdx']);
  });

  test('--image adds the photo given, as the recipe\'s image, into the layer\'s media', async () => {
    const root = await binderCopy();
    const photo = path.join(root, 'photo.png');
    await writeFile(photo, Buffer.from(ONE_PIXEL_PNG, 'base64'));
    const report = await runImport(request(root, [GARLIC_BREAD], { station: 'oven', course: 'side', image: photo }));
    expect(report.written).toContain('content/media/garlic-bread-from-the-pizza-oven.png');
    expect(await readFile(path.join(root, 'content/media/garlic-bread-from-the-pizza-oven.png'))).toEqual(Buffer.from(ONE_PIXEL_PNG, 'base64'));
    expect(report.entries[0]!.mapped.data['images']).toEqual([{ src: 'media/garlic-bread-from-the-pizza-oven.png', alt: 'Garlic bread from the pizza oven' }]);
    // The alt text is only the dish's name until a person describes the photo.
    expect(report.entries[0]!.mapped.toConfirm.map((item) => item.field)).toEqual(['images.0.alt']);
    expect((await checkBinder(path.join(root, 'content'), root)).problems).toEqual([]);
  });

  test('--image refuses what is not an image, whatever its name, and writes nothing', async () => {
    const root = await binderCopy();
    const fake = path.join(root, 'photo.jpg');
    await writeFile(fake, '<script>alert(1)</script>');
    const before = await filesIn(path.join(root, 'content'));
    await expect(runImport(request(root, [GARLIC_BREAD], { station: 'oven', course: 'side', image: fake }))).rejects.toThrow(/is not a jpg, png, webp or avif image/);
    expect(await filesIn(path.join(root, 'content'))).toEqual(before);
  });

  test('of two imported recipes with one name, the first is imported and the second refused', async () => {
    const root = await binderCopy();
    const report = await runImport(request(root, [path.join(FIXTURES, 'cooklang/tomato-sauce.cook'), path.join(ROOT, 'templates/costing-sheet.csv')], { dryRun: true }));
    expect(report.entries.map((entry) => [entry.mapped.origin, entry.state])).toEqual([
      ['tests/fixtures/import/cooklang/tomato-sauce.cook', 'needs'],
      ['templates/costing-sheet.csv:2', 'refused'],
      ['templates/costing-sheet.csv:9', 'needs'],
    ]);
    expect(report.entries[1]!.refusal).toMatch(/another imported recipe is already called tomato-sauce .* --as <slug>/);
  });

  test('--as names one recipe only', async () => {
    const root = await binderCopy();
    await expect(runImport(request(root, [path.join(FIXTURES, 'spreadsheets/groups-and-prices.csv')], { slug: 'one' }))).rejects.toThrow(ImportError);
  });

  test('the hostile page is written as words only and passes the gate; nothing of it can run', async () => {
    const root = await binderCopy();
    const report = await runImport(request(root, [path.join(FIXTURES, 'pages/hostile.html')]));
    const entry = report.entries[0]!;
    expect(entry.state).toBe('needs');
    expect(entry.problems.filter((problem) => problem.rule !== undefined)).toEqual([]);
    const text = await readFile(path.join(root, entry.file), 'utf8');
    expect(text).not.toMatch(/<script|<img|onerror=/i);
  });

  test('a dry run writes nothing, and reports every fixture with its counts', async () => {
    const root = await binderCopy();
    const before = await filesIn(path.join(root, 'content'));
    const report = await runImport(request(root, [path.join(FIXTURES, 'pages'), path.join(FIXTURES, 'cooklang'), path.join(FIXTURES, 'spreadsheets')], { dryRun: true }));
    expect(report.written).toEqual([]);
    expect(await filesIn(path.join(root, 'content'))).toEqual(before);
    const counts = importCounts(report);
    // 8 pages, 6 Cooklang files, 4 sheets: every one named in the report.
    expect(report.sources).toHaveLength(18);
    expect(counts.valid + counts.needs).toBe(14);
    expect(counts.refused.map((why) => why.split(':')[0])).toEqual([
      'tests/fixtures/import/pages/no-ingredients.html',
      'tests/fixtures/import/pages/no-recipe.html',
      'tests/fixtures/import/pages/not-json.html',
      'tests/fixtures/import/cooklang/broken-front-matter.cook',
      'tests/fixtures/import/cooklang/broken-reference.cook',
      'tests/fixtures/import/spreadsheets/bad-row.csv',
    ]);
    // Nothing the sources cannot say is invented: stations are always the cook's to give.
    expect(counts.fields.get('stations')).toBe(counts.needs);
  });

  test('--propose commits to a proposal branch and leaves the working tree alone', async () => {
    const root = await binderCopy();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Chef', GIT_AUTHOR_EMAIL: 'chef@example.org', GIT_COMMITTER_NAME: 'Chef', GIT_COMMITTER_EMAIL: 'chef@example.org' } });
    git('init', '--quiet', '--initial-branch=main');
    git('add', '--all');
    git('commit', '--quiet', '-m', 'The binder');
    const report = await runImport(request(root, [GARLIC_BREAD], { station: 'oven', course: 'side', propose: true }));
    expect(report.proposal?.branch).toBe('cms/recipes/garlic-bread-from-the-pizza-oven');
    expect(git('status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(existsSync(path.join(root, 'content/recipes/garlic-bread-from-the-pizza-oven.mdx'))).toBe(false);
    expect(git('show', 'cms/recipes/garlic-bread-from-the-pizza-oven:content/recipes/garlic-bread-from-the-pizza-oven.mdx')).toBe(report.texts.get('content/recipes/garlic-bread-from-the-pizza-oven.mdx'));
    expect(report.proposal!.report.diff.entries.map((entry) => `${entry.collection}/${entry.id}`)).toContain('recipes/garlic-bread-from-the-pizza-oven');
  });
});

/** A small recipe page with these ingredient lines. */
function recipePage(lines: readonly string[]): string {
  const recipe = {
    '@context': 'https://schema.org',
    '@type': 'Recipe',
    name: 'A test loaf',
    description: 'A loaf for the tests.',
    license: 'https://creativecommons.org/licenses/by-sa/4.0/',
    recipeCategory: 'Side',
    recipeYield: '1 kg',
    recipeIngredient: lines,
    recipeInstructions: [{ '@type': 'HowToStep', text: 'Mix everything and bake at 220 °C for 30 minutes.' }],
  };
  return `<!doctype html><html lang="en"><head><script type="application/ld+json">${JSON.stringify(recipe)}</script></head><body></body></html>`;
}
