/**
 * Hostile proposals: each fixture under tests/fixtures/hostile/ is dropped ALONE into a
 * copy of the clean fixture binder, and the checker must refuse it with a problem that
 * names the file, the line and the rule — and say nothing else about it, since a
 * refused file is not processed any further.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { checkBinder, formatProblem } from '../../src/binder/check-binder.ts';
import { SAFETY_RULES, UNKNOWN_FIELD_RULE } from '../../src/binder/safety/rules.ts';
import { HOSTILE_CASES, placeHostileCase, type HostileCase } from '../support/hostile-cases.ts';

const BINDER = path.resolve(import.meta.dirname, '../fixtures/binder');
const CASES = HOSTILE_CASES;
const copies: string[] = [];

afterEach(async () => {
  await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of the clean fixture binder with one hostile fixture dropped in; returns content/. */
async function binderWith(hostile: HostileCase): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'hostile-'));
  copies.push(root);
  const content = path.join(root, 'content');
  await cp(BINDER, content, { recursive: true });
  await placeHostileCase(hostile, root, content);
  return content;
}

test('control: the clean fixture binder has no problems', async () => {
  const result = await checkBinder(BINDER);
  expect(result.problems.map(formatProblem)).toEqual([]);
});

test('control: allowed inline tags, safe links and a real image pass', async () => {
  const content = await binderWith({ file: 'mdx-import-node-fs.mdx', folder: 'recipes', rule: '', line: 0 });
  await rm(path.join(content, 'recipes', 'mdx-import-node-fs.mdx'));
  await mkdir(path.join(content, 'media'));
  await writeFile(path.join(content, 'media', 'dough.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]));
  await writeFile(path.join(content, 'media', '.gitkeep'), '');
  const dough = readFileSync(path.join(BINDER, 'recipes', 'dough.mdx'), 'utf8')
    .replace('steps:\n', 'images:\n  - src: media/dough.jpg\n    alt: A ball of dough\nsteps:\n')
    .replace(
      'Knead well.\n',
      [
        'Knead well, then label the tub <abbr title="first in, first out">FIFO</abbr>.<br />',
        'Proof at 4<sup>o</sup>C; press <kbd>Start</kbd>; <small>fine print</small>, <mark>hot</mark>, H<sub>2</sub>O.',
        '',
        'See [the oven care](../procedures/oven-care.mdx), [the photo](../media/dough.jpg), [the code](https://example.com/food-code),',
        '[mail us](mailto:chef@example.com), [top](#top), and `{braces}` or `<script>` in code.',
        '',
        '![The dough](../media/dough.jpg)',
        '',
      ].join('\n'),
    );
  await writeFile(path.join(content, 'recipes', 'dough.mdx'), dough);
  const result = await checkBinder(content);
  expect(result.problems.map(formatProblem)).toEqual([]);
});

test('every hostile-input rule and the unknown-field rule have a fixture', () => {
  const covered = new Set(CASES.map((hostile) => hostile.rule));
  // file-not-regular needs a pipe or device, which git cannot store: tests/unit/safety-rules.test.ts makes one.
  const expected = [...Object.keys(SAFETY_RULES).filter((rule) => rule !== 'file-not-regular'), UNKNOWN_FIELD_RULE];
  expect(expected.filter((rule) => !covered.has(rule))).toEqual([]);
  expect(CASES.length).toBeGreaterThanOrEqual(30);
});

test.each(CASES)('$file in $folder/ is refused by $rule on line $line', async (hostile) => {
  const content = await binderWith(hostile);
  const result = await checkBinder(content);
  const file = `content/${hostile.folder}/${hostile.file}`;
  const lines = result.problems.map(formatProblem);
  const refusals = lines.filter((line) => line.startsWith(`${file}:`) && line.includes(`(rule: ${hostile.rule}) — `));
  expect(refusals, lines.join('\n')).not.toEqual([]);
  // Names the file, the line and the rule, and says how to fix it.
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  expect(refusals.some((line) => new RegExp(`^${escaped}:${hostile.line}: .+ \\(rule: ${hostile.rule}\\) — \\S.+$`).test(line)), lines.join('\n')).toBe(true);
  // Nothing but refusals: the file was not parsed against its schema or cross-checked.
  for (const line of lines) expect(line).toMatch(/ \(rule: [a-z-]+\) — /);
});
