import { z } from 'astro/zod';
import { AllergenListSchema } from './allergen.ts';
import { CriticalLimitSchema } from './critical-limit.ts';
import { ParSchema } from './par.ts';
import { QuantitySchema, UnitSchema } from './quantity.ts';
import { keyedList } from './keyed-list.ts';
import { referencesTo, referenceTo, SlugSchema } from './reference.ts';
import { HoldingSchema, StorageSchema } from './storage.ts';
import { TemperatureSchema } from './temperature.ts';
import { MediaPathSchema } from './media-path.ts';
import { RecipeSourceSchema } from './source.ts';
import { line, paragraph } from './text.ts';

/** Where a dish sits on the menu; `component` is a preparation used inside other recipes. */
export const CourseSchema = z.enum(['breakfast', 'starter', 'main', 'pizza', 'salad', 'side', 'dessert', 'drink', 'component']);

/** Diets a recipe suits; the checker rejects a claim its allergens contradict. */
export const DietSchema = z.enum([
  'vegan',
  'vegetarian',
  'pescatarian',
  'gluten-free',
  'dairy-free',
  'egg-free',
  'nut-free',
  'halal',
  'kosher',
]);

/**
 * One line of the ingredient list. It names either an ingredient or another recipe
 * made first (a sub-recipe, such as a dough or a sauce), never both.
 */
export const IngredientLineSchema = z
  .strictObject({
    /** Heading of the group this line belongs to ("Dough", "Topping"); lines of a group sit together. */
    group: line(40).optional(),
    /** The ingredient, by slug. */
    ingredient: referenceTo('ingredients').optional(),
    /** A recipe made first and used here, by slug. */
    recipe: referenceTo('recipes').optional(),
    /** How much; leave out with `unit` for "to taste". */
    quantity: z.number().positive({ error: 'must be more than zero — leave quantity and unit out for "to taste"' }).optional(),
    /** Unit of `quantity`. */
    unit: UnitSchema.optional(),
    /** How it is prepared before use: "diced 1 cm", "at room temperature". */
    preparation: line(80).optional(),
    /** Which of the ingredient's preparation yields applies (`diced`): the quantity is what is used, and it costs and orders as that ÷ the yield. */
    prepYield: SlugSchema.optional(),
    /** The dish works without it. */
    optional: z.boolean().optional(),
    /** The name steps use to mention this line as `@name`, when the slug alone is ambiguous. */
    mentionAs: SlugSchema.optional(),
  })
  .superRefine((value, ctx) => {
    const named = Number(value.ingredient !== undefined) + Number(value.recipe !== undefined);
    if (named !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: named === 0 ? ['ingredient'] : ['recipe'],
        message:
          named === 0
            ? 'names nothing — give `ingredient: <slug>` or `recipe: <slug>`'
            : 'names both an ingredient and a recipe — keep one of them on this line',
      });
    }
    if ((value.quantity === undefined) !== (value.unit === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: value.quantity === undefined ? ['quantity'] : ['unit'],
        message:
          value.quantity === undefined
            ? 'has a unit but no quantity — add `quantity:`, or remove `unit` for "to taste"'
            : 'has a quantity but no unit — add `unit:` (g, ml, each…), or remove `quantity` for "to taste"',
      });
    }
  });

/** One numbered step of the method. */
export const RecipeStepSchema = z.strictObject({
  /** What to do. Mention ingredient lines as `@slug` so their quantities appear (and scale) in the sentence. */
  text: paragraph(600),
  /** A timer to start at this step, in minutes. */
  timerMinutes: z.number().positive().optional(),
  /** The oven, water or fat temperature this step works at. */
  temperature: TemperatureSchema.optional(),
  /** A critical-control-point limit checked at this step, with its corrective action. */
  criticalLimit: CriticalLimitSchema.optional(),
  /** The station where this step happens, when it differs from the recipe's first station. */
  station: referenceTo('stations').optional(),
});

/** What one batch makes. */
export const RecipeYieldSchema = z.strictObject({
  /** The batch size, in `unit`. */
  quantity: z.number().positive(),
  /** Unit of the batch size. */
  unit: UnitSchema.exclude(['portion'], { error: 'must be a mass, volume or count unit — `portion` is what `portions` counts' }),
  /** How many portions one batch gives. */
  portions: z.int().positive().optional(),
  /** The size of one portion. */
  portionSize: QuantitySchema.optional(),
});

/** An image of the finished dish or of a step, stored under content/media/. */
export const ImageSchema = z.strictObject({
  /** Path under content/ (or a layer's folder), such as `media/margherita.jpg`. */
  src: MediaPathSchema,
  /** What the image shows, for people who cannot see it. */
  alt: line(200),
});

export const RecipeSchema = z.strictObject({
  /** Name of the dish as it appears on the menu. */
  title: line(80),
  /** One or two sentences a cook reads first: what it is and what makes it right. */
  summary: paragraph(280),
  /** Where it sits on the menu. */
  course: CourseSchema,
  /** Kitchen category for browsing: "Pizza", "Sauce", "Dough", "Espresso drinks". */
  category: line(40),
  /** Stations that make it, first one leading. */
  stations: referencesTo('stations').min(1, { error: 'is empty — name the station that makes this recipe' }),
  /** What one batch makes. */
  yield: RecipeYieldSchema,
  /** Hands-on preparation time, in minutes. */
  prepMinutes: z.number().nonnegative().optional(),
  /** Cooking time, in minutes. */
  cookMinutes: z.number().nonnegative().optional(),
  /** Resting, proving or chilling time, in minutes. */
  restMinutes: z.number().nonnegative().optional(),
  /** Equipment needed, by slug. */
  equipment: referencesTo('equipment').optional(),
  /** The ingredient list, in the order the cook gathers it; a local patch names a line by what it uses. */
  ingredients: keyedList(IngredientLineSchema, ['ingredient', 'recipe']).min(1, { error: 'is empty — list at least one ingredient or sub-recipe' }),
  /** The method, in order; a local patch names a step by its text. */
  steps: keyedList(RecipeStepSchema, ['text']).min(1, { error: 'is empty — write at least one step' }),
  /** How the finished recipe is stored. */
  storage: StorageSchema.optional(),
  /** How the finished recipe is held for service. */
  holding: HoldingSchema.optional(),
  /** For a recipe prepped ahead (a sauce, a dough): how much to have on hand each day, for the prep list. */
  par: ParSchema.optional(),
  /** Diets the recipe suits. */
  diets: z.array(DietSchema).optional(),
  /** Show and scale this dough in baker's percentages (each line as a share of the flour's weight; lines scale linearly, as a formula does). */
  bakersPercentages: z.boolean().optional(),
  /** Photos of the dish. */
  images: z.array(ImageSchema).optional(),
  /** Where the recipe came from, when it was imported or adapted: its page, author and licence, shown on the recipe's page. */
  source: RecipeSourceSchema.optional(),
  /**
   * Allergens the author declares. Optional: the binder derives them from the
   * ingredients and sub-recipes, and a declaration that disagrees is an error.
   */
  allergens: AllergenListSchema.optional(),
});

export type Recipe = z.infer<typeof RecipeSchema>;
export type IngredientLine = z.infer<typeof IngredientLineSchema>;
export type RecipeStep = z.infer<typeof RecipeStepSchema>;
export type RecipeYield = z.infer<typeof RecipeYieldSchema>;
export type Course = z.infer<typeof CourseSchema>;
export type Diet = z.infer<typeof DietSchema>;
export type Image = z.infer<typeof ImageSchema>;
