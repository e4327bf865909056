/**
 * The hostile-input rules piece by piece: which URLs pass, where the alias bound sits,
 * what a pipe in place of a file does, the guard in front of Astro's MDX compiler,
 * the licence link, and the escaping of structured data.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkBinder, formatProblem } from '../../src/binder/check-binder.ts';
import { judgeUrl } from '../../src/binder/safety/url-safety.ts';
import { inspectYaml, MAX_ALIAS_NODES } from '../../src/binder/safety/yaml-safety.ts';
import { serializeJsonLd } from '../../src/domain/recipe-json-ld.ts';
import { contentSafetyGuard } from '../../src/integrations/content-safety-guard.ts';

const BINDER = path.resolve(import.meta.dirname, '../fixtures/binder');
const HOSTILE = path.resolve(import.meta.dirname, '../fixtures/hostile');
const copies: string[] = [];

afterEach(async () => {
  await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh copy of the clean fixture binder; returns the project root (content/ is inside). */
async function project(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'safety-'));
  copies.push(root);
  await cp(BINDER, path.join(root, 'content'), { recursive: true });
  return root;
}

describe('link and image destinations, written in content/recipes/', () => {
  test.each([
    ['https://example.com/food-code', undefined],
    ['mailto:chef@example.com', undefined],
    ['#step-2', undefined],
    ['../procedures/oven-care.mdx', undefined],
    ['../media/dough.jpg', undefined],
    ['javascript:alert(1)', 'unsafe-url'],
    ['JaVaScRiPt:alert(1)', 'unsafe-url'],
    ['\tjava\nscript:alert(1)', 'unsafe-url'],
    ['\u0001 javascript:alert(1)', 'unsafe-url'],
    ['java\u200bscript:alert(1)', 'unsafe-url'],
    ['vbscript:msgbox(1)', 'unsafe-url'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'unsafe-url'],
    ['ftp://example.com/x', 'unsafe-url'],
    ['file:///etc/passwd', 'path-escape'],
    ['/etc/passwd', 'path-escape'],
    ['//evil.example/x.png', 'path-escape'],
    ['\\\\server\\share\\x.png', 'path-escape'],
    ['../../etc/passwd', 'path-escape'],
    ['..\\..\\etc\\passwd', 'path-escape'],
    ['%2e%2e/%2e%2e/etc/passwd', 'path-escape'],
    ['media/../../../x', 'path-escape'],
  ])('%j → %s', (url, rule) => {
    expect(judgeUrl(url, 'recipes')?.rule).toBe(rule);
  });
});

test(`up to ${MAX_ALIAS_NODES} plain aliases pass; one more is refused on its line`, () => {
  const yaml = (count: number) => ['name: &n Bench', 'list:', ...Array.from({ length: count }, () => '  - *n')].join('\n');
  expect(inspectYaml(yaml(MAX_ALIAS_NODES), 0).findings).toEqual([]);
  expect(inspectYaml(yaml(MAX_ALIAS_NODES + 1), 0).findings).toEqual([
    { rule: 'yaml-alias', line: MAX_ALIAS_NODES + 3, message: `has more than ${MAX_ALIAS_NODES} YAML aliases (\`*n\` is number ${MAX_ALIAS_NODES + 1})` },
  ]);
});

test('a pipe in place of site.yaml is refused without being read (the check does not hang)', async () => {
  const root = await project();
  const site = path.join(root, 'content', 'site.yaml');
  await rm(site);
  expect(spawnSync('mkfifo', [site]).status).toBe(0);
  const result = await checkBinder(path.join(root, 'content'));
  expect(result.problems.map(formatProblem)).toEqual([
    'content/site.yaml:1: is not a regular file (a pipe, device or folder cannot be content) (rule: file-not-regular) — replace it with a plain text file, or delete it',
  ]);
});

test('a licence link that runs code is refused', async () => {
  const root = await project();
  const site = path.join(root, 'content', 'site.yaml');
  await writeFile(site, (await readFile(site, 'utf8')).replace('https://creativecommons.org/licenses/by-sa/4.0/', 'javascript:alert(1)'));
  const result = await checkBinder(path.join(root, 'content'));
  expect(result.problems.map(formatProblem)).toEqual(['content/site.yaml:13: license.url: is not a web address — give the https:// address of the licence text']);
});

describe('the guard in front of the MDX compiler', () => {
  async function guardOf(root: string) {
    const plugin = contentSafetyGuard({ contentDir: path.join(root, 'content'), srcDir: path.join(root, 'src'), root });
    const load = plugin.load as (id: string) => Promise<unknown>;
    return (id: string) => load.call({}, id);
  }

  test('lets a clean entry through, with or without a query', async () => {
    const root = await project();
    const load = await guardOf(root);
    expect(await load(path.join(root, 'content', 'recipes', 'dough.mdx'))).toBeNull();
    expect(await load(`${path.join(root, 'content', 'recipes', 'dough.mdx')}?astroRenderContent`)).toBeNull();
  });

  test('stops a hostile entry that arrived after start-up, naming file, line and rule', async () => {
    const root = await project();
    const load = await guardOf(root);
    const file = path.join(root, 'content', 'recipes', 'evil.mdx');
    await cp(path.join(HOSTILE, 'mdx-expression-require.mdx'), file);
    await expect(load(`${file}?astroRenderContent`)).rejects.toThrow(
      /content\/recipes\/evil\.mdx:21: has the JavaScript expression .+ \(rule: mdx-expression\) — /,
    );
  });

  test('stops an .mdx reached through a link, which resolves outside content/', async () => {
    const root = await project();
    const load = await guardOf(root);
    const outside = path.join(root, 'outside.mdx');
    await cp(path.join(root, 'content', 'recipes', 'dough.mdx'), outside);
    await symlink(outside, path.join(root, 'content', 'recipes', 'linked.mdx'));
    // Vite resolves links to the real path, so that is the id the guard sees.
    await expect(load(outside)).rejects.toThrow(/outside\.mdx:1: resolves to a file outside content\/ .+\(rule: file-outside-content\)/);
  });

  test('leaves the project’s own MDX under src/ and other modules alone', async () => {
    const root = await project();
    const load = await guardOf(root);
    expect(await load(path.join(root, 'src', 'pages', 'about.mdx'))).toBeNull();
    expect(await load(path.join(root, 'content', 'recipes', 'dough.ts'))).toBeNull();
  });
});

test('structured data cannot close its script element', () => {
  const data = { name: '</script><script>alert(1)</script>', text: 'a\u2028b\u2029c <!-- x -->' };
  const json = serializeJsonLd(data);
  expect(json).not.toMatch(/[<\u2028\u2029]/);
  expect(json).toContain('\\u003c/script>');
  expect(JSON.parse(json)).toEqual(data);
});
