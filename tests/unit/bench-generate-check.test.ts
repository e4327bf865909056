/**
 * A generated binder passes `npm run check` as written: every schema, every rule
 * that spans entries (allergens, units, mentions, sub-recipes, food safety), the
 * hostile-input rules, the editor's canonical form, and its layer stacks cleanly.
 * Also: the CLI refuses to write where it must not.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { binderFiles } from '../../src/bench/generate/binder-files.ts';
import { generateBinder } from '../../src/bench/generate/generate-binder.ts';
import { checkBinderWithForm } from '../../src/binder/binder-check-with-form.ts';
import type { BinderCheck } from '../../src/binder/check-binder.ts';
import { loadCanonicalForm } from '../../src/binder/canonical-form.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
const GENERATE = path.join(PROJECT_ROOT, 'src/bench/generate.ts');
let dir: string;
let check: BinderCheck;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bench-generate-'));
  const files = binderFiles(generateBinder({ entries: 100, seed: 'check' }), await loadCanonicalForm());
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
    await writeFile(path.join(dir, file.path), file.text);
  }
  check = await checkBinderWithForm(path.join(dir, 'content'), dir);
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a generated binder of 100 entries', () => {
  test('has no problems at all', () => {
    expect(check.problems).toEqual([]);
    expect(check.fileCount).toBeGreaterThan(100);
  });

  test('its layer hides, replaces, patches and adds entries', () => {
    const kinds = new Set([...check.origins.values()].map((origin) => origin.kind));
    expect([...kinds].sort()).toEqual(['added', 'patched', 'replaced', 'upstream']);
    expect(check.hidden.size).toBeGreaterThanOrEqual(1);
  });

  test('has sub-recipes and critical limits for the site to show', () => {
    const recipes = [...check.entries.recipes.values()];
    expect(recipes.some((recipe) => recipe.ingredients.some((line) => line.recipe !== undefined))).toBe(true);
    expect([...check.entries.procedures.values()].some((procedure) => procedure.steps.some((step) => step.criticalLimit))).toBe(true);
  });
});

describe('the command', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [GENERATE, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

  test('refuses to write inside content/', () => {
    const result = run('--entries', '100', '--out', 'content/generated');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/inside the project's content\//);
  });

  test('refuses a folder that is not empty, and --force only replaces an earlier output', async () => {
    const other = await mkdtemp(path.join(tmpdir(), 'bench-generate-other-'));
    await writeFile(path.join(other, 'notes.txt'), 'keep me');
    try {
      const plain = run('--entries', '100', '--out', other);
      expect(plain.status).toBe(2);
      expect(plain.stderr).toMatch(/exists and is not empty/);
      const forced = run('--entries', '100', '--out', other, '--force');
      expect(forced.status).toBe(2);
      expect(forced.stderr).toMatch(/holds more than a generated binder/);
      expect(await readFile(path.join(other, 'notes.txt'), 'utf8')).toBe('keep me');
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  test('writes the same bytes twice for the same seed', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'bench-generate-cli-'));
    try {
      expect(run('--entries', '40', '--seed', '3', '--out', out, '--force').status).toBe(0);
      const first = await treeText(out);
      expect(run('--entries', '40', '--seed', '3', '--out', out, '--force').status).toBe(0);
      const second = await treeText(out);
      expect(Object.keys(first).length).toBeGreaterThan(40);
      expect(second).toEqual(first);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});

/** Every file under `root`, by relative path, with its text. */
async function treeText(root: string): Promise<Record<string, string>> {
  const names = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const texts = await Promise.all(names.map(async (entry) => [path.relative(root, path.join(entry.parentPath, entry.name)), await readFile(path.join(entry.parentPath, entry.name), 'utf8')] as const));
  return Object.fromEntries(texts.sort(([a], [b]) => a.localeCompare(b)));
}
