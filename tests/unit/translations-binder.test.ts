/**
 * Translations on real files: the fixture binder read in Spanish, its mistakes named
 * with file, line, field and fix, `npm run translations` pinning a translation to the
 * original's words, and a fork that adds a language and rewords a step.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkBinder, formatProblem, type BinderCheck } from '../../src/binder/check-binder.ts';
import { proseFingerprint } from '../../src/domain/translation/fingerprint.ts';
import { markReviewed, newTranslation, TranslationCommandError } from '../../src/binder/translations/translation-files.ts';
import { fixtureBinderWith, FIXTURE_BINDER as FIXTURE, type Edit } from './fixture-binder.ts';

const copies: string[] = [];

afterEach(async () => {
  await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const binderWith = (files: Record<string, Edit>) => fixtureBinderWith(files, copies, 'translations-');

const check = async (files: Record<string, Edit>) => checkBinder(await binderWith(files));
const lines = (result: BinderCheck) => result.problems.map(formatProblem);
const warnings = (result: BinderCheck) => result.warnings.map(formatProblem);
const yaml = (...rows: string[]) => `${rows.join('\n')}\n`;

const SPANISH = { 'content/site.yaml': (text: string) => text.replace('locale: en-US\n', 'locale: en-US\nlanguages:\n  - es\n') };

const DOUGH_ES = yaml('---', 'title: Masa', 'summary: La base.', 'steps:', '  - text: Mezcla @flour y @water.', '---', 'Amasa bien.');

describe('a binder read in Spanish', () => {
  test('a translation is checked, laid over the entry, and flagged until reviewed; what is not translated is a warning per collection', async () => {
    const result = await check({ ...SPANISH, 'content/translations/es/recipes/dough.mdx': DOUGH_ES });
    expect(lines(result)).toEqual([]);
    const dough = result.translations.byLanguage.get('es')!.get('recipes/dough')!;
    expect(dough.data).toMatchObject({ title: 'Masa', category: 'Dough', yield: { quantity: 1, unit: 'kg' }, steps: [{ text: 'Mezcla @flour y @water.', timerMinutes: 8 }] });
    expect(dough.bodyTranslated).toBe(true);
    expect(dough.body?.trim()).toBe('Amasa bien.');
    expect(dough.summary.state).toBe('stale');
    expect(warnings(result)).toContain(
      'content/translations/es/recipes/dough.mdx:1: Español: 4 parts are out of date or never reviewed (title, summary, steps.0.text, body) — bring the translation in line with the original, then run `npm run translations -- reviewed es recipes/dough`',
    );
    expect(warnings(result)).toContain('translations/es/ingredients/:1: Español: 3 of 3 ingredients not translated; their pages show the original with a notice — translate one with `npm run translations -- new es ingredients/<slug>`');
    expect(result.translations.byLanguage.get('es')!.get('ingredients/flour')!.summary.state).toBe('missing');
  });

  test('reviewed pins every part to the original words; the check is then quiet about it, until the original changes', async () => {
    const content = await binderWith({ ...SPANISH, 'content/translations/es/recipes/dough.mdx': DOUGH_ES });
    const written = await markReviewed(await checkBinder(content), 'es', ['recipes/dough']);
    expect(written.map((file) => path.relative(content, file.file))).toEqual(['translations/es/recipes/dough.mdx']);
    const text = await readFile(path.join(content, 'translations/es/recipes/dough.mdx'), 'utf8');
    expect(text).toMatch(/ {4}sources:\n {6}text: [0-9a-f]{8}\n/);
    expect(text).toMatch(/\nsources:\n {2}title: [0-9a-f]{8}\n {2}summary: [0-9a-f]{8}\n {2}body: [0-9a-f]{8}\n/);
    const reviewed = await checkBinder(content);
    expect(reviewed.translations.byLanguage.get('es')!.get('recipes/dough')!.summary.state).toBe('partial');
    expect(warnings(reviewed).filter((warning) => warning.includes('recipes/dough.mdx'))).toEqual([
      'content/translations/es/recipes/dough.mdx:1: Español: not translated yet: category — translate them, or leave them: the page shows the original words there',
    ]);

    await writeFile(path.join(content, 'recipes/dough.mdx'), (await readFile(path.join(content, 'recipes/dough.mdx'), 'utf8')).replace('Mix @flour and @water.', 'Mix @flour and @water slowly.'));
    const moved = await checkBinder(content);
    expect(moved.problems).toEqual([]);
    expect(moved.translations.byLanguage.get('es')!.get('recipes/dough')!.prose.filter((report) => report.state === 'stale').map((report) => report.path.join('.'))).toEqual(['steps.0.text']);
  });

  test('new writes the original prose to translate in place, and refuses to replace a translation', async () => {
    const content = await binderWith(SPANISH);
    const written = await newTranslation(await checkBinder(content), 'es', 'ingredients/flour');
    expect(await readFile(written.file, 'utf8')).toBe('name: Flour\n');
    await expect(newTranslation(await checkBinder(content), 'es', 'ingredients/flour')).rejects.toThrow(/already translates ingredients\/flour into Español/);
    await expect(newTranslation(await checkBinder(content), 'fr', 'ingredients/flour')).rejects.toThrow(TranslationCommandError);
    await expect(newTranslation(await checkBinder(content), 'es', 'ingredients/nope')).rejects.toThrow(/`ingredients\/nope` is not an entry of the binder/);
  });
});

describe('mistakes in a translation are named with file, line, field and fix', () => {
  test.each([
    [
      'a language the identity does not declare',
      { 'content/translations/fr/recipes/dough.mdx': DOUGH_ES },
      'content/translations/fr:1: holds translations into `fr`, a language the binder does not declare — add `fr` to `languages` in content/site.yaml (or the layer\'s `site:`), or move the files to `es`; folder names are the language tag in lower case',
    ],
    [
      'a number in a translation',
      { 'content/translations/es/recipes/dough.mdx': yaml('---', 'title: Masa', 'steps:', '  - text: Mezcla @flour y @water.', '    timerMinutes: 9', '---') },
      expect.stringMatching(/^content\/translations\/es\/recipes\/dough\.mdx:5: steps\.0\.timerMinutes: .*timerMinutes/),
    ],
    [
      'a current translation that drops a mention',
      {
        'content/translations/es/recipes/dough.mdx': yaml('---', 'steps:', '  - text: Mezcla la harina y @water.', '    sources:', `      text: ${proseFingerprint('Mix @flour and @water.')}`, '---'),
      },
      'content/translations/es/recipes/dough.mdx:3: steps.0.text: it mentions @water where the original mentions @flour, @water — keep every number as the original writes it (in digits) and every @mention of an ingredient line',
    ],
  ])('%s', async (_name, files, expected) => {
    const result = await check({ ...SPANISH, ...files });
    expect(lines(result)).toEqual([expected]);
  });
});

test('a translation of an entry the binder does not have (upstream removed it) is a warning, never an error', async () => {
  const result = await check({ ...SPANISH, 'content/translations/es/recipes/focaccia.mdx': DOUGH_ES });
  expect(lines(result)).toEqual([]);
  expect(warnings(result)).toContain('content/translations/es/recipes/focaccia.mdx:1: translates `recipes/focaccia`, which the binder does not have (any more), so it is not shown — delete it, or name it after the entry it translates (recipes/<slug>.mdx)');
});

describe('a fork', () => {
  test('adds a language and its own translations; its own rewording makes upstream\'s translation of that step out of date there only', async () => {
    const content = await binderWith({
      ...SPANISH,
      'content/translations/es/recipes/dough.mdx': DOUGH_ES,
      'layers/brooklyn/layer.yaml': yaml('extends: content', 'site:', '  name: Brooklyn Slice', '  languages:', '    - es', '    - it'),
      'layers/brooklyn/recipes/dough.mdx': (await readFile(path.join(FIXTURE, 'recipes/dough.mdx'), 'utf8')).replace('Mix @flour and @water.', 'Mix @flour and @water by hand.'),
      'layers/brooklyn/translations/it/recipes/pizza.mdx': yaml('---', 'title: Pizza della casa', '---'),
    });
    const upstreamPinned = await markReviewed(await checkBinder(content, undefined, { upstreamOnly: true }), 'es', ['recipes/dough']);
    expect(upstreamPinned.map((file) => path.relative(path.dirname(content), file.file))).toEqual(['content/translations/es/recipes/dough.mdx']);

    const fork = await checkBinder(content);
    expect(lines(fork)).toEqual([]);
    expect(fork.translations.languages.map((language) => language.tag)).toEqual(['en-US', 'es', 'it']);
    expect(fork.translations.byLanguage.get('it')!.get('recipes/pizza')!.data).toMatchObject({ title: 'Pizza della casa' });
    const dough = fork.translations.byLanguage.get('es')!.get('recipes/dough')!;
    expect(dough.prose.filter((report) => report.state === 'stale').map((report) => report.path.join('.'))).toEqual(['steps.0.text']);

    const upstream = await checkBinder(content, undefined, { upstreamOnly: true });
    expect(upstream.translations.byLanguage.get('es')!.get('recipes/dough')!.summary.stale).toBe(0);

    // Reviewing it in the fork copies it up into the fork's own layer, never editing upstream's file.
    const copied = await markReviewed(fork, 'es', ['recipes/dough']);
    expect(copied.map((file) => [path.relative(path.dirname(content), file.file), file.created])).toEqual([['layers/brooklyn/translations/es/recipes/dough.mdx', true]]);
  });
});
