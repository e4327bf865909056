/**
 * `npm run customise`: each way of making an upstream entry a restaurant's own writes
 * into its layer only, and every way that cannot work is refused with what to do.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { customise } from '../../src/forks/customise.ts';
import { httpsRepositoryUrl, pagesUrl } from '../../src/forks/start-fork.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/binder');
const LAYER_FILE_TEXT = '# Brooklyn: our changes live here.\nextends: content\nsite:\n  name: Brooklyn Kitchen\n';
let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'customise-'));
  await cp(FIXTURE, path.join(root, 'content'), { recursive: true });
  await mkdir(path.join(root, 'layers', 'brooklyn'), { recursive: true });
  await writeFile(path.join(root, 'layers', 'brooklyn', 'layer.yaml'), LAYER_FILE_TEXT);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const read = (file: string) => readFile(path.join(root, file), 'utf8');
const frontmatter = (text: string) => parse(text.split(/^---$/m)[1]!) as Record<string, unknown>;

describe('customise', () => {
  test('a copy holds the entry as the binder shows it, and replaces upstream’s', async () => {
    const result = await customise(root, 'recipes/pizza', 'replace');
    expect(result.file).toBe('layers/brooklyn/recipes/pizza.mdx');
    expect(frontmatter(await read(result.file))).toEqual(frontmatter(await read('content/recipes/pizza.mdx')));
    expect(await read(result.file)).toContain('Hot oven, short bake.');
    expect(result.check.problems).toEqual([]);
    expect(result.check.origins.get('recipes/pizza')).toEqual({ kind: 'replaced', layer: 'brooklyn' });
  });

  test('a patch starts empty, with its reason, and changes nothing yet', async () => {
    const result = await customise(root, 'ingredients/flour', 'patch', { reason: 'Local mill' });
    expect(result.file).toBe('layers/brooklyn/patches/ingredients/flour.yaml');
    expect(parse(await read(result.file))).toEqual({ reason: 'Local mill' });
    expect(result.check.problems).toEqual([]);
    expect(result.check.origins.get('ingredients/flour')).toEqual({ kind: 'patched', layer: 'brooklyn', reason: 'Local mill' });
  });

  test('hiding adds to layer.yaml and keeps its comments; an entry others use is then a problem that says what to do', async () => {
    const result = await customise(root, 'recipes/dough', 'hide');
    expect(result.file).toBe('layers/brooklyn/layer.yaml');
    const text = await read(result.file);
    expect(text.startsWith('# Brooklyn: our changes live here.\n')).toBe(true);
    expect(parse(text).hide).toEqual(['recipes/dough']);
    expect(result.check.hidden.get('recipes/dough')).toBe('brooklyn');
    expect(result.check.problems.map((p) => `${p.file}: ${p.message}`)).toEqual(['content/recipes/pizza.mdx: uses `recipes/dough`, which layers/brooklyn/layer.yaml hides']);
  });

  test.each([
    ['recipe/pizza', 'replace', /is not an entry/],
    ['recipes/calzone', 'replace', /`recipes\/calzone` is not in this binder/],
  ] as const)('%s (%s) is refused: %s', async (entry, mode, message) => {
    await expect(customise(root, entry, mode)).rejects.toThrow(message);
    expect(await read('layers/brooklyn/layer.yaml')).toBe(LAYER_FILE_TEXT);
  });

  test.each([
    ['replace', 'replace', /already this restaurant's own: edit layers\/brooklyn\/recipes\/pizza\.mdx/],
    ['replace', 'patch', /already this restaurant's own/],
    ['patch', 'replace', /already has a patch: edit layers\/brooklyn\/patches\/recipes\/pizza\.yaml, or fold it into a copy/],
    ['patch', 'hide', /already has a patch: .* delete the patch first/],
    ['hide', 'replace', /hidden by layers\/brooklyn\/layer\.yaml — remove it from `hide:`/],
  ] as const)('after %s, %s is refused with what to do instead', async (first, second, message) => {
    await customise(root, 'recipes/pizza', first);
    await expect(customise(root, 'recipes/pizza', second)).rejects.toThrow(message);
  });

  test('a binder with no layer of its own is told to fork first', async () => {
    await rm(path.join(root, 'layers'), { recursive: true });
    await expect(customise(root, 'recipes/pizza', 'replace')).rejects.toThrow(/no layer of its own, so there is nowhere to customise into — start one with `npm run fork`/);
  });
});

describe('fork addresses', () => {
  test.each([
    ['git@github.com:brooklyn/binder.git', 'https://github.com/brooklyn/binder'],
    ['https://github.com/brooklyn/binder.git', 'https://github.com/brooklyn/binder'],
    ['ssh://git@github.com/brooklyn/binder', 'https://github.com/brooklyn/binder'],
    ['/srv/git/binder', undefined],
  ])('the repository of remote %s is %s', (remote, expected) => {
    expect(httpsRepositoryUrl(remote)).toBe(expected);
  });

  test.each([
    ['https://github.com/brooklyn/binder', 'https://brooklyn.github.io/binder'],
    ['https://github.com/Brooklyn/brooklyn.github.io', 'https://brooklyn.github.io'],
    ['https://gitlab.com/brooklyn/binder', undefined],
  ])('GitHub Pages publishes %s at %s', (repository, expected) => {
    expect(pagesUrl(repository)).toBe(expected);
  });
});
