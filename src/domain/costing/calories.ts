/**
 * Calories as the FDA rounds them for labels and menus (21 CFR 101.9(c)(1)): under 5 kcal
 * is 0; up to 50, to the nearest 5; above 50, to the nearest 10.
 */
export function roundCalories(kcal: number): number {
  if (kcal < 5) return 0;
  if (kcal <= 50) return Math.round(kcal / 5) * 5;
  return Math.round(kcal / 10) * 10;
}
