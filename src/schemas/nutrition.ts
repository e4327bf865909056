import { z } from 'astro/zod';
import { label } from './text.ts';

const grams = z.number().nonnegative().max(100, { error: 'is over 100 g in 100 g — check the figure and its unit' });

/**
 * What 100 g of the ingredient, as the recipe lines measure it (the edible portion),
 * holds. A nutrient left out is unknown: sums that need it say so and never count it
 * as nothing (write 0 where the source says 0).
 */
export const NutrientsSchema = z.strictObject({
  /** Energy, in kcal. */
  energy: z.number().nonnegative().max(900, { error: 'is over 900 kcal in 100 g — pure fat is about 900; check the unit (kcal, not kJ)' }).optional(),
  /** Total fat, in g. */
  fat: grams.optional(),
  /** Saturated fat, in g. */
  saturatedFat: grams.optional(),
  /** Total carbohydrate, in g. */
  carbohydrate: grams.optional(),
  /** Total sugars, in g. */
  sugars: grams.optional(),
  /** Dietary fibre, in g. */
  fibre: grams.optional(),
  /** Protein, in g. */
  protein: grams.optional(),
  /** Sodium, in mg (salt is about 39 300 mg). */
  sodium: z.number().nonnegative().max(40000, { error: 'is over 40 000 mg in 100 g — more than salt itself; check the unit (mg)' }).optional(),
});

/** The food composition databases the figures may come from. */
export const NutritionDatabaseSchema = z.enum([
  /** USDA FoodData Central: `id` is the FDC id. */
  'usda-fdc',
  /** USDA National Nutrient Database for Standard Reference, Release 24 (2011): `id` is the NDB number. */
  'usda-sr24',
  /** The supplier's label for this product: `id` is its item code. */
  'label',
]);

/** Where the figures come from, so a reader can look them up and a reviewer can check them. */
export const NutritionSourceSchema = z.strictObject({
  /** The database. */
  database: NutritionDatabaseSchema,
  /** The food's id in it: FDC id, NDB number or the supplier's item code. */
  id: label(20),
  /** The food as the database names it: "Onions, raw". */
  description: label(160),
  /** How the database's food differs from ours, if it does: "yellow onions not listed apart". */
  match: label(160).optional(),
  /** The database's data type for the food, as FoodData Central names it: "Foundation", "SR Legacy", "Survey (FNDDS)". */
  dataType: label(40).optional(),
  /** When the database published these figures: YYYY-MM-DD (or YYYY-MM, YYYY). */
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'is not a date — write it as YYYY-MM-DD, like 2019-04-01 (or YYYY-MM, YYYY)' })
    .optional(),
});

/** An ingredient's nutrients per 100 g and where they come from. */
export const NutritionSchema = z.strictObject({
  /** Per 100 g. */
  per100g: NutrientsSchema,
  /** The source. */
  source: NutritionSourceSchema,
});

export type Nutrients = z.infer<typeof NutrientsSchema>;
export type NutrientId = keyof Nutrients;
export type NutritionSource = z.infer<typeof NutritionSourceSchema>;
export type Nutrition = z.infer<typeof NutritionSchema>;

/** The nutrients in the order a label lists them, each with its unit. */
export const NUTRIENTS: readonly { readonly id: NutrientId; readonly unit: 'kcal' | 'g' | 'mg' }[] = [
  { id: 'energy', unit: 'kcal' },
  { id: 'fat', unit: 'g' },
  { id: 'saturatedFat', unit: 'g' },
  { id: 'carbohydrate', unit: 'g' },
  { id: 'sugars', unit: 'g' },
  { id: 'fibre', unit: 'g' },
  { id: 'protein', unit: 'g' },
  { id: 'sodium', unit: 'mg' },
];
