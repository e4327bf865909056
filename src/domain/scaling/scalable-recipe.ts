/**
 * Everything the scaler needs to know about one recipe, as plain data: built once per
 * page at build time from the binder, embedded in the page as JSON, and read by the
 * same scaling code in the browser. Nothing here depends on the rest of the binder.
 */
import type { Recipe } from '../../schemas/recipe.ts';
import type { Equipment } from '../../schemas/equipment.ts';
import type { UnitId, UnitSystem } from '../units.ts';
import type { Message } from '../../i18n/format-message.ts';
import { messagesUnlikeEnglish } from '../../i18n/translate.ts';
import { lineCostsAtOneBatch, type CostLookups } from './batch-cost.ts';
import { SCALE_WORD_KEYS, type ScaleWordKey } from './scale-words.ts';

export interface ScalableLine {
  /** Authored quantity, or absent for "to taste". */
  readonly quantity?: number | undefined;
  readonly unit?: UnitId | undefined;
  /** Grams per millilitre, for volume ↔ weight. */
  readonly density?: number | undefined;
  /** Grams per piece, for count ↔ weight. */
  readonly gramsEach?: number | undefined;
  /** Scales by factor^exponent instead of linearly (salt, spices, leavening, gelling agents). */
  readonly exponent?: number | undefined;
  /** Counts as flour in baker's percentages. */
  readonly flour?: boolean | undefined;
  /** The sub-recipe's slug, when the line is one. */
  readonly recipe?: string | undefined;
  /** The line's cost for one batch, in the site's currency; what has no cost counts as nothing and is named in `uncosted`. */
  readonly cost?: number | undefined;
}

export interface ScalableRecipe {
  readonly slug: string;
  readonly locale: string;
  readonly currency: string;
  /** The identity's unit system: the default for a cook who has not chosen. */
  readonly system: UnitSystem;
  readonly yield: Recipe['yield'];
  readonly lines: readonly ScalableLine[];
  /** Equipment that holds a load (a mixer bowl, a kettle), largest batch it takes. */
  readonly capacities: ReadonlyArray<{ readonly name: string; readonly quantity: number; readonly unit: UnitId }>;
  /** Shown and scaled in baker's percentages: lines scale linearly, as a formula does. */
  readonly bakers: boolean;
  /** Names of the ingredients (at any depth) that have no cost, for the cost note. */
  readonly uncosted: readonly string[];
  /** The scaler's words in `locale`, where they differ from English (absent in English). */
  readonly words?: Readonly<Partial<Record<ScaleWordKey, Message>>> | undefined;
}

/**
 * What the builder looks up in the binder: only these fields, so the editor's preview
 * can scale a draft from the few it is sent (cms/preview/binder-data.ts).
 */
export interface ScalingLookups extends CostLookups {
  readonly equipment: ReadonlyMap<string, Pick<Equipment, 'name' | 'category' | 'capacity'>>;
}

/** Equipment a batch is made in, so its capacity splits a batch (a scale's or a fridge's capacity does not). */
const BATCH_EQUIPMENT: ReadonlySet<Equipment['category']> = new Set(['preparation', 'cooking']);

/** The fields of a recipe the scaler reads (a draft in the editor's preview has these once its yield is written). */
export type ScalableFields = Pick<Recipe, 'yield' | 'ingredients' | 'equipment' | 'bakersPercentages'>;

export function scalableRecipe(
  slug: string,
  recipe: ScalableFields,
  lookups: ScalingLookups,
  site: { readonly locale: string; readonly currency: string; readonly unitSystem: UnitSystem },
): ScalableRecipe {
  const { costs, uncosted } = lineCostsAtOneBatch(recipe, lookups, site.currency);
  const bakers = recipe.bakersPercentages === true;
  const words = messagesUnlikeEnglish(site.locale, SCALE_WORD_KEYS);
  return {
    slug,
    locale: site.locale,
    currency: site.currency,
    system: site.unitSystem,
    yield: recipe.yield,
    bakers,
    uncosted,
    lines: recipe.ingredients.map((line, index) => {
      const ingredient = line.ingredient !== undefined ? lookups.ingredients.get(line.ingredient) : undefined;
      return prune({
        quantity: line.quantity,
        unit: line.unit,
        density: ingredient?.density,
        gramsEach: ingredient?.gramsEach,
        exponent: bakers ? undefined : ingredient?.scalingExponent,
        flour: ingredient?.flour,
        recipe: line.recipe,
        cost: costs[index] || undefined,
      });
    }),
    capacities: (recipe.equipment ?? []).flatMap((id) => {
      const equipment = lookups.equipment.get(id);
      return equipment?.capacity && BATCH_EQUIPMENT.has(equipment.category) ? [{ name: equipment.name, quantity: equipment.capacity.quantity, unit: equipment.capacity.unit }] : [];
    }),
    ...(Object.keys(words).length > 0 ? { words } : {}),
  };
}

/** Leaves out absent fields, so the JSON in every page stays small. */
function prune<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== false)) as T;
}
