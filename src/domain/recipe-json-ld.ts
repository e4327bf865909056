import type { Diet, Recipe } from '../schemas/recipe.ts';
import type { Site } from '../schemas/site.ts';
import type { RecipeSource } from '../schemas/source.ts';
import { minutesToIso8601 } from './duration.ts';
import { quantityText, standaloneQuantityText } from './quantity-format.ts';
import { ingredientLineText, stepPlainText, type LineWords, type TitleOf } from './recipe-text.ts';

/** schema.org RestrictedDiet values for the diets that have one. */
const SCHEMA_ORG_DIETS: Partial<Record<Diet, string>> = {
  vegan: 'https://schema.org/VeganDiet',
  vegetarian: 'https://schema.org/VegetarianDiet',
  'gluten-free': 'https://schema.org/GlutenFreeDiet',
  halal: 'https://schema.org/HalalDiet',
  kosher: 'https://schema.org/KosherDiet',
};

export interface RecipeJsonLdInput {
  readonly recipe: Recipe;
  /** Absolute URL of the recipe page. */
  readonly url: string;
  readonly site: Site;
  readonly titleOf: TitleOf;
  /** Absolute URLs of the recipe's images. */
  readonly imageUrls?: readonly string[];
  /** "to taste" and "optional" in the page's language (English when left out). */
  readonly lineWords?: LineWords;
}

/** A schema.org `Recipe` for search engines and recipe tools, built from the same data as the page. */
export function recipeJsonLd({ recipe, url, site, titleOf, imageUrls = [], lineWords }: RecipeJsonLdInput): Record<string, unknown> {
  const { locale } = site;
  const times = [recipe.prepMinutes, recipe.cookMinutes, recipe.restMinutes].filter((m): m is number => m !== undefined);
  const diets = (recipe.diets ?? []).flatMap((diet) => SCHEMA_ORG_DIETS[diet] ?? []);
  const publisher = { '@type': 'Organization', name: site.name, url: site.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'Recipe',
    name: recipe.title,
    description: recipe.summary,
    url,
    inLanguage: locale,
    recipeCategory: recipe.category,
    keywords: [recipe.course, recipe.category].join(', '),
    recipeYield: [
      standaloneQuantityText(recipe.yield.quantity, recipe.yield.unit, locale),
      ...(recipe.yield.portions !== undefined ? [quantityText(recipe.yield.portions, 'portion', locale)] : []),
    ],
    ...(recipe.prepMinutes !== undefined && { prepTime: minutesToIso8601(recipe.prepMinutes) }),
    ...(recipe.cookMinutes !== undefined && { cookTime: minutesToIso8601(recipe.cookMinutes) }),
    ...(times.length > 0 && { totalTime: minutesToIso8601(times.reduce((a, b) => a + b, 0)) }),
    recipeIngredient: recipe.ingredients.map((line) => ingredientLineText(line, titleOf, locale, lineWords)),
    recipeInstructions: recipe.steps.map((step, index) => ({
      '@type': 'HowToStep',
      position: index + 1,
      text: stepPlainText(recipe, step.text, titleOf, locale),
      url: `${url}#step-${index + 1}`,
    })),
    ...(diets.length > 0 && { suitableForDiet: diets.length === 1 ? diets[0] : diets }),
    ...(imageUrls.length > 0 && { image: imageUrls }),
    author: publisher,
    publisher,
    license: site.license.url,
    ...(recipe.source && { isBasedOn: basedOn(recipe.source) }),
  };
}

/** Where an imported recipe came from, credited as schema.org says a derived work credits its source. */
function basedOn(source: RecipeSource): Record<string, unknown> {
  return {
    '@type': 'CreativeWork',
    ...(source.url && { url: source.url }),
    ...(source.author && { author: { '@type': 'Person', name: source.author } }),
    ...(source.publisher && { publisher: { '@type': 'Organization', name: source.publisher } }),
    ...(source.licence && { license: source.licence }),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
