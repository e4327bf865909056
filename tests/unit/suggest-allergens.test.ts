/**
 * What the import suggests for an ingredient it proposes: allergens from the name in five
 * languages (whole words, plant milks and nut butters told apart, German compounds
 * split), a purchasing category and a storage zone. Checked against the sample binder:
 * a suggestion must never name an allergen the binder does not declare, and the few the
 * name cannot reveal are listed with the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { AllergenId } from '../../src/domain/allergens.ts';
import { suggestAllergens, suggestCategory, suggestStorageZone } from '../../src/domain/import/suggest-allergens.ts';
import type { IngredientCategory } from '../../src/schemas/ingredient.ts';

describe('suggestAllergens', () => {
  test.each<[string, string | undefined, AllergenId[]]>([
    // Wheat always brings gluten, in the table's order.
    ['all-purpose flour', 'en', ['gluten', 'wheat']],
    ['Weizenmehl', 'de', ['gluten', 'wheat']],
    ['farina di grano duro', 'it', ['gluten', 'wheat']],
    ['harina', 'es', ['gluten', 'wheat']],
    ['farine T55', 'fr', ['gluten', 'wheat']],
    ['breadcrumbs', 'en', ['gluten', 'wheat']],
    ['couscous', 'en', ['gluten', 'wheat']],
    ['semolina', undefined, ['gluten', 'wheat']],
    // Barley, rye and oats carry gluten but are not wheat.
    ['pearl barley', 'en', ['gluten']],
    ['rolled oats', 'en', ['gluten']],
    ['Roggenmehl', 'de', ['gluten']],
    // Flour of something else is that something: rice is nothing, almond a tree nut.
    ['rice flour', 'en', []],
    ['almond flour', 'en', ['tree-nuts']],
    ['harina de maíz', 'es', []],
    ['Buchweizenmehl', 'de', []],
    ['buckwheat', 'en', []],
    // Milk in every language, and cheeses by name.
    ['whole milk', 'en', ['milk']],
    ['buttermilk', 'en', ['milk']],
    ['Parmigiano Reggiano', undefined, ['milk']],
    ['mozzarella', 'es', ['milk']],
    ['panna fresca', 'it', ['milk']],
    ['mantequilla sin sal', 'es', ['milk']],
    ['crème fraîche', 'fr', ['milk']],
    ['Schlagsahne', 'de', ['milk']],
    ['Käse', 'de', ['milk']],
    ['yogurt greco', 'it', ['milk']],
    // "Lactose-free" does not make milk safe for a milk allergy.
    ['lactose-free milk', 'en', ['milk']],
    ['garlic butter', 'en', ['milk']],
    ['ice cream', 'en', ['milk']],
    // Plant milks and nut or seed butters are not dairy: their source decides.
    ['coconut milk', 'en', []],
    ['coconut cream', 'en', []],
    ['cocoa butter', 'en', []],
    ['peanut butter', 'en', ['peanuts']],
    ['almond milk', 'en', ['tree-nuts']],
    ['oat milk', 'en', ['gluten']],
    ['soy milk', 'en', ['soybeans']],
    ['latte di cocco', 'it', []],
    ['latte di mandorla', 'it', ['tree-nuts']],
    ['burro di arachidi', 'it', ['peanuts']],
    ['leche de coco', 'es', []],
    ['crema de cacahuate', 'es', ['peanuts']],
    ["lait d'amande", 'fr', ['tree-nuts']],
    ['Kokosmilch', 'de', []],
    ['Erdnussbutter', 'de', ['peanuts']],
    ['Hafermilch', 'de', ['gluten']],
    // Words that contain an allergen's word without being it.
    ['cream of tartar', 'en', []],
    ['butter beans', 'en', []],
    ['oyster mushrooms', 'en', []],
    ['eggplant', 'en', []],
    ['butternut squash', 'en', []],
    ['nutmeg', 'en', []],
    ['nuez moscada', 'es', []],
    ['noce moscata', 'it', []],
    ['noix de coco', 'fr', []],
    // Tintenfisch is squid: a mollusc, not a fish.
    ['Tintenfisch', 'de', ['molluscs']],
    // Eggs, singular and plural, in every language.
    ['large eggs', 'en', ['eggs']],
    ['egg yolks', 'en', ['eggs']],
    ['uova', 'it', ['eggs']],
    ['tuorli', 'it', ['eggs']],
    ['huevos', 'es', ['eggs']],
    ['oeufs', 'fr', ['eggs']],
    ['Eier', 'de', ['eggs']],
    ['mayonnaise', undefined, ['eggs']],
    ['savoiardi', undefined, ['gluten', 'wheat', 'eggs']],
    ['egg noodles', 'en', ['gluten', 'wheat', 'eggs']],
    // Fish, including where it hides.
    ['anchovies', 'en', ['fish']],
    ['filetes de anchoa', 'es', ['fish']],
    ['acciughe', 'it', ['fish']],
    ['fish sauce', 'en', ['fish']],
    ['Worcestershire sauce', 'en', ['fish']],
    ['Thunfisch', 'de', ['fish']],
    // Crustaceans and molluscs are apart.
    ['shrimp', 'en', ['crustaceans']],
    ['gambas', 'es', ['crustaceans']],
    ['Garnelen', 'de', ['crustaceans']],
    ['mussels', 'en', ['molluscs']],
    ['cozze', 'it', ['molluscs']],
    ['oyster sauce', 'en', ['molluscs']],
    // Soy sauce is brewed with wheat.
    ['soy sauce', 'en', ['gluten', 'wheat', 'soybeans']],
    ['tofu', undefined, ['soybeans']],
    ['miso paste', 'en', ['soybeans']],
    ['edamame', undefined, ['soybeans']],
    // Peanuts are not tree nuts.
    ['peanuts', 'en', ['peanuts']],
    ['arachidi', 'it', ['peanuts']],
    ['cacahuetes', 'es', ['peanuts']],
    ['Erdnüsse', 'de', ['peanuts']],
    ['almonds', 'en', ['tree-nuts']],
    ['hazelnuts', 'en', ['tree-nuts']],
    ['walnuts', 'en', ['tree-nuts']],
    ['pistachios', 'en', ['tree-nuts']],
    ['cashews', 'en', ['tree-nuts']],
    ['pecans', 'en', ['tree-nuts']],
    ['macadamia nuts', 'en', ['tree-nuts']],
    ['Brazil nuts', 'en', ['tree-nuts']],
    ['mandorle', 'it', ['tree-nuts']],
    ['nocciole', 'it', ['tree-nuts']],
    ['nueces', 'es', ['tree-nuts']],
    ['noisettes', 'fr', ['tree-nuts']],
    ['Haselnüsse', 'de', ['tree-nuts']],
    // The FDA lists pine nuts as a tree nut (2025 guidance); the binder declares them so.
    ['pine nuts', 'en', ['tree-nuts']],
    ['pinoli', 'it', ['tree-nuts']],
    ['piñones', 'es', ['tree-nuts']],
    // Neither list counts coconut or chestnut.
    ['coconut', 'en', []],
    ['chestnuts', 'en', []],
    ['sesame seeds', 'en', ['sesame']],
    ['tahini', undefined, ['sesame']],
    ['Sesamöl', 'de', ['sesame']],
    ['Dijon mustard', 'en', ['mustard']],
    ['senape', 'it', ['mustard']],
    ['Senf', 'de', ['mustard']],
    ['celery', 'en', ['celery']],
    ['celeriac', 'en', ['celery']],
    ['sedano', 'it', ['celery']],
    ['Knollensellerie', 'de', ['celery']],
    ['lupini beans', 'en', ['lupin']],
    ['altramuces', 'es', ['lupin']],
    // Sulphites: wine and dried fruit; a wine vinegar by its "wine", other vinegars not.
    ['dry white wine', 'en', ['sulphites']],
    ['red wine vinegar', 'en', ['sulphites']],
    ['vinagre de vino tinto', 'es', ['sulphites']],
    ['Weinessig', 'de', ['sulphites']],
    ['dried apricots', 'en', ['sulphites']],
    ['raisins', 'en', ['sulphites']],
    ['cider vinegar', 'en', []],
    ['grapes', 'en', []],
    // Nothing recognised: an empty list, which a person still confirms.
    ['water', 'en', []],
    ['yellow onion', 'en', []],
    ['spicy salami', 'en', []],
  ])('%j (%s) → %j', (name, language, expected) => {
    expect(suggestAllergens(name, language)).toEqual(expected);
  });

  test.each([
    // Italian "grano" is wheat; Spanish "café en grano" is whole-bean coffee.
    ['café en grano', 'es', []],
    ['grano duro', 'it', ['gluten', 'wheat']],
    // Spanish "pan" is bread; an English name is not read as Spanish.
    ['pan rallado', 'es', ['gluten', 'wheat']],
    ['pan', 'en', []],
    // Without a language every table is used, erring towards suggesting.
    ['pan', undefined, ['gluten', 'wheat']],
    // German compounds are split only in German, so an English "butternut" stays whole.
    ['Weizenmehl', 'de', ['gluten', 'wheat']],
    ['Weizenmehl', 'en', []],
  ] as const)('%j in %s → %j', (name, language, expected) => {
    expect(suggestAllergens(name, language)).toEqual(expected);
  });
});

describe('suggestCategory and suggestStorageZone', () => {
  test.each<[string, string | undefined, IngredientCategory | undefined]>([
    // The head noun decides: last in English, first in Spanish and Italian.
    ['extra-virgin olive oil', 'en', 'oils-and-fats'],
    ["olio extravergine d'oliva", 'it', 'oils-and-fats'],
    ['aceite de oliva', 'es', 'oils-and-fats'],
    ['red wine vinegar', 'en', 'condiments'],
    ['vinagre de vino tinto', 'es', 'condiments'],
    ['herb butter', 'en', 'dairy'],
    ['fennel sausage', 'en', 'meat'],
    ['salsiccia al finocchio', 'it', 'meat'],
    ['celery salt', 'en', 'herbs-and-spices'],
    ['garlic cloves', 'en', 'produce'],
    ['chicken thighs', 'en', 'poultry'],
    ['quail eggs', 'en', 'eggs'],
    ['egg noodles', 'en', 'dry-goods'],
    ['salmon fillet', 'en', 'seafood'],
    ['ciabatta', undefined, 'bakery'],
    ['espresso beans', 'en', 'beverages'],
    ['cannellini beans', 'en', 'dry-goods'],
    ['green beans', 'en', 'produce'],
    // Anything frozen is kept frozen, whatever it is.
    ['frozen peas', 'en', 'frozen'],
    ['vanilla gelato', 'en', 'frozen'],
    ['gelato de vainilla', 'es', 'frozen'],
    // A word after "without" names what is absent.
    ['mantequilla sin sal', 'es', 'dairy'],
    // Plant milks are not dairy.
    ['coconut milk', 'en', 'dry-goods'],
    ['latte di mandorla', 'it', 'dry-goods'],
    ['Olivenöl', 'de', 'oils-and-fats'],
    ['Vollmilch', 'de', 'dairy'],
    ['xanthan gum', 'en', undefined],
  ])('%j (%s) → %s', (name, language, expected) => {
    expect(suggestCategory(name, language)).toBe(expected);
  });

  test.each<[IngredientCategory | undefined, string | undefined]>([
    ['dairy', 'refrigerated'],
    ['meat', 'refrigerated'],
    ['seafood', 'refrigerated'],
    ['eggs', 'refrigerated'],
    // Cold where in doubt: some produce keeps dry, none is unsafe cold.
    ['produce', 'refrigerated'],
    ['condiments', 'refrigerated'],
    ['frozen', 'frozen'],
    ['dry-goods', 'dry'],
    ['herbs-and-spices', 'dry'],
    ['oils-and-fats', 'dry'],
    [undefined, undefined],
  ])('%s → %s', (category, zone) => {
    expect(suggestStorageZone(category)).toBe(zone);
  });
});

describe('the sample binder', () => {
  const content = path.resolve(import.meta.dirname, '../../content');
  const read = (file: string) => parse(readFileSync(file, 'utf8')) as { name: string; category: IngredientCategory; allergens?: AllergenId[] };
  const ingredients = readdirSync(path.join(content, 'ingredients'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({
      id: file.slice(0, -5),
      ...read(path.join(content, 'ingredients', file)),
      spanish: read(path.join(content, 'translations/es/ingredients', file)).name,
    }));

  test('the sample is there', () => {
    expect(ingredients.length).toBeGreaterThan(40);
  });

  const names = ingredients.flatMap((ingredient) => [
    [ingredient.id, ingredient.name, 'en', ingredient] as const,
    [ingredient.id, ingredient.spanish, 'es', ingredient] as const,
  ]);

  // A suggestion the binder does not declare would be a false alarm on a checked ingredient.
  test.each(names)('%s: %j (%s) suggests only what the binder declares', (_id, name, language, ingredient) => {
    expect(suggestAllergens(name, language).filter((allergen) => !(ingredient.allergens ?? []).includes(allergen))).toEqual([]);
  });

  test.each(names)('%s: %j (%s) is in its category', (_id, name, language, ingredient) => {
    expect(suggestCategory(name, language)).toBe(ingredient.category);
  });

  // What no name can reveal, and why a person confirms every suggestion.
  test.each<[string, AllergenId[], AllergenId[], string]>([
    ['dark-chocolate', [], ['soybeans'], 'soy lecithin is in the recipe, not the name'],
    ['dijon-mustard', ['mustard'], ['sulphites'], 'the sulphites come from the wine or verjuice it is made with'],
    ['vanilla-gelato', ['milk'], ['eggs'], 'the eggs are in a custard base, which not every gelato has'],
  ])('%s suggests %j; the binder also declares %j: %s', (id, suggested, missed) => {
    const ingredient = ingredients.find((candidate) => candidate.id === id)!;
    expect(suggestAllergens(ingredient.name, 'en')).toEqual(suggested);
    expect((ingredient.allergens ?? []).filter((allergen) => !suggested.includes(allergen))).toEqual(missed);
  });
});
