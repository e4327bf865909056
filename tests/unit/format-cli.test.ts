/**
 * `npm run format` and the canonical-form part of `npm run check` on a small binder
 * with one file of each kind: already canonical, out of order, not YAML at all, and
 * one whose rewrite would change what the site reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { canonicalFormProblems, inspectCanonicalForm } from '../../src/binder/canonical-files.ts';
import { formatProblem } from '../../src/binder/check-binder.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

const FILES: Record<string, string> = {
  'stations/canonical.yaml': 'name: Oven\norder: 3\n',
  'stations/out-of-order.yaml': 'order: 2\nname: Pizza bench\n',
  'stations/broken.yaml': 'name: [Dish pit\norder: 7\n',
  'stations/bare-date.yaml': 'name: "2024-01-01"\norder: 1\n',
  'procedures/notes.mdx': '---\nsummary: Wash.\ntitle: Handwashing\n---\n\n## Why\n\n- soap\n- water\n',
};

let root: string;
let content: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'binder-format-'));
  content = path.join(root, 'content');
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(content, file)), { recursive: true });
    await writeFile(path.join(content, file), text);
  }
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function format(...args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'src/cli/format.ts'), '--content', 'content', ...args], { cwd: root, encoding: 'utf8' });
}

const readContent = (file: string) => readFile(path.join(content, file), 'utf8');

test('--check lists what is not canonical, reports what cannot be formatted, and writes nothing', async () => {
  const run = format('--check');
  expect(run.status).toBe(1);
  expect(run.stderr.split('\n').filter(Boolean)).toEqual([
    'content/stations/bare-date.yaml:1: name: would read differently on the site once the editor saves it (the editor writes it without quotes) — reword the value so it is not a bare date or number, e.g. add a word, then run npm run format',
    expect.stringMatching(/^content\/stations\/broken\.yaml:\d+: is not valid YAML: .* — /),
    "content/procedures/notes.mdx:2: is not in the editor's canonical form (the editor writes `title: Handwashing` here) — run npm run format",
    "content/stations/out-of-order.yaml:1: is not in the editor's canonical form (the editor writes `name: Pizza bench` here) — run npm run format",
    '✗ 2 of 5 files not in canonical form; 2 files left as they are (see above)',
  ]);
  for (const [file, text] of Object.entries(FILES)) expect(await readContent(file)).toBe(text);
});

test('format rewrites only the files that need it, atomically, and leaves the rest alone', async () => {
  const untouched = (await stat(path.join(content, 'stations/canonical.yaml'))).mtimeMs;
  const run = format();
  expect(run.stdout).toBe('formatted content/procedures/notes.mdx\nformatted content/stations/out-of-order.yaml\nformatted 2 of 5 files; 2 files left as they are (see above)\n');
  expect(run.status).toBe(1);

  expect(await readContent('stations/out-of-order.yaml')).toBe('name: Pizza bench\norder: 2\n');
  expect(await readContent('procedures/notes.mdx')).toBe('---\ntitle: Handwashing\nsummary: Wash.\n---\n## Why\n\n* soap\n* water\n');
  expect(await readContent('stations/broken.yaml')).toBe(FILES['stations/broken.yaml']);
  expect(await readContent('stations/bare-date.yaml')).toBe(FILES['stations/bare-date.yaml']);
  expect((await stat(path.join(content, 'stations/canonical.yaml'))).mtimeMs).toBe(untouched);
  expect((await readdir(path.join(content, 'stations'))).sort()).toEqual(['bare-date.yaml', 'broken.yaml', 'canonical.yaml', 'out-of-order.yaml']);

  expect(format().stdout).toContain('formatted 0 of 5 files');
});

test('the check reports non-canonical and unsafe files, but leaves syntax errors to the checker', async () => {
  const problems = (await canonicalFormProblems(content, root)).map(formatProblem);
  expect(problems).toEqual([
    "content/procedures/notes.mdx:2: is not in the editor's canonical form (the editor writes `title: Handwashing` here) — run npm run format",
    expect.stringMatching(/^content\/stations\/bare-date\.yaml:1: name: would read differently on the site/),
    "content/stations/out-of-order.yaml:1: is not in the editor's canonical form (the editor writes `name: Pizza bench` here) — run npm run format",
  ]);
  const verdicts = await inspectCanonicalForm(content, root);
  expect(verdicts.map((verdict) => [verdict.file, verdict.status])).toEqual([
    ['content/procedures/notes.mdx', 'reformat'],
    ['content/stations/bare-date.yaml', 'unsafe'],
    ['content/stations/broken.yaml', 'unreadable'],
    ['content/stations/canonical.yaml', 'canonical'],
    ['content/stations/out-of-order.yaml', 'reformat'],
  ]);
});

test('a rewrite of the notes that would render differently is refused, at its line', async () => {
  await writeFile(path.join(content, 'procedures/stars.mdx'), '---\ntitle: Ratios\n---\n\n## Mix\n\nFlour * water * salt, by weight.\n');
  const verdicts = await inspectCanonicalForm(content, root);
  const stars = verdicts.find((verdict) => verdict.file === 'content/procedures/stars.mdx');
  expect(stars?.status === 'unsafe' && stars.problems.map(formatProblem)).toEqual([
    'content/procedures/stars.mdx:7: would render differently once the editor rewrites the notes — use plain markdown here (headings, paragraphs, lists, bold, links), then run npm run format',
  ]);
});
