import { z } from 'astro/zod';
import { UnitSchema } from './quantity.ts';
import { referenceTo, SlugSchema } from './reference.ts';
import { line, paragraph } from './text.ts';

/** One thing on the plate: a portion of a recipe, or an ingredient served as it is (a garnish, a drizzle). */
export const PlateComponentSchema = z
  .strictObject({
    /** A recipe, by slug: the pizza, the sauce, the side. */
    recipe: referenceTo('recipes').optional(),
    /** An ingredient served as bought, by slug. */
    ingredient: referenceTo('ingredients').optional(),
    /** How much goes on one plate: 1 portion, 15 g. */
    quantity: z.number().positive({ error: 'must be more than zero' }),
    /** Unit of `quantity`; `portion` is a recipe's own portion. */
    unit: UnitSchema,
    /** For an ingredient: which of its preparation yields applies (`leaves`), so it costs as purchased ÷ yield. */
    prepYield: SlugSchema.optional(),
  })
  .superRefine((value, ctx) => {
    const named = Number(value.recipe !== undefined) + Number(value.ingredient !== undefined);
    if (named !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: named === 0 ? ['recipe'] : ['ingredient'],
        message: named === 0 ? 'names nothing — give `recipe: <slug>` or `ingredient: <slug>`' : 'names both a recipe and an ingredient — keep one of them on this line',
      });
    }
  });

/**
 * A dish as the menu sells it: what goes on the plate and its price. Its cost, food
 * cost %, allergens and calories come from the plate's recipes and ingredients, so they
 * follow every change to them. A restaurant sets its own price in its layer (a patch of
 * `price`), without copying the item.
 */
export const MenuItemSchema = z.strictObject({
  /** As the menu prints it: "Margherita". */
  name: line(80),
  /** The menu section it is listed under: "Pizzas", "Desserts". */
  section: line(40),
  /** One line for the menu. */
  description: paragraph(300).optional(),
  /** What goes on one plate. */
  plate: z.array(PlateComponentSchema).min(1, { error: 'is empty — add the recipe (or ingredients) that go on the plate' }),
  /** The menu price before tax, in the binder's currency. */
  price: z.number().positive({ error: 'must be more than zero' }),
  /** This dish's own target food cost %, when it differs from the franchise's (costing.targetFoodCostPercent). */
  targetFoodCostPercent: z.number().gt(0).lt(100).optional(),
  /** Position on the menu (1 first); sections come in the order of their first dish, dishes without one last, by name. */
  order: z.int().positive().optional(),
});

export type MenuItem = z.infer<typeof MenuItemSchema>;
export type PlateComponent = z.infer<typeof PlateComponentSchema>;
