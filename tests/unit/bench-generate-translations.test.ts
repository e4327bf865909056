/**
 * The generator's translations (`npm run bench:generate -- --languages n`): each
 * language gets a translation of every entry, every prose field and body translated,
 * keeping every mention and number (the checker's guards find nothing), pinned to the
 * original as the binder shows it, identical for the same seed; and the English binder
 * is the same whatever the languages. On disk, `npm run check` finds no problem and
 * no translation warning. Never timed: the bench measures times.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { binderFiles } from '../../src/bench/generate/binder-files.ts';
import { generateBinder } from '../../src/bench/generate/generate-binder.ts';
import { BENCH_LANGUAGES, benchLanguages, MAX_LANGUAGES, pseudoTranslate } from '../../src/bench/generate/translations.ts';
import { checkBinderWithForm } from '../../src/binder/binder-check-with-form.ts';
import type { BinderCheck } from '../../src/binder/check-binder.ts';
import { loadCanonicalForm } from '../../src/binder/canonical-form.ts';
import { localizeEntry, localizeText } from '../../src/domain/translation/localize-entry.ts';
import { disagreements, mentionsIn, numbersIn } from '../../src/domain/translation/prose-guards.ts';
import { BINDER_COLLECTIONS } from '../../src/schemas/collections.ts';
import { BODY_FIELD, collectionProseShape, translationSchemaOf } from '../../src/schemas/translation.ts';

describe('the pseudo-translation of a text', () => {
  const step = 'Fold in @flour-00, @water and 2.5 g of @fine-sea-salt (1,500 ml, 23–25 °C) until Smooth; NSF/ANSI listed.';

  test('keeps every mention and number, and changes the words', () => {
    for (const language of BENCH_LANGUAGES) {
      const translated = pseudoTranslate(step, language);
      expect(disagreements(step, translated)).toEqual([]);
      expect(mentionsIn(translated)).toEqual(['fine-sea-salt', 'flour-00', 'water']);
      expect(numbersIn(translated)).toEqual(numbersIn(step));
      expect(translated).not.toContain('Fold');
      expect(translated).toContain('NSF/ANSI');
      expect(translated).toHaveLength(step.length);
    }
  });

  test('is the same every time, a word the same wherever it is, and differs by language', () => {
    expect(pseudoTranslate(step, 'es')).toBe(pseudoTranslate(step, 'es'));
    expect(pseudoTranslate('salt', 'es')).toBe(pseudoTranslate('Salt', 'es').toLowerCase());
    expect(pseudoTranslate(step, 'es')).not.toBe(pseudoTranslate(step, 'it'));
  });

  test('keeps Markdown as it is', () => {
    const body = '## Why it works\n\n* **Skipping the scale.** Eyeballed portions drift by a fifth.';
    const translated = pseudoTranslate(body, 'fr');
    expect(translated).toMatch(/^## \S+ \S+ \S+\n\n\* \*\*\S+ \S+ \S+\.\*\* /);
  });
});

describe('the languages', () => {
  test('are taken in order, and refused beyond the list', () => {
    expect(benchLanguages(0)).toEqual([]);
    expect(benchLanguages(3)).toEqual(['es', 'it', 'fr']);
    expect(() => benchLanguages(MAX_LANGUAGES + 1)).toThrow(RangeError);
    expect(() => benchLanguages(1.5)).toThrow(RangeError);
  });
});

describe('a generated binder of 300 entries in 3 languages', () => {
  const binder = generateBinder({ entries: 300, seed: 'languages', languages: 2 });

  test('declares the languages and leaves the English binder as it is without them', () => {
    expect(binder.site['languages']).toEqual(['es', 'it']);
    const english = generateBinder({ entries: 300, seed: 'languages' });
    expect(JSON.stringify(binder.entries)).toBe(JSON.stringify(english.entries));
    expect(JSON.stringify(binder.layer)).toBe(JSON.stringify(english.layer));
    expect(english.site['languages']).toBeUndefined();
    expect(english.translations).toEqual({ content: [], layer: [] });
  });

  test('is the same for the same seed', () => {
    expect(JSON.stringify(generateBinder({ entries: 300, seed: 'languages', languages: 2 }))).toBe(JSON.stringify(binder));
  });

  test('translates every entry into each language, every file passing the translation schema', () => {
    for (const language of ['es', 'it']) {
      const keys = binder.translations.content.filter((t) => t.language === language).map((t) => `${t.collection}/${t.id}`);
      expect(keys.sort()).toEqual(binder.entries.map((e) => `${e.collection}/${e.id}`).sort());
    }
    for (const translation of [...binder.translations.content, ...binder.translations.layer]) {
      const result = translationSchemaOf(translation.collection).safeParse(translation.data);
      expect(result.success ? [] : [`${translation.language}/${translation.collection}/${translation.id}`, result.error.issues]).toEqual([]);
    }
  });

  test('every piece of prose is translated, current, and agrees with the original on numbers and mentions', () => {
    const originals = new Map(binder.entries.map((e) => [`${e.collection}/${e.id}`, e]));
    let steps = 0;
    for (const translation of binder.translations.content) {
      const original = originals.get(`${translation.collection}/${translation.id}`)!;
      const localized = localizeEntry(collectionProseShape(translation.collection), original.data, translation.data);
      expect(localized.issues).toEqual([]);
      expect(localized.prose.filter((report) => report.state !== 'current')).toEqual([]);
      if (BINDER_COLLECTIONS[translation.collection].format === 'mdx') {
        const body = localizeText(original.body!, translation.body, (translation.data['sources'] as Record<string, string>)[BODY_FIELD], [BODY_FIELD], [BODY_FIELD]);
        expect(body.report.state).toBe('current');
        expect(body.text).toBe(translation.body);
      }
      for (const [index, step] of ((original.data['steps'] ?? []) as Array<{ text: string }>).entries()) {
        const translated = (translation.data['steps'] as Array<{ text: string }>)[index]!.text;
        expect(translated).not.toBe(step.text);
        expect(disagreements(step.text, translated)).toEqual([]);
        steps++;
      }
    }
    expect(steps).toBeGreaterThan(500);
  });
});

describe('on disk', () => {
  let dir: string;
  let check: BinderCheck;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bench-generate-languages-'));
    const files = binderFiles(generateBinder({ entries: 100, seed: 'check', languages: 2 }), await loadCanonicalForm());
    for (const file of files) {
      await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
      await writeFile(path.join(dir, file.path), file.text);
    }
    check = await checkBinderWithForm(path.join(dir, 'content'), dir);
  }, 60_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('npm run check finds no problem and no translation missing or out of date, the layer’s changes included', () => {
    expect(check.problems).toEqual([]);
    expect(check.warnings).toEqual([]);
    expect(check.translations.fileCount).toBeGreaterThanOrEqual(200);
    for (const language of ['es', 'it']) {
      const records = [...check.translations.byLanguage.get(language)!.values()];
      expect(records.length).toBeGreaterThanOrEqual(100);
      expect(records.filter((record) => record.summary.state !== 'translated').map((record) => `${record.collection}/${record.id}`)).toEqual([]);
      expect(records.filter((record) => record.body !== undefined && !record.bodyTranslated)).toEqual([]);
    }
  });

  test('the layer carries its own translations of what it replaces, adds and patches', () => {
    const layered = [...check.translations.byLanguage.get('es')!.values()].filter((record) => record.file?.startsWith('layers/'));
    expect(layered.length).toBeGreaterThanOrEqual(3);
  });
});

describe('npm run bench:generate -- --languages', () => {
  const GENERATE = path.resolve(import.meta.dirname, '../../src/bench/generate.ts');
  const run = (...args: string[]) => spawnSync(process.execPath, [GENERATE, ...args], { encoding: 'utf8' });

  test('writes the translations of each language beside the entries', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'bench-generate-languages-cli-'));
    try {
      const result = run('--entries', '40', '--languages', '2', '--out', out, '--force');
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/translated into es, it \(\d+ translations\)/);
      expect((await readdir(path.join(out, 'content/translations'))).sort()).toEqual(['es', 'it']);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);

  test.each(['13', 'es', '1.5'])('refuses --languages %s, saying what to type', (value) => {
    const result = run('--entries', '40', '--languages', value, '--out', path.join(tmpdir(), 'never-written'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is not a whole number from 0 to 12 .* like --languages 2/);
  });
});
