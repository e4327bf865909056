/**
 * What `npm run import` is given, read: a web address fetched for the user (never
 * more than an import reads), files by their format, folders with every file in
 * them, and a problem for each source it cannot read, so the report covers them all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSources } from '../../src/import/import-sources.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAGE = readFileSync(path.join(ROOT, 'tests/fixtures/import/fork/garlic-bread.html'), 'utf8');

function answering(body: string, init: ResponseInit = {}): typeof fetch {
  return (async () => new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' }, ...init })) as typeof fetch;
}

describe('readSources', () => {
  test('a web address is fetched and read as the page it is, credited to that address', async () => {
    const [result] = await readSources(['https://example.com/garlic-bread'], ROOT, answering(PAGE));
    expect(result!.source).toBe('https://example.com/garlic-bread');
    expect(result!.recipes[0]!.title).toBe('Garlic bread from the pizza oven');
    expect(result!.recipes[0]!.credit?.url).toBe('https://example.com/garlic-bread');
  });

  test.each([
    ['an error status', answering('', { status: 404 }), /answered HTTP 404/],
    ['a page that says it is too big', answering('x', { headers: { 'content-length': String(6 * 1024 * 1024) } }), /is over the 5\.0 MB an import reads/],
    ['a page that turns out too big', answering('x'.repeat(5 * 1024 * 1024 + 10)), /is over the 5\.0 MB an import reads/],
    ['no connection', (async () => Promise.reject(new Error('getaddrinfo ENOTFOUND'))) as unknown as typeof fetch, /could not be fetched \(getaddrinfo ENOTFOUND\)/],
  ])('%s is a problem naming the address, with no recipe', async (_, fetchPage, message) => {
    const [result] = await readSources(['https://example.com/page'], ROOT, fetchPage);
    expect(result!.recipes).toEqual([]);
    expect(result!.problems[0]!.where).toBe('https://example.com/page');
    expect(result!.problems[0]!.message).toMatch(message);
  });

  test('a folder gives a result for each file it imports, in order', async () => {
    const results = await readSources(['tests/fixtures/import/cooklang'], ROOT);
    expect(results.map((result) => path.basename(result.source))).toEqual(['broken-front-matter.cook', 'broken-reference.cook', 'lasagne.cook', 'pizza-marinara.cook', 'tomato-sauce.cook', 'weekend-loaf.cook']);
  });

  test.each([
    ['tests/fixtures/import/missing.html', /does not exist/],
    // A .json file is read as JSON-LD: this one holds no Recipe.
    ['package.json', /has no schema\.org Recipe/],
    ['README.md', /is not a format the importer reads \(\.md\)/],
  ])('%s', async (input, message) => {
    const [result] = await readSources([input], ROOT);
    expect(result!.recipes).toEqual([]);
    expect(result!.problems.map((problem) => problem.message).join('\n')).toMatch(message);
  });
});
