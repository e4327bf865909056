/** Small, valid entries to build test binders from; each test overrides what it is about. */
import type { BinderEntries } from '../../src/domain/binder.ts';
import type { Equipment } from '../../src/schemas/equipment.ts';
import type { Ingredient } from '../../src/schemas/ingredient.ts';
import type { MenuItem } from '../../src/schemas/menu-item.ts';
import type { Procedure } from '../../src/schemas/procedure.ts';
import type { Recipe } from '../../src/schemas/recipe.ts';
import type { SetupGuide } from '../../src/schemas/setup-guide.ts';
import type { Site } from '../../src/schemas/site.ts';
import type { Station } from '../../src/schemas/station.ts';

/** A valid site identity (content/site.yaml). */
export function site(overrides: Partial<Site> = {}): Site {
  return {
    name: 'Corner Forno',
    tagline: 'Pizza and coffee',
    locale: 'en-US',
    unitSystem: 'metric',
    currency: 'USD',
    repository: 'https://github.com/example/binder',
    upstream: 'https://github.com/example/binder',
    branch: 'main',
    url: 'https://binder.example.com',
    foodCode: 'FDA Food Code 2022',
    license: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
    theme: { accent: '#9a3412' },
    ...overrides,
  };
}

export function recipe(overrides: Partial<Recipe> = {}): Recipe {
  return {
    title: 'Test recipe',
    summary: 'A recipe for tests.',
    course: 'main',
    category: 'Test',
    stations: ['line'],
    yield: { quantity: 1, unit: 'kg' },
    ingredients: [{ ingredient: 'flour', quantity: 500, unit: 'g' }],
    steps: [{ text: 'Mix @flour.' }],
    ...overrides,
  };
}

export function ingredient(overrides: Partial<Ingredient> = {}): Ingredient {
  return { name: 'Test ingredient', category: 'dry-goods', storage: { zone: 'dry' }, ...overrides };
}

export function procedure(overrides: Partial<Procedure> = {}): Procedure {
  return {
    title: 'Test procedure',
    summary: 'A procedure for tests.',
    kind: 'cleaning',
    frequency: 'daily',
    roles: ['Cook'],
    minutes: 5,
    steps: [{ text: 'Do the thing.' }],
    ...overrides,
  };
}

export interface EntriesInput {
  recipes?: Record<string, Recipe>;
  ingredients?: Record<string, Ingredient>;
  procedures?: Record<string, Procedure>;
  setup?: Record<string, SetupGuide>;
  equipment?: Record<string, Equipment>;
  stations?: Record<string, Station>;
  menu?: Record<string, MenuItem>;
}

/** A binder with a `line` station and a `flour` ingredient unless the test gives its own. */
export function entries(input: EntriesInput = {}): BinderEntries {
  return {
    recipes: new Map(Object.entries(input.recipes ?? {})),
    ingredients: new Map(Object.entries(input.ingredients ?? { flour: ingredient({ name: 'Flour', allergens: ['gluten', 'wheat'] }) })),
    procedures: new Map(Object.entries(input.procedures ?? {})),
    setup: new Map(Object.entries(input.setup ?? {})),
    equipment: new Map(Object.entries(input.equipment ?? {})),
    stations: new Map(Object.entries(input.stations ?? { line: { name: 'Line', summary: 'The line.', order: 1 } })),
    menu: new Map(Object.entries(input.menu ?? {})),
  };
}
