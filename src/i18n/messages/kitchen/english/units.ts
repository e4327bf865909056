/**
 * One group of the kitchen's English strings, in a module of its own: code that runs in the
 * browser takes its English default from here, and so carries this group only (kitchen/en.ts
 * has them all).
 */
import type { Message } from '../../../format-message.ts';

/**
 * Unit names, for screen readers, a count that stands alone ("6 pieces") and portions
 * ("3 portions"); `count` picks the form. Symbols (g, kg, tsp, cup…) are not translated.
 */
export const unitEn = {
  'unit.g': { one: 'gram', other: 'grams' },
  'unit.kg': { one: 'kilogram', other: 'kilograms' },
  'unit.oz': { one: 'ounce', other: 'ounces' },
  'unit.lb': { one: 'pound', other: 'pounds' },
  'unit.ml': { one: 'millilitre', other: 'millilitres' },
  'unit.l': { one: 'litre', other: 'litres' },
  'unit.tsp': { one: 'teaspoon', other: 'teaspoons' },
  'unit.tbsp': { one: 'tablespoon', other: 'tablespoons' },
  'unit.fl-oz': { one: 'fluid ounce', other: 'fluid ounces' },
  'unit.cup': { one: 'cup', other: 'cups' },
  'unit.qt': { one: 'quart', other: 'quarts' },
  'unit.gal': { one: 'gallon', other: 'gallons' },
  'unit.each': { one: 'piece', other: 'pieces' },
  'unit.portion': { one: 'portion', other: 'portions' },
  'unit.toTaste': 'to taste',
} as const satisfies Record<string, Message>;

export type UnitKey = keyof typeof unitEn;
