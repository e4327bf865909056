/**
 * The kitchen diff's data: what changed between two revisions of the binder, as
 * plain JSON-ready values (no Maps, no classes), so the same object feeds the
 * terminal, a pull-request comment and other tools.
 */
import type { AllergenId } from '../allergens.ts';
import type { DerivedAllergens } from '../allergen-derivation.ts';
import type { BinderEntries } from '../binder.ts';
import type { CriticalLimit } from '../../schemas/critical-limit.ts';
import type { Quantity } from '../../schemas/quantity.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import type { Diet, IngredientLine } from '../../schemas/recipe.ts';
import type { Site } from '../../schemas/site.ts';
import type { TemperatureValue } from '../../schemas/temperature.ts';
import type { MenuChange } from './menu-changes.ts';
import type { TranslationChange, TranslationSnapshots } from './translation-changes.ts';

/** One side of the comparison: a binder's valid entries and what the checker derived from them. */
export interface BinderRevision {
  readonly entries: BinderEntries;
  /** Derived allergens of every recipe, as checkBinder returns them. */
  readonly allergens: ReadonlyMap<string, DerivedAllergens>;
  /** MDX bodies (the chef's notes), by `collection/id`; leave out to skip body changes. */
  readonly bodies?: ReadonlyMap<string, string>;
  /** The site identity file, for the locale and currency and for site setting changes. */
  readonly site?: Site | undefined;
  /** `collection/id` of entry files that exist but failed their schema, so they are not mistaken for removed. */
  readonly invalid?: ReadonlySet<string>;
  /** The entries in each of the binder's other languages; leave out to skip translations. */
  readonly translations?: TranslationSnapshots;
}

/** The binder's collections, plus the site identity file. */
export type DiffCollection = CollectionName | 'site';

/** The whole kitchen diff. */
export interface KitchenDiff {
  /** Locale quantities and prices are written in (the head's site locale). */
  readonly locale: string;
  /** ISO 4217 currency of ingredient costs (the head's site currency). */
  readonly currency: string;
  /** Entries that differ, in collection order, then by title. */
  readonly entries: readonly EntryDiff[];
  /** What the change does to translations (made out of date, edited, reviewed); left out when nothing. */
  readonly translations?: readonly TranslationChange[];
  /** Dishes whose plate cost, price or food cost the change moves; left out when none. */
  readonly menu?: readonly MenuChange[];
}

/**
 * One entry that differs. `unreadable` means its file exists on one side but
 * failed its checks there, so the two sides cannot be compared field by field.
 */
export interface EntryDiff {
  readonly collection: DiffCollection;
  readonly id: string;
  /** Display name: the head's title or name (the base's for a removed entry). */
  readonly title: string;
  readonly status: 'added' | 'removed' | 'changed' | 'unreadable';
  /** For `unreadable`: the side whose file has problems. */
  readonly unreadableIn?: 'base' | 'head';
  readonly changes: readonly Change[];
}

/** A run of words in a word-level diff. */
export interface WordPart {
  readonly op: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** Where an allergen comes from: an ingredient, reached through these sub-recipes. */
export interface AllergenSource {
  readonly ingredient: string;
  readonly ingredientName: string;
  /** Sub-recipes from the recipe down to the ingredient; empty when it is used directly. */
  readonly via: ReadonlyArray<{ readonly id: string; readonly title: string }>;
}

/** An allergen a recipe (derived) or an ingredient (declared) gained or lost. */
export interface AllergenChange {
  readonly kind: 'allergen-added' | 'allergen-removed';
  readonly path: string;
  readonly allergen: AllergenId;
  /** Its display label: "Milk". */
  readonly label: string;
  /** `contains`, or `mayContain` for cross-contact warnings. */
  readonly list: 'contains' | 'mayContain';
  /** For a recipe: the ingredients that bring it (head) or brought it (base). Empty for an ingredient's own list. */
  readonly sources: readonly AllergenSource[];
  /** The recipe is new: nobody has been served it yet, so its allergens are listed, not raised as an alarm. */
  readonly newEntry?: boolean | undefined;
}

/** What a quantity change does to one batch. */
export interface QuantityChange {
  /** Undefined means "to taste". */
  readonly before?: Quantity | undefined;
  readonly after?: Quantity | undefined;
  /** After minus before, in the head's unit; absent when the units cannot be compared or a side is "to taste". */
  readonly delta?: Quantity | undefined;
  /** The change as a percentage of before. */
  readonly percent?: number | undefined;
  /** Cost change per batch in the site's currency, at the head's ingredient price. */
  readonly costDelta?: number | undefined;
}

/** Which fields of a matched ingredient line changed (besides quantity and unit, which `quantity` describes). */
export type LineField = 'quantity' | 'preparation' | 'optional' | 'group' | 'mentionAs';

export interface LineAdded {
  readonly kind: 'line-added';
  readonly path: string;
  /** Display name of the ingredient or sub-recipe. */
  readonly name: string;
  readonly line: IngredientLine;
  /** Cost of the line per batch, when the ingredient has a price. */
  readonly cost?: number | undefined;
}

export interface LineRemoved {
  readonly kind: 'line-removed';
  readonly path: string;
  readonly name: string;
  readonly line: IngredientLine;
  readonly cost?: number | undefined;
}

export interface LineChanged {
  readonly kind: 'line-changed';
  readonly path: string;
  readonly name: string;
  readonly before: IngredientLine;
  readonly after: IngredientLine;
  readonly fields: readonly LineField[];
  /** Present when the quantity or unit changed. */
  readonly quantity?: QuantityChange | undefined;
}

export interface LineMoved {
  readonly kind: 'line-moved';
  readonly path: string;
  readonly name: string;
  /** 1-based positions in the ingredient list. */
  readonly from: number;
  readonly to: number;
}

export type YieldChange =
  | { readonly kind: 'yield-changed'; readonly path: string; readonly aspect: 'batch' | 'portionSize'; readonly before?: Quantity | undefined; readonly after?: Quantity | undefined }
  | { readonly kind: 'yield-changed'; readonly path: string; readonly aspect: 'portions'; readonly before?: number | undefined; readonly after?: number | undefined };

/** The fields of an added or removed step besides its text and critical limit: `timerMinutes`, `temperature`, `station`, `record`. */
export type StepSettings = Readonly<Record<string, unknown>>;

export interface StepAdded {
  readonly kind: 'step-added';
  readonly path: string;
  /** 1-based step number in the head. */
  readonly number: number;
  readonly text: string;
  readonly settings: StepSettings;
}

export interface StepRemoved {
  readonly kind: 'step-removed';
  readonly path: string;
  /** 1-based step number in the base. */
  readonly number: number;
  readonly text: string;
  readonly settings: StepSettings;
}

export interface StepMoved {
  readonly kind: 'step-moved';
  readonly path: string;
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

export interface StepReworded {
  readonly kind: 'step-reworded';
  readonly path: string;
  /** 1-based step number in the head. */
  readonly number: number;
  readonly before: string;
  readonly after: string;
  readonly words: readonly WordPart[];
}

export interface StepTimerChange {
  readonly kind: 'step-timer';
  readonly path: string;
  readonly number: number;
  /** Minutes; undefined means no timer. */
  readonly before?: number | undefined;
  readonly after?: number | undefined;
}

export interface StepTemperatureChange {
  readonly kind: 'step-temperature';
  readonly path: string;
  readonly number: number;
  readonly before?: TemperatureValue | undefined;
  readonly after?: TemperatureValue | undefined;
}

/** A critical limit set, removed or moved: always safety-relevant. */
export interface CriticalLimitChange {
  readonly kind: 'critical-limit';
  readonly path: string;
  readonly number: number;
  readonly before?: CriticalLimit | undefined;
  readonly after?: CriticalLimit | undefined;
}

/** The corrective action of a critical limit reworded: safety-relevant. */
export interface CorrectiveActionChange {
  readonly kind: 'corrective-action';
  readonly path: string;
  readonly number: number;
  readonly before: string;
  readonly after: string;
  readonly words: readonly WordPart[];
}

/** A procedure step's "write it in the log" flag. */
export interface StepRecordChange {
  readonly kind: 'step-record';
  readonly path: string;
  readonly number: number;
  readonly before: boolean;
  readonly after: boolean;
}

export interface DietChange {
  readonly kind: 'diet-added' | 'diet-removed';
  readonly path: string;
  readonly diet: Diet;
}

/** The MDX body (chef's notes) changed. */
export interface BodyChange {
  readonly kind: 'body-changed';
  readonly path: 'body';
  readonly words: readonly WordPart[];
  /** Words added and removed, for a one-line summary. */
  readonly wordsAdded: number;
  readonly wordsRemoved: number;
}

/**
 * Any other field, by dotted path (`storage.shelfLifeHours`), so nothing is
 * silently dropped. Absent values are `undefined` ("not set").
 */
export interface FieldChange {
  readonly kind: 'field-changed';
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
  /** A word-level diff, when both sides are prose. */
  readonly words?: readonly WordPart[] | undefined;
}

/** Every kind of change, told apart by `kind`. */
export type Change =
  | AllergenChange
  | LineAdded
  | LineRemoved
  | LineChanged
  | LineMoved
  | YieldChange
  | StepAdded
  | StepRemoved
  | StepMoved
  | StepReworded
  | StepTimerChange
  | StepTemperatureChange
  | CriticalLimitChange
  | CorrectiveActionChange
  | StepRecordChange
  | DietChange
  | BodyChange
  | FieldChange;
