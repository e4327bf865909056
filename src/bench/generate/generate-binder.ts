/**
 * A synthetic but realistic binder of `entries` entries, deterministic for a seed:
 * the sample binder's mix of collections (see proportions.ts), recipes with its
 * counts of ingredients, steps, sub-recipes, timers and critical limits, and a local
 * layer; with `languages`, that many languages besides English, every entry translated
 * into each (translations.ts). Pure: returns data; writing the files is the CLI's job
 * (binder-files.ts).
 */
import { applyPatch } from '../../domain/layers/apply-patch.ts';
import { collectionJsonSchema } from '../../schemas/json-schema.ts';
import type { GeneratedEntry } from './entry.ts';
import { generateEquipment, generateIngredients, generateStations } from './catalogue.ts';
import { generateLayer, type GeneratedLayer } from './layer.ts';
import { generateMenu } from './menu.ts';
import { generateProcedures, generateSetupGuides } from './procedures.ts';
import { COMPONENT_SHARE, entryCounts } from './proportions.ts';
import { seededRandom } from './random.ts';
import { generateRecipes } from './recipes.ts';
import { benchLanguages, translateEntry, type GeneratedTranslation } from './translations.ts';

export interface GenerateOptions {
  /** Entries in content/, all collections together. */
  readonly entries: number;
  readonly seed: string | number;
  /** Languages besides English (`es`, `it`, `fr`, … in order; translations.ts); default 0. */
  readonly languages?: number;
}

export interface GeneratedBinder {
  /** content/site.yaml. */
  readonly site: Record<string, unknown>;
  /** Every entry of content/, collection by collection. */
  readonly entries: GeneratedEntry[];
  readonly layer: GeneratedLayer;
  /** The translations of every entry into each language: content/'s, and the layer's own (of its replaced, added and patched entries, as it shows them). */
  readonly translations: { readonly content: GeneratedTranslation[]; readonly layer: GeneratedTranslation[] };
}

export function generateBinder(options: GenerateOptions): GeneratedBinder {
  const random = seededRandom(options.seed);
  const counts = entryCounts(options.entries);
  const { entries: ingredientEntries, ingredients } = generateIngredients(counts.ingredients, random);
  const equipment = generateEquipment(counts.equipment, random);
  const equipmentIds = equipment.map((e) => e.id);
  const stations = generateStations(counts.stations, equipmentIds, random);
  const stationIds = stations.map((s) => s.id);
  const recipeContext = { ingredients, stationIds, equipmentIds, random };
  const { entries: recipes, facts } = generateRecipes(counts.recipes, COMPONENT_SHARE, recipeContext);
  const procedures = generateProcedures(counts.procedures, { equipment, stationIds, componentIds: facts.filter((f) => f.component).map((f) => f.id), random });
  // Each piece of equipment links back to the procedures that care for it.
  for (const procedure of procedures) {
    const [equipmentId] = procedure.data['equipment'] as string[];
    const target = equipment.find((e) => e.id === equipmentId);
    const list = (target?.data['procedures'] as string[] | undefined) ?? [];
    if (target && list.length < 3) target.data['procedures'] = [...list, procedure.id];
  }
  const setup = generateSetupGuides(counts.setup, {
    equipmentIds,
    stationIds,
    ingredientIds: ingredients.map((i) => i.id),
    procedureIds: procedures.map((p) => p.id),
    random,
  });
  const layer = generateLayer(recipes, facts, recipeContext);
  // The restaurant's layer hides some recipes; the menu sells none of those.
  const hidden = new Set((layer.manifest['hide'] as string[] | undefined) ?? []);
  const menu = generateMenu(counts.menu, recipes.filter((recipe) => !hidden.has(`recipes/${recipe.id}`)), random);
  for (const recipe of recipes) addPar(recipe);
  const entries = [...recipes, ...procedures, ...setup, ...ingredientEntries, ...equipment, ...stations, ...menu];
  const languages = benchLanguages(options.languages ?? 0);
  // Translations draw on no random numbers, so a binder's entries are the same whatever its languages.
  const translations = translateBinder(entries, layer, languages);
  const site = languages.length === 0 ? SITE : withLanguages(SITE, languages);
  return { site, entries, layer, translations };
}

/** Every entry in every language: content/'s entries as upstream has them; the layer's replaced and added entries, and its patched ones with the patch applied. */
function translateBinder(entries: readonly GeneratedEntry[], layer: GeneratedLayer, languages: readonly string[]): GeneratedBinder['translations'] {
  const byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  const patched: GeneratedEntry[] = layer.patches.map((patch) => {
    const upstream = byKey.get(`${patch.collection}/${patch.id}`)!;
    const { data, problems } = applyPatch(upstream.data, patch.data, collectionJsonSchema(patch.collection));
    if (problems.length > 0) throw new Error(`the generated patch of ${patch.collection}/${patch.id} does not apply: ${problems.map((problem) => problem.message).join('; ')}`);
    return { ...upstream, data };
  });
  const cache = new Map<string, string>();
  const translate = (list: readonly GeneratedEntry[]) => languages.flatMap((language) => list.map((entry) => translateEntry(entry, language, cache)));
  return { content: translate(entries), layer: translate([...layer.entries, ...patched]) };
}

/**
 * A component (a dough, a sauce) is made ahead, so it has a par as the sample's do: a
 * fortieth of its batch a cover, for a day, made in its own batch. Drawn from no random
 * numbers, so the rest of the binder is the same with or without pars.
 */
function addPar(recipe: GeneratedEntry): void {
  if (recipe.data['course'] !== 'component') return;
  const batch = recipe.data['yield'] as { quantity: number; unit: string };
  recipe.data['par'] = { unit: batch.unit, perCover: Math.round((batch.quantity / 40) * 1000) / 1000 || 0.001, days: 1 };
}

/** The identity with `languages` after `locale`, where a person would write it. */
function withLanguages(site: Record<string, unknown>, languages: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(site).flatMap(([key, value]) => (key === 'locale' ? [[key, value], ['languages', [...languages]]] : [[key, value]])));
}

const SITE = {
  name: 'Corner Forno Bench',
  tagline: 'A synthetic binder for the benchmark — generated, never served',
  locale: 'en-US',
  unitSystem: 'metric',
  currency: 'USD',
  repository: 'https://github.com/open-franchise/open-franchise',
  upstream: 'https://github.com/open-franchise/open-franchise',
  branch: 'main',
  url: 'https://open-franchise.github.io/open-franchise',
  foodCode: 'FDA Food Code 2022',
  license: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  theme: { accent: '#9a3412' },
};
