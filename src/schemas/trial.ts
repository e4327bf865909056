import { z } from 'astro/zod';
import { EntryPathSchema } from './layer.ts';
import { patchSchemaOf } from './patch.ts';
import { ImageSchema } from './recipe.ts';
import { SlugSchema } from './reference.ts';
import { line, paragraph } from './text.ts';

/** The collections a kitchen cooks or carries out, and so can report a trial of. */
export const TRIAL_COLLECTIONS = ['recipes', 'procedures'] as const;

/**
 * A revision of an entry as a cook follows it: a fingerprint of its quantities, steps,
 * times, temperatures, limits and allergens (see src/domain/governance/entry-revision.ts).
 * It is computed from the data, not from git, so it survives rebases, squashes and layers.
 */
export const EntryRevisionSchema = z.string().regex(/^[0-9a-f]{12}$/, {
  error: 'is not an entry revision — copy the 12-character code shown under "Cooked in" on the entry page, or let `npm run trial` fill it in',
});

/** What a kitchen concluded after cooking it. */
export const TrialOutcomeSchema = z.enum(['adopt', 'adjust', 'reject']);

/**
 * What the kitchen did differently, in the shape of a local patch of a recipe (see
 * patch.ts): ingredient lines named by what they use, steps by their text, the yield.
 * The kitchen diff reads it as lines like "Fine sea salt: 45 g → 40 g".
 */
export const TrialAdjustmentsSchema = (patchSchemaOf('recipes') as unknown as z.ZodObject).pick({ yield: true, ingredients: true, steps: true }) as unknown as z.ZodType<TrialAdjustments>;

/** The patch's shape, as far as code reads it: items are checked by the patch schema above. */
export interface TrialAdjustments {
  readonly yield?: Readonly<Record<string, unknown>> | null | undefined;
  readonly ingredients?: ReadonlyArray<Readonly<Record<string, unknown>>> | null | undefined;
  readonly steps?: ReadonlyArray<Readonly<Record<string, unknown>>> | null | undefined;
}

/**
 * A kitchen's report that it cooked an entry (or carried out a procedure): one file in
 * `content/trials/`, added through "We cooked this" or `npm run trial`. Never edited
 * afterwards: a later cook is a new trial.
 */
export const TrialSchema = z
  .strictObject({
    /** The entry cooked, as `<collection>/<slug>`: `recipes/pizza-dough`. */
    entry: EntryPathSchema.refine((entry) => (TRIAL_COLLECTIONS as readonly string[]).includes(entry.split('/')[0]!), {
      error: `is not a recipe or a procedure — a trial reports cooking a recipe or carrying out a procedure (${TRIAL_COLLECTIONS.join(', ')})`,
    }),
    /** Exactly which revision of it was cooked. */
    revision: EntryRevisionSchema,
    /** The proposal cooked, when it was not yet in the binder: a pull request number like `#42`, or a local branch like `cms/recipes/margherita`. */
    proposal: line(120).optional(),
    /** The kitchen that cooked it, by its id in `content/kitchens/` (a reference to the register, for the editor). */
    kitchen: SlugSchema.meta({ reference: 'kitchens' }),
    /** The day it was cooked, as YYYY-MM-DD. */
    date: z.iso.date({ error: 'is not a date — write it as YYYY-MM-DD, like 2026-11-12' }),
    /** How many of the entry's batches were made: 1 for one batch as written, 0.5 for half. */
    batches: z.number().positive({ error: 'must be more than zero — 1 is one batch as written' }),
    /** `adopt`: cooked as written and kept; `adjust`: kept with the adjustments below; `reject`: not fit to serve. */
    outcome: TrialOutcomeSchema,
    /** For a recipe: what the kitchen changed, as a patch of the entry. */
    adjustments: TrialAdjustmentsSchema.optional(),
    /** What the cooks noticed, in their words. */
    notes: paragraph(1000).optional(),
    /** A photo of the result, under media/. */
    photo: ImageSchema.optional(),
  })
  .superRefine((trial, ctx) => {
    if (trial.outcome === 'adjust' && trial.adjustments === undefined && trial.notes === undefined) {
      ctx.addIssue({ code: 'custom', path: ['adjustments'], message: 'is missing — an `adjust` outcome says what the kitchen did differently: give `adjustments` or `notes`' });
    }
    if (trial.adjustments !== undefined && !trial.entry.startsWith('recipes/')) {
      ctx.addIssue({ code: 'custom', path: ['adjustments'], message: 'is for recipes only — describe what you did differently in a procedure under `notes`' });
    }
  });

export type Trial = z.infer<typeof TrialSchema>;
export type TrialOutcome = z.infer<typeof TrialOutcomeSchema>;
