import { collectionJsonSchema } from '../schemas/json-schema.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/reference.ts';
import { deriveAllergens, type DerivedAllergens } from './allergen-derivation.ts';
import type { BinderEntries, BinderProblem } from './binder.ts';
import { checkAllergens } from './checks/allergens.ts';
import { checkEquipment } from './checks/equipment.ts';
import { checkFoodSafety } from './checks/food-safety.ts';
import { checkMeasurements } from './checks/measurements.ts';
import { checkRecipeStructure } from './checks/recipe-structure.ts';
import { checkReferences } from './checks/references.ts';
import type { Report } from './checks/report.ts';
import { checkSubRecipeCycles } from './checks/sub-recipes.ts';

export interface BinderValidation {
  readonly problems: BinderProblem[];
  /** Derived allergens of every recipe, reused by the site so they are computed once. */
  readonly allergens: Map<string, DerivedAllergens>;
}

/**
 * Runs every check that needs more than one entry, over entries that already
 * passed their schemas, and returns all problems at once.
 * `knownIds` may add entries that exist but failed their schema.
 */
export function validateBinder(binder: BinderEntries, knownIds?: ReadonlyMap<CollectionName, ReadonlySet<string>>): BinderValidation {
  const problems: BinderProblem[] = [];
  const report: Report = (location, message, fix) => problems.push({ ...location, message, fix });
  const ids = knownIds ?? new Map(COLLECTION_NAMES.map((c) => [c, new Set(binder[c].keys())]));

  checkReferences(binder, collectionJsonSchema, ids, report);
  checkSubRecipeCycles(binder, report);
  const allergens = deriveAllergens(binder);
  checkAllergens(binder, allergens, report);
  checkMeasurements(binder, report);
  checkRecipeStructure(binder, report);
  checkFoodSafety(binder, report);
  checkEquipment(binder, report);
  return { problems, allergens };
}
