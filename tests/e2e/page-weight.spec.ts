/**
 * A page's weight does not grow with the binder: the sample binder is built with 50
 * extra pizzas that all use the same dough, station, scale and flour, then with 450.
 * A recipe page must come out byte for byte the same, and the pages those pizzas
 * point at (each already showing as many links as it ever will) may differ only in
 * the digits of their counts.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { run } from '../support/processes.ts';
import { copyProject } from '../support/project-copy.ts';

const SMALL_BINDER_EXTRAS = 50;
const LARGE_BINDER_EXTRAS = 450;

/** A valid pizza that points at the entries whose pages are measured. */
function generatedPizza(n: number): string {
  return `---
title: Test pizza ${n}
summary: One of many, to weigh the pages it points at.
course: pizza
category: Pizza
stations:
  - pizza-bench
yield:
  quantity: 1
  unit: each
  portions: 1
equipment:
  - digital-scale
ingredients:
  - recipe: pizza-dough
    quantity: 1
    unit: portion
  - ingredient: flour-00
    quantity: 10
    unit: g
steps:
  - text: Dust the bench with @flour-00 and stretch @pizza-dough.
---
`;
}

/** Pages that must not change at all, and pages the extra recipes point at. */
const UNCHANGED = ['recipes/margherita/index.html', 'procedures/two-stage-cooling/index.html', 'setup/opening-timeline/index.html'];
const POINTED_AT = [
  'recipes/pizza-dough/index.html',
  'stations/pizza-bench/index.html',
  'equipment/digital-scale/index.html',
  'ingredients/flour-00/index.html',
];
/** What longer counts may add: "All 58 recipes" → "All 458 recipes", "75 recipes" → "475 recipes". */
const COUNT_DIGITS_ALLOWANCE_BYTES = 16;

async function build(project: string): Promise<void> {
  const result = await run(project, 'npm', ['run', 'build']);
  expect(result.status, result.output).toBe(0);
}

async function sizes(project: string, files: readonly string[]): Promise<Map<string, number>> {
  return new Map(await Promise.all(files.map(async (file) => [file, (await readFile(path.join(project, 'dist', file))).byteLength] as const)));
}

async function addPizzas(project: string, from: number, to: number): Promise<void> {
  for (let n = from; n <= to; n++) {
    await writeFile(path.join(project, 'content', 'recipes', `test-pizza-${String(n).padStart(3, '0')}.mdx`), generatedPizza(n));
  }
}

test(`pages weigh the same with ${SMALL_BINDER_EXTRAS} and ${LARGE_BINDER_EXTRAS} more recipes in the binder`, async () => {
  test.setTimeout(600_000);
  const project = await copyProject('page-weight');
  try {
    await addPizzas(project, 1, SMALL_BINDER_EXTRAS);
    await build(project);
    const before = await sizes(project, POINTED_AT);
    const unchanged = await Promise.all(UNCHANGED.map((file) => readFile(path.join(project, 'dist', file), 'utf8')));

    await addPizzas(project, SMALL_BINDER_EXTRAS + 1, LARGE_BINDER_EXTRAS);
    await build(project);

    for (const [i, file] of UNCHANGED.entries()) expect(await readFile(path.join(project, 'dist', file), 'utf8'), file).toBe(unchanged[i]);
    const after = await sizes(project, POINTED_AT);
    for (const file of POINTED_AT) {
      expect(after.get(file)! - before.get(file)!, `${file}: ${before.get(file)} B → ${after.get(file)} B`).toBeLessThanOrEqual(COUNT_DIGITS_ALLOWANCE_BYTES);
    }
    // Listings stop at a page of 100, whatever the binder holds.
    const listing = await readFile(path.join(project, 'dist', 'recipes', 'index.html'), 'utf8');
    expect(listing.match(/<li><a href="\/recipes\/[^"/]+\/">/g)).toHaveLength(100);
    const matrix = await readFile(path.join(project, 'dist', 'allergens', 'index.html'), 'utf8');
    expect(/<tbody>([\s\S]*?)<\/tbody>/.exec(matrix)?.[1]?.match(/<tr\b/g)).toHaveLength(100);
    // The rest is one click away: the dough's full list of users is paged too.
    const referencedBy = await readFile(path.join(project, 'dist', 'recipes', 'pizza-dough', 'referenced-by', 'index.html'), 'utf8');
    expect(referencedBy).toContain('Test pizza 1</a>');
    expect(referencedBy).toContain('Page 1 of 5'); // 450 pizzas and the 8 sample recipes, 100 a page
  } finally {
    await rm(project, { recursive: true, force: true });
  }
});
