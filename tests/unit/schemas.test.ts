/**
 * Every schema accepts a good entry and refuses bad ones with a message that says
 * what is wrong and how to fix it. Each bad case asserts its exact message.
 */
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { explainIssues } from '../../src/binder/zod-issues.ts';
import { EquipmentSchema } from '../../src/schemas/equipment.ts';
import { IngredientSchema } from '../../src/schemas/ingredient.ts';
import { ProcedureSchema } from '../../src/schemas/procedure.ts';
import { RecipeSchema } from '../../src/schemas/recipe.ts';
import { SetupGuideSchema } from '../../src/schemas/setup-guide.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { StationSchema } from '../../src/schemas/station.ts';
import { ingredient, procedure, recipe, site as siteIdentity } from './builders.ts';

function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return explainIssues(result.error.issues, data, z.toJSONSchema(schema, { io: 'input' }) as never).map(
    (issue) => `${issue.path.join('.')}: ${issue.message} — ${issue.fix}`,
  );
}

const site = siteIdentity();

describe('good entries pass', () => {
  test.each([
    ['recipe', RecipeSchema, recipe()],
    ['ingredient', IngredientSchema, ingredient()],
    ['procedure', ProcedureSchema, procedure()],
    ['setup guide', SetupGuideSchema, { title: 'Layout', summary: 'Where things go.', topic: 'site-and-layout', order: 1 }],
    ['equipment', EquipmentSchema, { name: 'Oven', category: 'cooking', capacity: { quantity: 6, unit: 'each' } }],
    ['station', StationSchema, { name: 'Oven', summary: 'Bakes.', order: 3, equipment: ['deck-oven'] }],
    ['site', SiteSchema, site],
  ] as const)('%s', (_name, schema, data) => {
    expect(problems(schema, data)).toEqual([]);
  });
});

describe('bad entries are refused with a fix', () => {
  test.each([
    {
      name: 'a missing required field',
      schema: RecipeSchema,
      data: { ...recipe(), summary: undefined },
      expected: ['summary: is missing — add `summary:` with some text'],
    },
    {
      name: 'an unknown field, with a guess at the intended one',
      schema: RecipeSchema,
      data: { ...recipe(), sumary: 'typo' },
      expected: ['sumary: `sumary` is not a field here (rule: unknown-field) — did you mean `summary`? Otherwise remove it'],
    },
    {
      name: 'a value outside an enumeration, with a guess',
      schema: RecipeSchema,
      data: recipe({ course: 'mains' as never }),
      expected: [
        'course: `mains` is not one of the allowed values — did you mean `main`? The values are `breakfast`, `starter`, `main`, `pizza`, `salad`, `side`, `dessert`, `drink` or `component`',
      ],
    },
    {
      name: 'a unit that is not in the unit table',
      schema: RecipeSchema,
      data: recipe({ ingredients: [{ ingredient: 'flour', quantity: 2, unit: 'cups' as never }] }),
      expected: [expect.stringMatching(/^ingredients\.0\.unit: `cups` is not one of the allowed values — did you mean `cup`\?/)],
    },
    {
      name: 'a number written as text',
      schema: RecipeSchema,
      data: recipe({ prepMinutes: '20 min' as never }),
      expected: ['prepMinutes: is the text "20 min", not a number — write a number without units or quotes, like `250`'],
    },
    {
      name: 'a line that names nothing',
      schema: RecipeSchema,
      data: recipe({ ingredients: [{ quantity: 1, unit: 'kg' }] }),
      expected: ['ingredients.0.ingredient: names nothing — give `ingredient: <slug>` or `recipe: <slug>`'],
    },
    {
      name: 'a line that names an ingredient and a recipe',
      schema: RecipeSchema,
      data: recipe({ ingredients: [{ ingredient: 'flour', recipe: 'dough' }] }),
      expected: ['ingredients.0.recipe: names both an ingredient and a recipe — keep one of them on this line'],
    },
    {
      name: 'a quantity without a unit',
      schema: RecipeSchema,
      data: recipe({ ingredients: [{ ingredient: 'flour', quantity: 500 }] }),
      expected: ['ingredients.0.unit: has a quantity but no unit — add `unit:` (g, ml, each…), or remove `quantity` for "to taste"'],
    },
    {
      name: 'a zero quantity',
      schema: RecipeSchema,
      data: recipe({ ingredients: [{ ingredient: 'flour', quantity: 0, unit: 'g' }] }),
      expected: ['ingredients.0.quantity: must be more than zero — leave quantity and unit out for "to taste"'],
    },
    {
      name: 'a batch measured in portions',
      schema: RecipeSchema,
      data: recipe({ yield: { quantity: 4, unit: 'portion' as never } }),
      expected: ['yield.unit: must be a mass, volume or count unit — `portion` is what `portions` counts'],
    },
    {
      name: 'a reference that is not a slug',
      schema: RecipeSchema,
      data: recipe({ stations: ['Pizza Bench'] }),
      expected: ['stations.0: is not a slug — use lowercase letters, digits and single hyphens, with at least one letter, like `pizza-dough`'],
    },
    {
      name: 'the same station twice',
      schema: RecipeSchema,
      data: recipe({ stations: ['line', 'line'] }),
      expected: ['stations: lists the same entry twice — remove the repeat'],
    },
    {
      name: 'no steps',
      schema: RecipeSchema,
      data: recipe({ steps: [] }),
      expected: ['steps: is empty — write at least one step'],
    },
    {
      name: 'an image outside content/media',
      schema: RecipeSchema,
      data: recipe({ images: [{ src: '../../etc/passwd', alt: 'x' }] }),
      expected: [
        'images.0.src: is not an image path under media/ — use `media/<name>.jpg` (jpg, png, webp or avif, lowercase slug name)',
      ],
    },
    {
      name: 'an allergen not on the list',
      schema: IngredientSchema,
      data: ingredient({ allergens: ['nuts' as never] }),
      expected: [expect.stringMatching(/^allergens\.0: `nuts` is not one of the allowed values — did you mean `peanuts` or `tree-nuts`\? The values are `gluten`, `wheat`/)],
    },
    {
      name: 'an implausible density',
      schema: IngredientSchema,
      data: ingredient({ density: 91 }),
      expected: ['density: is not a plausible density in g/ml — water is 1'],
    },
    {
      name: 'a critical limit without a corrective action',
      schema: ProcedureSchema,
      data: procedure({ steps: [{ text: 'Probe.', criticalLimit: { measure: 'core-temperature', comparison: 'at-least', value: 74, unit: 'C' } as never }] }),
      expected: ['steps.0.criticalLimit.correctiveAction: is missing — add `correctiveAction:` with some text'],
    },
    {
      name: 'a title on two lines',
      schema: ProcedureSchema,
      data: procedure({ title: 'Open\nthe kitchen' }),
      expected: ['title: has a line break — keep it on one line'],
    },
    {
      name: 'a brand colour too faint to read',
      schema: SiteSchema,
      data: { ...site, theme: { accent: '#ffdd00' } },
      expected: ['theme.accent: is too faint to read against white in a bright kitchen — choose a darker colour (contrast at least 4.5:1)'],
    },
    {
      name: 'a plain-http repository',
      schema: SiteSchema,
      data: { ...site, repository: 'http://github.com/example/binder' },
      expected: ['repository: is not an https URL — give the repository address, like https://github.com/you/binder'],
    },
  ])('$name', ({ schema, data, expected }) => {
    expect(problems(schema as z.ZodType, data)).toEqual(expected);
  });
});
