import { describe, expect, test } from 'vitest';
import { findSubRecipeCycles, recipesWithBrokenLines, subRecipesOf, usedInIndex } from '../../src/domain/recipe-graph.ts';
import type { Recipe } from '../../src/schemas/recipe.ts';
import { recipe } from './builders.ts';

function graph(edges: Record<string, string[]>): Map<string, Recipe> {
  return new Map(Object.entries(edges).map(([id, subs]) => [id, recipe({ ingredients: [{ ingredient: 'flour' }, ...subs.map((sub) => ({ recipe: sub }))] })]));
}

describe('findSubRecipeCycles', () => {
  test.each([
    { name: 'no sub-recipes', edges: { a: [], b: [] }, cycles: [] },
    { name: 'a chain', edges: { salad: ['croutons'], croutons: ['focaccia'], focaccia: ['dough'], dough: [] }, cycles: [] },
    { name: 'a diamond (shared sub-recipe) is not a cycle', edges: { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, cycles: [] },
    { name: 'a recipe that uses itself', edges: { a: ['a'] }, cycles: [['a', 'a']] },
    { name: 'two recipes using each other', edges: { a: ['b'], b: ['a'] }, cycles: [['a', 'b', 'a']] },
    { name: 'a three-step loop, reported from its smallest slug', edges: { x: ['y'], y: ['z'], z: ['x'], start: ['y'] }, cycles: [['x', 'y', 'z', 'x']] },
    { name: 'a missing sub-recipe is not a cycle', edges: { a: ['ghost'] }, cycles: [] },
  ])('$name', ({ edges, cycles }) => {
    expect(findSubRecipeCycles(graph(edges))).toEqual(cycles);
  });
});

test('subRecipesOf lists each sub-recipe once, in line order', () => {
  expect(subRecipesOf(recipe({ ingredients: [{ recipe: 'dough' }, { ingredient: 'flour' }, { recipe: 'sauce' }, { recipe: 'dough' }] }))).toEqual(['dough', 'sauce']);
});

test('usedInIndex gives each sub-recipe the recipes that use it', () => {
  const index = usedInIndex(graph({ margherita: ['dough', 'sauce'], marinara: ['sauce', 'dough'], focaccia: ['dough'], dough: [], sauce: [] }));
  expect(index.get('dough')).toEqual(['focaccia', 'margherita', 'marinara']);
  expect(index.get('sauce')).toEqual(['margherita', 'marinara']);
  expect(index.has('margherita')).toBe(false);
});

test.each([
  { name: 'complete recipes', edges: { a: ['b'], b: [] }, missing: [], broken: [] },
  { name: 'a missing ingredient breaks its recipe and every recipe above it', edges: { a: ['b'], b: [], c: [] }, missing: ['b'], broken: ['a', 'b'] },
  { name: 'a missing sub-recipe', edges: { a: ['ghost'], b: [] }, missing: [], broken: ['a'] },
  { name: 'a cycle', edges: { a: ['b'], b: ['a'], c: [] }, missing: [], broken: ['a', 'b'] },
])('recipesWithBrokenLines: $name', ({ edges, missing, broken }) => {
  const recipes = new Map(
    Object.entries(edges).map(([id, subs]) => [id, recipe({ ingredients: [{ ingredient: `flour-of-${id}` }, ...subs.map((sub) => ({ recipe: sub }))] })]),
  );
  const result = recipesWithBrokenLines(recipes, (ingredient) => !missing.some((id) => ingredient === `flour-of-${id}`));
  expect([...result].sort()).toEqual(broken);
});
