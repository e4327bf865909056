import { z } from 'astro/zod';
import { AllergenListSchema } from './allergen.ts';
import { NutritionSchema } from './nutrition.ts';
import { ParSchema } from './par.ts';
import { QuantitySchema } from './quantity.ts';
import { StorageSchema } from './storage.ts';
import { keyedList } from './keyed-list.ts';
import { CurrencySchema, DaySchema } from './money.ts';
import { SlugSchema } from './reference.ts';
import { label, line, paragraph } from './text.ts';

/** Purchasing category, also the order goods are put away in on delivery. */
export const IngredientCategorySchema = z.enum([
  'produce',
  'dairy',
  'eggs',
  'meat',
  'poultry',
  'seafood',
  'bakery',
  'dry-goods',
  'oils-and-fats',
  'herbs-and-spices',
  'condiments',
  'beverages',
  'frozen',
]);

/** What the franchise buys: the spec a supplier is held to. */
export const PurchasingSpecSchema = z.strictObject({
  /** Grade, variety or standard: "Type 00, W 260–280", "US No. 1". */
  grade: line(120).optional(),
  /** The form it arrives in: "whole, unwaxed", "block, 2.5 kg", "IQF". */
  form: line(120).optional(),
  /** The pack it is bought in: "25 kg sack", "6 × 2.5 kg case". */
  pack: line(120).optional(),
  /** What to refuse at the door. */
  rejectIf: paragraph(300).optional(),
});

/**
 * A price as a supplier quotes it: a pack, what it costs, from whom, seen when. Every
 * cost the binder shows starts here: as purchased, per unit of the pack.
 */
export const PackPriceSchema = z.strictObject({
  /** The pack's price before tax, in `currency`. */
  amount: z.number().nonnegative(),
  /** The pack the price buys: 22.7 kg for a 50 lb sack, 12 l for a case of 12 × 1 l. */
  per: QuantitySchema,
  /** Who sells it: "Hudson Produce". */
  supplier: label(80).optional(),
  /** The supplier's item code, to order by. */
  code: label(40).optional(),
  /** ISO 4217 code; leave out for the binder's currency (a restaurant's layer may have its own). */
  currency: CurrencySchema.optional(),
  /** The day the price was seen, YYYY-MM-DD: an old price is a warning of `npm run check`. */
  seen: DaySchema.optional(),
});

/** What is left to use of what was bought, after one preparation: "diced: 88 %". */
export const PreparationYieldSchema = z.strictObject({
  /** The preparation, as an ingredient line names it in `prepYield`: `diced`, `breast`, `juiced`. */
  prep: SlugSchema,
  /** Edible portion as a percentage of as purchased (88 means 88 g usable from 100 g bought). */
  percent: z.number().gt(0, { error: 'must be more than 0 %' }).max(100, { error: 'is over 100 % — a preparation never yields more than was bought' }),
  /** What is lost, for the cook who checks it: "root, skin and top". */
  notes: line(120).optional(),
});

/**
 * An imported ingredient's allergens, not yet confirmed: what its name suggests, never
 * taken as the answer. Always refused, so a new ingredient can never pass as free of
 * allergens because nobody looked.
 */
export const AllergensToConfirmSchema = z
  .strictObject({
    /** What its name suggests it contains; a suggestion only. */
    suggested: AllergenListSchema.optional(),
    /** The line it was imported from ("2 cups buttermilk" in ragu.html). */
    from: label(200).optional(),
  })
  .superRefine((value, ctx) => {
    const suggested = value.suggested && value.suggested.length > 0 ? ` (its name suggests: ${value.suggested.join(', ')})` : ' (its name suggests none, which proves nothing)';
    ctx.addIssue({
      code: 'custom',
      message: `are not confirmed by a person yet${suggested} — check the label or the supplier's spec, write \`allergens:\` with what it contains (leave it out only if it contains none of the listed allergens), then delete \`allergensToConfirm\``,
    });
  });

export const IngredientSchema = z.strictObject({
  /** Name as the cook says it: "Mozzarella (fior di latte)". */
  name: line(80),
  /** Purchasing category. */
  category: IngredientCategorySchema,
  /** Allergens it contains. Leave out only when it contains none of the listed allergens. */
  allergens: AllergenListSchema.optional(),
  /** Allergens it may carry through cross-contact at the supplier ("may contain"). */
  mayContain: AllergenListSchema.optional(),
  /** Set by `npm run import` on an ingredient it added: no person has confirmed its allergens yet, so the binder refuses it until someone checks the label, sets the allergens and removes this (in the editor: empty both of its parts). */
  allergensToConfirm: AllergensToConfirmSchema.optional(),
  /** Other names it goes by, in the binder's language ("Rocket", "Courgette"), so an imported recipe's lines find it; its translations' names count too. */
  synonyms: z.array(label(80)).optional(),
  /** Grams per millilitre; needed wherever it is measured both by volume and by weight. */
  density: z.number().positive().max(25, { error: 'is not a plausible density in g/ml — water is 1' }).optional(),
  /** Grams of one piece; needed wherever it is counted and also weighed or measured. */
  gramsEach: z.number().positive().optional(),
  /**
   * Scales as factor^exponent rather than linearly: salt, spices, leavening and gelling
   * agents overpower a big batch at full rate (0.8–0.9 is usual; 1 is linear).
   */
  scalingExponent: z.number().min(0.5, { error: 'is below 0.5 — a batch 4 times as big would get only twice as much; 0.8–0.9 is usual' }).max(1, { error: 'is above 1 — an ingredient never scales faster than the batch; leave it out to scale linearly' }).optional(),
  /** Counts as flour in baker's percentages (the doughs' 100 %). */
  flour: z.boolean().optional(),
  /** How it is stored on site. */
  storage: StorageSchema,
  /** The purchasing spec. */
  purchasing: PurchasingSpecSchema.optional(),
  /** What it costs: the pack the kitchen costs and orders by. */
  cost: PackPriceSchema.optional(),
  /** Other packs or suppliers it can be bought in, for comparing and ordering. */
  otherPacks: z.array(PackPriceSchema).optional(),
  /** Edible portion per preparation, which costs and orders a line by (as purchased = edible ÷ yield). */
  yields: keyedList(PreparationYieldSchema, ['prep']).optional(),
  /** For something bought ready and counted on the prep list: how much to have on hand. */
  par: ParSchema.optional(),
  /** Nutrients per 100 g as the lines measure it, from a named database: calories and nutrition per portion add these up. */
  nutrition: NutritionSchema.optional(),
  /** What a cook should know: how to tell it is good, what to substitute in a pinch. */
  notes: paragraph(600).optional(),
});

export type Ingredient = z.infer<typeof IngredientSchema>;
export type PackPrice = z.infer<typeof PackPriceSchema>;
export type PreparationYield = z.infer<typeof PreparationYieldSchema>;
export type IngredientCategory = z.infer<typeof IngredientCategorySchema>;
