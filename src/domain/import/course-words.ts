/**
 * The binder's course of an imported recipe from the words its source files it under
 * ("Main course", "Dolci", "Ensaladas"), in the languages recipes are imported from.
 * The first word that names a course wins; none gives no course, and the report asks
 * for one (`--course`).
 */
import type { Course } from '../../schemas/recipe.ts';

const WORDS: ReadonlyArray<readonly [Course, readonly string[]]> = [
  ['pizza', ['pizza', 'pizzas', 'pizze']],
  ['dessert', ['dessert', 'desserts', 'sweet', 'sweets', 'cake', 'cakes', 'pudding', 'dolce', 'dolci', 'postre', 'postres', 'torta', 'tarta', 'gâteau', 'nachspeise', 'nachtisch']],
  ['salad', ['salad', 'salads', 'insalata', 'insalate', 'ensalada', 'ensaladas', 'salade', 'salat']],
  ['starter', ['starter', 'starters', 'appetizer', 'appetizers', 'appetiser', 'antipasto', 'antipasti', 'entrante', 'entrantes', 'tapas', 'entrée', 'vorspeise', 'soup', 'soups', 'zuppa', 'sopa']],
  ['side', ['side', 'sides', 'side dish', 'contorno', 'contorni', 'guarnición', 'acompañamiento', 'beilage']],
  ['breakfast', ['breakfast', 'brunch', 'colazione', 'desayuno', 'frühstück', 'petit-déjeuner']],
  ['drink', ['drink', 'drinks', 'beverage', 'beverages', 'cocktail', 'cocktails', 'coffee', 'bevanda', 'bevande', 'bebida', 'bebidas', 'boisson', 'getränk']],
  ['component', ['sauce', 'sauces', 'dressing', 'dressings', 'condiment', 'condiments', 'stock', 'salsa', 'salse', 'sugo', 'fondo', 'base', 'dough', 'impasto', 'masa']],
  ['main', ['main', 'mains', 'main course', 'main dish', 'dinner', 'lunch', 'entree', 'secondo', 'secondi', 'primo', 'primi', 'primo piatto', 'pasta', 'plato principal', 'plat principal', 'hauptgericht']],
];

export function courseOf(categories: readonly string[]): Course | undefined {
  for (const category of categories) {
    const words = category.toLowerCase().normalize('NFC').trim();
    for (const [course, names] of WORDS) if (names.some((name) => words === name || words.split(/[\s,/&]+/).includes(name))) return course;
  }
  return undefined;
}
