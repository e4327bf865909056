/**
 * Every built page is valid HTML, by html-validate's recommended rules and our rule for
 * `<time>` values (tests/support/html-validate-time.ts), over the files as they are
 * served: no duplicate ids, no element out of place, no `<time>` without a date, time or
 * duration, nothing after `</html>` (where a stray script once ended up).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type ConfigData, HtmlValidate, type ResolvedConfig, StaticConfigLoader } from 'html-validate';
import { TIME_VALUE_RULE, timeValuePlugin } from '../support/html-validate-time.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const DIST = path.join(PROJECT_ROOT, 'dist');
const SLUG = '[a-z0-9-]*[a-z][a-z0-9-]*'; // a slug has a letter; a page number has none
const PAGED = String.raw`(?:\d+/)?index\.html`; // a listing's first page, or its page 2, 3, …
// Every page is built once per language: at the root, and under each other language's folder (es/, it/, pt-br/).
const page = (pattern: string): RegExp => new RegExp(`^(?:[a-z]{2,3}(?:-[a-z0-9]+)?/)?${pattern}$`);

/** Every kind of page the build writes, by its path in dist/. A new kind gets a row here (and in pages.spec.ts). */
const PAGE_TYPES: Record<string, RegExp> = {
  home: page(String.raw`index\.html`),
  'recipe listing': page(`recipes/${PAGED}`),
  'procedure listing': page(`procedures/${PAGED}`),
  'setup guide listing': page(`setup/${PAGED}`),
  'ingredient listing': page(`ingredients/${PAGED}`),
  'equipment listing': page(`equipment/${PAGED}`),
  'station listing': page(`stations/${PAGED}`),
  'recipe and sub-recipe': page(String.raw`recipes/${SLUG}/index\.html`),
  'cook mode': page(String.raw`recipes/${SLUG}/cook/index\.html`),
  procedure: page(String.raw`procedures/${SLUG}/index\.html`),
  'setup guide': page(String.raw`setup/${SLUG}/index\.html`),
  ingredient: page(String.raw`ingredients/${SLUG}/index\.html`),
  equipment: page(String.raw`equipment/${SLUG}/index\.html`),
  station: page(String.raw`stations/${SLUG}/index\.html`),
  menu: page(String.raw`menu/index\.html`),
  'menu item': page(String.raw`menu/${SLUG}/index\.html`),
  'prep list': page(String.raw`prep/index\.html`),
  'referenced-by listing': page(`(?:recipes|procedures|setup|ingredients|equipment|stations)/${SLUG}/referenced-by/${PAGED}`),
  'allergen matrix': page(`allergens/${PAGED}`),
  search: page(String.raw`search/index\.html`),
  'not found': page(String.raw`404\.html`),
  credits: page(String.raw`credits/index\.html`),
  network: page(String.raw`network/index\.html`),
  'translation status': page(String.raw`translations/index\.html`),
  editor: page(String.raw`admin/index\.html`),
};

/**
 * html-validate resolves its configuration (its table of elements included) again for
 * every string it validates, which over every built page is half the time: this loader
 * resolves it once.
 */
class ResolvedOnce extends StaticConfigLoader {
  #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  override getConfigFor(handle: string, override?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (override) return super.getConfigFor(handle, override);
    return (this.#resolved ??= super.getConfigFor(handle));
  }
}

const validator = new HtmlValidate(
  new ResolvedOnce({
    extends: ['html-validate:recommended'],
    plugins: [timeValuePlugin],
    rules: { [TIME_VALUE_RULE]: 'error' },
  }),
);

let builtPages: Promise<string[]> | undefined;
/** Every HTML file in dist/, relative to it, read once per worker. */
function listBuiltPages(): Promise<string[]> {
  builtPages ??= readdir(DIST, { recursive: true })
    .catch(() => [])
    .then((files) => files.map((file) => file.split(path.sep).join('/')).filter((file) => file.endsWith('.html')).sort());
  return builtPages;
}

/** What is wrong with one built page: html-validate's messages, and anything after </html>. */
async function problemsOf(file: string): Promise<string[]> {
  const html = await readFile(path.join(DIST, file), 'utf8');
  const report = await validator.validateString(html, file);
  const problems = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column}: ${m.message} (${m.ruleId})`));
  if (!html.trimEnd().endsWith('</html>')) problems.push('something after </html>');
  return problems;
}

test('every built page is of one page type below, and every type has a page', async () => {
  const files = await listBuiltPages();
  expect(files.length, 'run npm run build first').toBeGreaterThan(0);
  const typesOf = (file: string): string[] => Object.keys(PAGE_TYPES).filter((type) => PAGE_TYPES[type]!.test(file));
  expect(files.filter((file) => typesOf(file).length !== 1).map((file) => `${file}: ${typesOf(file).join(', ') || 'no type'}`)).toEqual([]);
  expect(Object.keys(PAGE_TYPES).filter((type) => !files.some((file) => PAGE_TYPES[type]!.test(file)))).toEqual([]);
});

for (const [type, pattern] of Object.entries(PAGE_TYPES)) {
  test(`every ${type} page is valid HTML`, async () => {
    const files = (await listBuiltPages()).filter((file) => pattern.test(file));
    expect(files.length, `no ${type} page in dist/`).toBeGreaterThan(0);
    // Grouped by file, so a failure names the page.
    const invalid: Record<string, string[]> = {};
    for (const file of files) {
      const problems = await problemsOf(file);
      if (problems.length > 0) invalid[file] = problems;
    }
    expect(invalid).toEqual({});
  });
}

const documentWith = (body: string): string => `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const findings = async (html: string): Promise<Array<{ ruleId: string; message: string }>> =>
  (await validator.validateString(html, 'self-test.html')).results.flatMap((r) => r.messages.map(({ ruleId, message }) => ({ ruleId, message })));

test('the validator does find what it is here for', async () => {
  expect((await findings(documentWith('<input id="q"><input id="q"><p><div>x</div></p>'))).map((m) => m.ruleId)).toEqual(
    expect.arrayContaining(['no-dup-id', 'close-order']),
  );

  const times = await findings(documentWith('<p><time></time> <time datetime="tomorrow">tomorrow</time></p>'));
  expect(times.map((m) => m.ruleId)).toEqual([TIME_VALUE_RULE, TIME_VALUE_RULE]);
  expect(times[0]!.message).toContain('<time> without a datetime attribute must have a date, time or duration as its text, not ""');
  expect(times[1]!.message).toContain('<time datetime="tomorrow">: "tomorrow" is not a date, time or duration');

  const valid = [
    '<time datetime="PT15M">15 min</time>',
    '<time datetime="2026-11-25T11:38:27+00:00">Nov 25, 2026</time>',
    '<time datetime="2026-11-30T07:00:00.000Z">30 Nov 2026, 07:00</time>',
    '<time>2026-03-14</time>',
    '<time>4h 18m 3s</time>',
  ];
  expect(await findings(documentWith(`<p>${valid.join(' ')}</p>`))).toEqual([]);
});
