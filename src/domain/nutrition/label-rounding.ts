/**
 * Figures as the FDA rounds them on labels and menus (21 CFR 101.9(c)), so a dish's
 * calories read the same here as on a printed menu: calories under 5 are 0, up to 50 to
 * the nearest 5, above to the nearest 10; fats under 0.5 g are 0, under 5 g to the
 * nearest 0.5 g, above to the gram; carbohydrate, sugars, fibre and protein under 0.5 g
 * are 0, else to the gram; sodium under 5 mg is 0, up to 140 mg to the nearest 5, above
 * to the nearest 10.
 */
import type { NutrientId } from '../../schemas/nutrition.ts';

export function roundCalories(kcal: number): number {
  if (kcal < 5) return 0;
  if (kcal <= 50) return nearest(kcal, 5);
  return nearest(kcal, 10);
}

export function roundNutrient(nutrient: NutrientId, amount: number): number {
  switch (nutrient) {
    case 'energy':
      return roundCalories(amount);
    case 'fat':
    case 'saturatedFat':
      if (amount < 0.5) return 0;
      return amount < 5 ? nearest(amount, 0.5) : nearest(amount, 1);
    case 'sodium':
      if (amount < 5) return 0;
      return amount <= 140 ? nearest(amount, 5) : nearest(amount, 10);
    default:
      return amount < 0.5 ? 0 : nearest(amount, 1);
  }
}

function nearest(amount: number, step: number): number {
  return Math.round(amount / step) * step;
}
