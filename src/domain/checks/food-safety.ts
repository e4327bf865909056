import { CRITICAL_MEASURES, type CriticalLimit } from '../../schemas/critical-limit.ts';
import type { Holding, Storage } from '../../schemas/storage.ts';
import type { BinderEntries, EntryLocation } from '../binder.ts';
import { FOOD_CODE, storageLimit } from '../food-code.ts';
import { formatTemperature, toCelsius } from '../temperature.ts';
import { orList } from '../suggest.ts';
import type { Report } from './report.ts';

/**
 * Temperatures must sit on the safe side of the food code, and every critical
 * limit must be measurable: its unit has to suit what it measures.
 */
export function checkFoodSafety(binder: BinderEntries, report: Report): void {
  for (const [id, recipe] of binder.recipes) {
    if (recipe.storage) checkStorage(recipe.storage, { collection: 'recipes', id, path: ['storage'] }, report);
    if (recipe.holding) checkHolding(recipe.holding, { collection: 'recipes', id, path: ['holding'] }, report);
    recipe.steps.forEach((step, index) => {
      if (step.criticalLimit) checkCriticalLimit(step.criticalLimit, { collection: 'recipes', id, path: ['steps', index, 'criticalLimit'] }, report);
    });
  }
  for (const [id, ingredient] of binder.ingredients) {
    checkStorage(ingredient.storage, { collection: 'ingredients', id, path: ['storage'] }, report);
  }
  for (const [id, procedure] of binder.procedures) {
    procedure.steps.forEach((step, index) => {
      if (step.criticalLimit) checkCriticalLimit(step.criticalLimit, { collection: 'procedures', id, path: ['steps', index, 'criticalLimit'] }, report);
    });
  }
}

function checkStorage(storage: Storage, where: EntryLocation, report: Report): void {
  const limit = storageLimit(storage.zone);
  if (!limit) return;
  if (!storage.temperature) {
    report(
      { ...where, path: [...where.path, 'temperature'] },
      `is missing: ${storage.zone} storage needs a temperature`,
      `add \`temperature:\` ${limit.comparison === 'at-most' ? 'at or below' : 'at or above'} ${limit.celsius} °C (${FOOD_CODE.name})`,
    );
    return;
  }
  const celsius = toCelsius(storage.temperature);
  const unsafe = limit.comparison === 'at-most' ? celsius > limit.celsius : celsius < limit.celsius;
  if (unsafe) {
    report(
      { ...where, path: [...where.path, 'temperature'] },
      `${formatTemperature(storage.temperature)} is outside safe ${storage.zone} storage`,
      `keep it ${limit.comparison === 'at-most' ? 'at or below' : 'at or above'} ${limit.celsius} °C (${FOOD_CODE.name})`,
    );
  }
}

function checkHolding(holding: Holding, where: EntryLocation, report: Report): void {
  const celsius = toCelsius(holding.temperature);
  const hot = holding.method === 'hot';
  const limit = hot ? FOOD_CODE.hotHoldingMinC : FOOD_CODE.coldHoldingMaxC;
  if (hot ? celsius < limit : celsius > limit) {
    report(
      { ...where, path: [...where.path, 'temperature'] },
      `${formatTemperature(holding.temperature)} is in the danger zone for ${holding.method} holding`,
      `hold ${hot ? 'at or above' : 'at or below'} ${limit} °C (${FOOD_CODE.name})`,
    );
  }
}

function checkCriticalLimit(limit: CriticalLimit, where: EntryLocation, report: Report): void {
  const allowed: readonly string[] = CRITICAL_MEASURES[limit.measure].units;
  if (!allowed.includes(limit.unit)) {
    report(
      { ...where, path: [...where.path, 'unit'] },
      `\`${limit.unit}\` does not measure ${limit.measure}`,
      `use ${orList(allowed, 8)}`,
    );
  }
}
