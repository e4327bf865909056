import { describe, expect, test } from 'vitest';
import { applyReorders, nestedReorders, type OrderedField } from '../../cms/field-order.ts';
import { buildCmsConfig } from '../../cms/config.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

const STEP_FIELDS: OrderedField[] = [{ name: 'text' }, { name: 'timerMinutes' }, { name: 'temperature', fields: [{ name: 'value' }, { name: 'unit' }] }, { name: 'station' }];
const RECIPE_FIELDS: OrderedField[] = [{ name: 'title' }, { name: 'steps', fields: STEP_FIELDS }, { name: 'diets', field: { name: 'diet' } }];

describe('nestedReorders', () => {
  test.each([
    ['data already in order needs no move', { title: 'A', steps: [{ text: 'x', timerMinutes: 3, station: 'oven' }] }, []],
    [
      'a filled-in optional field goes back before the ones after it',
      { title: 'A', steps: [{ text: 'x', station: 'oven', timerMinutes: 3 }] },
      [{ text: 'x', timerMinutes: 3, station: 'oven' }],
    ],
    [
      'nested objects inside list items are ordered too',
      { title: 'A', steps: [{ text: 'x', temperature: { unit: 'C', value: 250 } }] },
      [{ text: 'x', temperature: { value: 250, unit: 'C' } }],
    ],
    [
      'unknown keys stay, after the known ones',
      { title: 'A', steps: [{ station: 'oven', extra: 1, text: 'x' }] },
      [{ text: 'x', station: 'oven', extra: 1 }],
    ],
  ])('%s', (_, data, expectedSteps) => {
    const moves = nestedReorders(data, RECIPE_FIELDS);
    if (expectedSteps.length === 0) expect(moves).toEqual([]);
    else expect(JSON.stringify(applyReorders(data, moves).steps)).toBe(JSON.stringify(expectedSteps));
  });

  test('works from the generated editor config', () => {
    const site = SiteSchema.parse(parse(readFileSync(new URL('../../content/site.yaml', import.meta.url), 'utf8')));
    const recipes = buildCmsConfig(site).collections.find((c) => c.name === 'recipes')!;
    const data = { title: 'A', ingredients: [{ unit: 'g', quantity: 5, ingredient: 'salt' }] };
    const ordered = applyReorders(data, nestedReorders(data, recipes.fields as unknown as OrderedField[]));
    expect(Object.keys(ordered.ingredients[0]!)).toEqual(['ingredient', 'quantity', 'unit']);
  });
});
