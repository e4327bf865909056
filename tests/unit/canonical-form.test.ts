/**
 * The canonical form is what Decap CMS writes: these tests pin its output on tricky
 * values, prove that it is stable (formatting twice changes nothing), that every sample
 * file means the same after formatting (to our parser, to Astro's, and in the rendered
 * notes), and that editing one quantity changes exactly one line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { beforeAll, describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { astroReading } from '../../src/binder/astro-reading.ts';
import { loadCanonicalForm, type CanonicalForm, type EntryData, type EntryFormat } from '../../src/binder/canonical-form.ts';
import { firstBodyDifference } from '../../src/binder/same-meaning.ts';
import { parseMdxFile, parseYamlFile } from '../../src/binder/source-file.ts';
import type { SchemaNode } from '../../src/domain/references.ts';
import { BINDER_COLLECTIONS, SITE_FILE } from '../../src/schemas/collections.ts';
import { collectionJsonSchema } from '../../src/schemas/json-schema.ts';
import { COLLECTION_NAMES } from '../../src/schemas/reference.ts';
import { SiteSchema } from '../../src/schemas/site.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

interface SampleFile {
  readonly file: string;
  readonly format: EntryFormat;
  readonly schema: SchemaNode;
}

const SAMPLE_FILES: SampleFile[] = [
  ...COLLECTION_NAMES.flatMap((collection) => {
    const { directory, format } = BINDER_COLLECTIONS[collection];
    return readdirSync(path.join(CONTENT, directory))
      .sort()
      .map((name) => ({ file: `${directory}/${name}`, format, schema: collectionJsonSchema(collection) }));
  }),
  { file: SITE_FILE, format: 'yaml', schema: z.toJSONSchema(SiteSchema, { io: 'input' }) as SchemaNode },
];

let canonicalForm: CanonicalForm;
beforeAll(async () => {
  // The first run in a fresh clone bundles Decap's serialisers (a second or two).
  canonicalForm = await loadCanonicalForm();
}, 120_000);

const read = (file: string) => readFileSync(path.join(CONTENT, file), 'utf8');
const parse = (format: EntryFormat, text: string) => (format === 'mdx' ? parseMdxFile('entry', text) : parseYamlFile('entry', text));

/** Every text in a markdown body, block by block, as MDX reads it. */
function textOf(markdown: string): string[] {
  const blocks: string[] = [];
  const collect = (node: { type: string; value?: string; children?: unknown[] }, into: string[]) => {
    if (typeof node.value === 'string') into.push(node.value);
    for (const child of (node.children ?? []) as Array<typeof node>) collect(child, into);
  };
  const tree = mdxToMdast(markdown, { features: { gfm: true } }) as unknown as { children: Array<{ type: string }> };
  for (const block of tree.children) {
    const texts: string[] = [];
    collect(block, texts);
    blocks.push(`${block.type}: ${texts.join('')}`);
  }
  return blocks;
}

/**
 * js-yaml reads a bare `2026-10-19` as a Date where our parser and Decap's keep the
 * string; the day is the same, and the schemas' day fields (src/schemas/money.ts) are
 * read through our parser. Any other difference still fails.
 */
function sameDays(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().endsWith('T00:00:00.000Z') ? value.toISOString().slice(0, 10) : value;
  if (Array.isArray(value)) return value.map(sameDays);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, sameDays(item)]));
  return value;
}

test('the sample binder has files of both formats and the site file', () => {
  expect(SAMPLE_FILES.filter((f) => f.format === 'mdx').length).toBe(46);
  expect(SAMPLE_FILES.filter((f) => f.format === 'yaml').length).toBe(98);
});

describe.each(SAMPLE_FILES)('$file', ({ file, format, schema }) => {
  test('formatting is idempotent', () => {
    const once = canonicalForm.of(format, read(file), schema);
    expect(canonicalForm.of(format, once, schema)).toBe(once);
  });

  test('the canonical text holds the same data, for our parser and for Astro', () => {
    const original = read(file);
    const canonical = canonicalForm.of(format, original, schema);
    const before = parse(format, original);
    const after = parse(format, canonical);
    expect(after.syntaxErrors).toEqual([]);
    expect(after.data).toEqual(before.data);
    expect(astroReading(format, canonical)).toEqual(astroReading(format, original));
    expect(sameDays(astroReading(format, canonical))).toEqual(before.data);
  });
});

describe.each(SAMPLE_FILES.filter((f) => f.format === 'mdx'))('$file', ({ file, schema }) => {
  test('the notes render the same text', () => {
    const original = read(file);
    const before = parseMdxFile(file, original).body;
    const after = parseMdxFile(file, canonicalForm.of('mdx', original, schema)).body;
    expect(textOf(after)).toEqual(textOf(before));
    expect(textOf(before).length).toBeGreaterThan(0);
    expect(firstBodyDifference(before, after)).toBeUndefined();
  });
});

describe('tricky values are written as Decap writes them and read back unchanged', () => {
  const schema: SchemaNode = { type: 'object', properties: { name: { type: 'string' }, value: {} } };
  const long = 'Wash hands the right way at the right times — warm water, soap, a full 20-second scrub and paper towels — to keep germs out.';
  test.each<[string, unknown, string]>([
    ['colon-space', 'a: b', '"a: b"'],
    ['leading @ (an ingredient mention)', '@flour-00 first', '"@flour-00 first"'],
    ['leading #', '#9a3412', '"#9a3412"'],
    ['space-hash (a comment otherwise)', 'salt # to taste', '"salt # to taste"'],
    ['apostrophe', "it's", "it's"],
    ['inner double quotes', 'say "hi"', 'say "hi"'],
    ['wrapped in double quotes', '"quoted"', `'"quoted"'`],
    ['wrapped in single quotes', "'single'", `"'single'"`],
    ['yes (a string in YAML 1.2)', 'yes', 'yes'],
    ['No', 'No', 'No'],
    ['on', 'on', 'on'],
    ['a number as a string', '123', '"123"'],
    ['a decimal as a string', '0.5', '"0.5"'],
    ['true as a string', 'true', '"true"'],
    ['null as a string', 'null', '"null"'],
    ['empty text', '', '""'],
    ['leading space', ' leading', '" leading"'],
    ['leading dash', '- dash', '"- dash"'],
    ['unicode °C and →', '4–6 °C → 23 °C', '4–6 °C → 23 °C'],
    ['empty list', [], '[]'],
    ['multi-line text', 'line one\nline two', '|-\n  line one\n  line two'],
    ['multi-line text ending in a newline', 'ends here\n', '|\n  ends here'],
    ['long text (folded at 80 columns)', long, 'Wash hands the right way at the right times — warm water, soap, a full\n  20-second scrub and paper towels — to keep germs out.'],
    ['a decimal', 2.5, '2.5'],
    ['an integer', 1500, '1500'],
    ['a boolean', true, 'true'],
  ])('%s', (_name, value, written) => {
    const text = canonicalForm.yamlText({ name: 'x', value }, schema);
    expect(text).toBe(`name: x\nvalue: ${written}\n`);
    expect(parseYamlFile('entry.yaml', text).data).toEqual({ name: 'x', value });
    expect(astroReading('yaml', text)).toEqual({ name: 'x', value });
    expect(canonicalForm.of('yaml', text, schema)).toBe(text);
  });

  test.each([
    ['a bare date', '2024-01-01'],
    ['a binary number', '0b101'],
  ])('%s is written without quotes, so Astro reads it differently (the formatter refuses these)', (_name, value) => {
    const text = canonicalForm.yamlText({ name: 'x', value }, schema);
    expect(text).toBe(`name: x\nvalue: ${value}\n`);
    expect(parseYamlFile('entry.yaml', text).data).toEqual({ name: 'x', value });
    expect(astroReading('yaml', text)).not.toEqual({ name: 'x', value });
  });
});

describe('key order', () => {
  const recipe = collectionJsonSchema('recipes');

  test('top-level and nested keys follow the schema, whatever order the file had', () => {
    const data: EntryData = {
      steps: [{ timerMinutes: 3, text: 'Mix.', temperature: { unit: 'C', value: 4 } }],
      title: 'Dough',
      yield: { unit: 'kg', quantity: 2.5 },
    };
    expect(canonicalForm.mdxText(data, undefined, recipe)).toBe(
      ['---', 'title: Dough', 'yield:', '  quantity: 2.5', '  unit: kg', 'steps:', '  - text: Mix.', '    timerMinutes: 3', '    temperature:', '      value: 4', '      unit: C', '---', ''].join('\n'),
    );
  });

  test('keys the schema does not name stay, after the named ones', () => {
    expect(canonicalForm.yamlText({ zeta: 1, name: 'Oven', alpha: 2 }, collectionJsonSchema('stations'))).toBe('name: Oven\nzeta: 1\nalpha: 2\n');
  });
});

describe('the body is rewritten by the markdown widget', () => {
  test.each([
    ['dash bullets become asterisks', '- one\n- two\n', '* one\n* two'],
    ['trailing blank lines go', 'Text.\n\n\n', 'Text.'],
    ['underscore emphasis becomes asterisks', 'Some _em_ and __strong__.', 'Some *em* and **strong**.'],
    ['a --- rule becomes - - -', 'A\n\n---\n\nB', 'A\n\n- - -\n\nB'],
  ])('%s', (_name, body, written) => {
    expect(canonicalForm.markdown(body)).toBe(written);
  });

  test('an MDX file: frontmatter, then the body right after the closing ---, then one newline', () => {
    const schema = collectionJsonSchema('procedures');
    expect(canonicalForm.of('mdx', '---\nsummary: S\ntitle: T\n---\n\n## Notes\n\n- a\n\n', schema)).toBe('---\ntitle: T\nsummary: S\n---\n## Notes\n\n* a\n');
  });
});

describe('one changed field is a one-line diff', () => {
  test('an ingredient quantity in a recipe', () => {
    const schema = collectionJsonSchema('recipes');
    const canonical = canonicalForm.of('mdx', read('recipes/pizza-dough.mdx'), schema);
    const { data, body } = parseMdxFile('pizza-dough.mdx', canonical);
    const edited = structuredClone(data) as { ingredients: Array<{ quantity: number }> };
    expect(edited.ingredients[0]!.quantity).toBe(1500);
    edited.ingredients[0]!.quantity = 1600;

    const before = canonical.split('\n');
    const after = canonicalForm.mdxText(edited as unknown as EntryData, body, schema).split('\n');
    expect(after.length).toBe(before.length);
    const changed = before.flatMap((line, index) => (line === after[index] ? [] : [[line, after[index]]]));
    expect(changed).toEqual([['    quantity: 1500', '    quantity: 1600']]);
  });

  test('the density of an ingredient', () => {
    const schema = collectionJsonSchema('ingredients');
    const canonical = canonicalForm.of('yaml', read('ingredients/flour-00.yaml'), schema);
    const data = structuredClone(parseYamlFile('flour-00.yaml', canonical).data) as { density: number };
    data.density = 0.6;
    const before = canonical.split('\n');
    const after = canonicalForm.yamlText(data as unknown as EntryData, schema).split('\n');
    expect(after.length).toBe(before.length);
    expect(before.flatMap((line, index) => (line === after[index] ? [] : [[line, after[index]]]))).toEqual([['density: 0.55', 'density: 0.6']]);
  });
});
