/** Small, valid entries to build test binders from; each test overrides what it is about. */
import type { BinderEntries } from '../../src/domain/binder.ts';
import type { Equipment } from '../../src/schemas/equipment.ts';
import type { Ingredient } from '../../src/schemas/ingredient.ts';
import type { Procedure } from '../../src/schemas/procedure.ts';
import type { Recipe } from '../../src/schemas/recipe.ts';
import type { SetupGuide } from '../../src/schemas/setup-guide.ts';
import type { Station } from '../../src/schemas/station.ts';

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
  };
}
