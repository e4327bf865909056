/**
 * A food from USDA FoodData Central, as its downloads and its API give it, turned into
 * an ingredient's `nutrition` (src/schemas/nutrition.ts): the eight figures per 100 g by
 * their FDC nutrient numbers, with the food's FDC id, description, data type and
 * publication date. A figure the food lacks is left out, never set to 0. Reads the
 * bulk JSON downloads (`FoundationFoods`, `SRLegacyFoods`, `SurveyFoods`,
 * `BrandedFoods`), a list of foods, or one food (the API's `/v1/food/{fdcId}`).
 */
import type { NutrientId, Nutrients, Nutrition } from '../../schemas/nutrition.ts';

/** FDC nutrient numbers for each figure, best first: Foundation foods give energy by Atwater factors (958, 957) rather than 208. */
const NUTRIENT_NUMBERS: Readonly<Record<NutrientId, readonly string[]>> = {
  energy: ['208', '958', '957'],
  fat: ['204'],
  saturatedFat: ['606'],
  carbohydrate: ['205'],
  sugars: ['269', '2000'],
  fibre: ['291'],
  protein: ['203'],
  sodium: ['307'],
};

/** The unit FDC must give each figure in, so a kJ or µg figure is never read as kcal or mg. */
const UNITS: Readonly<Record<NutrientId, string>> = { energy: 'kcal', fat: 'g', saturatedFat: 'g', carbohydrate: 'g', sugars: 'g', fibre: 'g', protein: 'g', sodium: 'mg' };

const FOOD_LISTS = ['FoundationFoods', 'SRLegacyFoods', 'SurveyFoods', 'BrandedFoods', 'foods'];

/** A file or a food that is not what FDC gives, with what to do. */
export class FdcFoodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FdcFoodError';
  }
}

/** The food with `fdcId` in a download, a list of foods, or a single food. */
export function findFdcFood(json: unknown, fdcId: number): unknown {
  const record = json as Record<string, unknown> | null;
  const lists = Array.isArray(json) ? [json] : FOOD_LISTS.flatMap((key) => (Array.isArray(record?.[key]) ? [record[key] as unknown[]] : []));
  if (lists.length === 0) {
    if (record && typeof record === 'object' && 'fdcId' in record) {
      if (record['fdcId'] === fdcId) return record;
      throw new FdcFoodError(`the file holds one food, FDC id ${String(record['fdcId'])}, not ${fdcId} — download food ${fdcId}, or give its id`);
    }
    throw new FdcFoodError(`the file is not a FoodData Central download: no ${FOOD_LISTS.slice(0, 4).join(', ')} list and no food — download the JSON from fdc.nal.usda.gov`);
  }
  const food = lists.flat().find((each) => (each as Record<string, unknown> | null)?.['fdcId'] === fdcId);
  if (!food) throw new FdcFoodError(`no food with FDC id ${fdcId} in the file — check the id on fdc.nal.usda.gov, and that the file is of its data type`);
  return food;
}

/** The `nutrition` block for a food (`match` says how it differs from ours, if it does). */
export function nutritionFromFdc(food: unknown, match?: string): Nutrition {
  const record = food as Record<string, unknown>;
  const fdcId = record['fdcId'];
  const description = record['description'];
  if (typeof fdcId !== 'number' || typeof description !== 'string') throw new FdcFoodError('the food has no fdcId or description — is it an FDC food record?');
  const amounts = new Map<string, { amount: number; unit: string }>();
  for (const entry of Array.isArray(record['foodNutrients']) ? (record['foodNutrients'] as Record<string, unknown>[]) : []) {
    // Downloads nest the nutrient ({ nutrient: { number, unitName }, amount }); the API's abridged format does not.
    const nutrient = (entry['nutrient'] ?? entry) as Record<string, unknown>;
    const number = String(nutrient['number'] ?? entry['nutrientNumber'] ?? '');
    const amount = entry['amount'] ?? entry['value'];
    const unit = String(nutrient['unitName'] ?? entry['unitName'] ?? '').toLowerCase();
    if (number && typeof amount === 'number' && !amounts.has(number)) amounts.set(number, { amount, unit });
  }
  const per100g: Record<string, number> = {};
  for (const [id, numbers] of Object.entries(NUTRIENT_NUMBERS) as [NutrientId, readonly string[]][]) {
    const found = numbers.map((number) => amounts.get(number)).find((each) => each !== undefined);
    if (!found) continue;
    if (found.unit !== UNITS[id]) throw new FdcFoodError(`${id} is given in ${found.unit}, not ${UNITS[id]} — this reader takes FDC's own units; report the food (${fdcId})`);
    per100g[id] = found.amount;
  }
  if (Object.keys(per100g).length === 0) throw new FdcFoodError(`food ${fdcId} has none of the eight figures (energy, fat, saturated fat, carbohydrate, sugars, fibre, protein, sodium) — choose another food`);
  const dataType = typeof record['dataType'] === 'string' ? record['dataType'] : undefined;
  const published = publicationDay(record['publicationDate']);
  return {
    per100g: per100g as Nutrients,
    source: { database: 'usda-fdc', id: String(fdcId), description, ...(match && { match }), ...(dataType && { dataType }), ...(published && { published }) },
  };
}

/** FDC writes dates as `2019-04-01` or `4/1/2019`. */
function publicationDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  return us ? `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}` : undefined;
}
