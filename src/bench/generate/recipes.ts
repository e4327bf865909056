/**
 * Recipes: components (doughs, sauces, dressings; 40 % as in the sample) made first
 * and used in later recipes, then dishes. A recipe only ever uses components made
 * before it, so there are no cycles, and components nest at most two deep (dishes
 * at most three), as in the sample. Allergens and diets are derived here exactly as
 * the checker derives them, so every claim holds.
 */
import { ALLERGEN_IDS, type AllergenId } from '../../domain/allergens.ts';
import { DIET_EXCLUDES } from '../../domain/allergen-derivation.ts';
import type { Course, Diet } from '../../schemas/recipe.ts';
import type { CatalogueIngredient } from './catalogue.ts';
import { capitalise, SlugPool, type GeneratedEntry } from './entry.ts';
import { recipeBody } from './prose.ts';
import type { Random } from './random.ts';
import { CHECKS, COMPONENT_NOUNS, COURSE_WEIGHTS, DISHES, GROUPS, METHOD_ENDS, METHOD_VERBS, PREPARATIONS, STYLE_WORDS } from './words.ts';

/** What later recipes, procedures and the layer need to know of a recipe. */
export interface RecipeFacts {
  readonly id: string;
  readonly component: boolean;
  readonly allergens: ReadonlySet<AllergenId>;
  /** Meat or fish somewhere inside: no vegetarian or vegan claim. */
  readonly meat: boolean;
  /** Milk, eggs or fish somewhere inside: no vegan claim. */
  readonly animal: boolean;
  /** Sub-recipe depth: 0 for a recipe of ingredients only. */
  readonly depth: number;
  /** The yield dimension a line may measure it in besides portions. */
  readonly measureUnit: 'g' | 'ml' | 'each';
  readonly portionSize?: number;
}

export interface RecipeContext {
  readonly ingredients: readonly CatalogueIngredient[];
  readonly stationIds: readonly string[];
  readonly equipmentIds: readonly string[];
  readonly random: Random;
}

const SWEET_ONLY = new Set(['sugar', 'dark chocolate', 'cocoa powder', 'vanilla gelato', 'honey', 'espresso beans']);
const DIETS_CLAIMED: readonly Diet[] = ['vegan', 'vegetarian', 'gluten-free', 'dairy-free', 'egg-free', 'nut-free'];
const COURSES = Object.entries(COURSE_WEIGHTS).flatMap(([course, weight]) => Array<keyof typeof COURSE_WEIGHTS>(weight).fill(course as keyof typeof COURSE_WEIGHTS));

export function generateRecipes(count: number, componentShare: number, context: RecipeContext): { entries: GeneratedEntry[]; facts: RecipeFacts[] } {
  const slugs = new SlugPool();
  const entries: GeneratedEntry[] = [];
  const facts: RecipeFacts[] = [];
  const componentCount = Math.max(1, Math.round(count * componentShare));
  const sweet = context.ingredients.filter((i) => i.base.sweet);
  const savoury = context.ingredients.filter((i) => !SWEET_ONLY.has(i.base.name));
  for (let index = 0; index < count; index++) {
    const component = index < componentCount;
    const course: Course = component ? 'component' : context.random.pick(COURSES);
    const pool = course === 'dessert' || course === 'drink' ? (sweet.length > 0 ? sweet : context.ingredients) : savoury.length > 0 ? savoury : context.ingredients;
    const made = generateRecipe({ course, pool, components: facts.filter((f) => f.component), slugs, context });
    entries.push(made.entry);
    facts.push(made.facts);
  }
  return { entries, facts };
}

interface RecipeInput {
  readonly course: Course;
  readonly pool: readonly CatalogueIngredient[];
  readonly components: readonly RecipeFacts[];
  readonly slugs: SlugPool;
  readonly context: RecipeContext;
}

/** One recipe; also used for a layer's additions. */
export function generateRecipe({ course, pool, components, slugs, context }: RecipeInput): { entry: GeneratedEntry; facts: RecipeFacts } {
  const { random } = context;
  const component = course === 'component';
  const usable = components.filter((c) => c.depth < 2 || !component);
  const subCount = usable.length === 0 ? 0 : component ? (random.chance(0.3) ? 1 : 0) : random.pick([0, 1, 1, 1, 2, 2]);
  const subs = random.sample(usable, subCount);
  const lineCount = Math.max(subs.length + 1, random.chance(0.06) ? random.int(9, 13) : random.int(2, 8));
  const picked = random.sample(pool, lineCount - subs.length);

  // Title from what goes in, made unique with a style word and, as a last resort, a number.
  const names = picked.slice(0, 2).map((i) => i.name.toLowerCase());
  const shortNames = picked.slice(0, 2).map((i) => i.base.name);
  const componentNoun = random.pick(COMPONENT_NOUNS);
  const noun = component ? componentNoun.noun : random.pick(DISHES[course as keyof typeof DISHES].nouns);
  let title = `${capitalise(names.join(' and '))} ${noun}`;
  if (title.length > 60) title = `${capitalise(shortNames.join(' and '))} ${noun}`;
  if (random.chance(0.3) || usedTitle(slugs, title)) title = `${random.pick(STYLE_WORDS)} ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
  const id = slugs.claim(title);

  const lines: Record<string, unknown>[] = [];
  for (const sub of subs) {
    const byPortion = sub.portionSize === undefined || random.chance(0.5);
    lines.push(byPortion ? { recipe: sub.id, quantity: 1, unit: 'portion' } : { recipe: sub.id, quantity: sub.portionSize, unit: sub.measureUnit });
  }
  for (const ingredient of picked) lines.push(ingredientLine(ingredient, component, random));
  if (lines.length >= 4 && random.chance(0.35)) assignGroups(lines, random);

  const stations = random.sample(context.stationIds, random.chance(0.4) ? 2 : 1);

  const allergens = new Set<AllergenId>([...picked.flatMap((i) => i.allergens), ...subs.flatMap((s) => [...s.allergens])]);
  const meat = picked.some((i) => i.base.animal === 'meat' || i.base.animal === 'fish') || subs.some((s) => s.meat);
  const animal = meat || picked.some((i) => i.base.animal !== undefined) || subs.some((s) => s.animal);
  const diets = DIETS_CLAIMED.filter((diet) => {
    if (DIET_EXCLUDES[diet].some((a) => allergens.has(a))) return false;
    if (diet === 'vegan') return !animal;
    if (diet === 'vegetarian') return !meat;
    return true;
  });

  // A component's batch is what its lines weigh (a tenth lost to cooking), cut into whole portions.
  const liquid = component && ['sauce', 'dressing', 'oil', 'stock', 'cream'].includes(componentNoun.noun);
  const portionSize = random.pick([30, 50, 80, 100, 150, 200, 250]);
  const batchGrams = lines.reduce((sum, line) => sum + lineGrams(line, picked, subs), 0) * 0.9;
  const portions = component ? Math.max(2, Math.floor(batchGrams / portionSize)) : random.pick([1, 1, 1, 2, 4, 6]);
  const yieldField = component
    ? { quantity: (portionSize * portions) / 1000, unit: liquid ? 'l' : 'kg', portions, portionSize: { quantity: portionSize, unit: liquid ? 'ml' : 'g' } }
    : { quantity: portions, unit: 'each', portions };
  const cookMinutes = random.chance(0.6) ? random.int(2, 90) : undefined;

  const steps = methodSteps(lines, stations, component, picked.some((i) => i.base.animal === 'meat'), cookMinutes !== undefined, random);
  const data: Record<string, unknown> = {
    title,
    summary: `${title}: ${random.pick(SUMMARIES)}`,
    course,
    category: component ? componentNoun.category : DISHES[course as keyof typeof DISHES].category,
    stations,
    yield: yieldField,
    prepMinutes: random.int(3, 40),
    ...(cookMinutes !== undefined ? { cookMinutes } : {}),
    ...(random.chance(0.2) ? { restMinutes: random.pick([20, 60, 120, 720, 1440]) } : {}),
    equipment: random.sample(context.equipmentIds, random.int(2, 6)),
    ingredients: lines,
    steps,
    ...(component && random.chance(0.9)
      ? { storage: { zone: 'refrigerated', temperature: { value: random.pick([3, 4, 5]), unit: 'C' }, shelfLifeHours: random.pick([48, 72, 96]), notes: 'Label with the date and time it was made; discard at the end of its shelf life.' } }
      : {}),
    ...(random.chance(0.3) ? { holding: random.chance(0.5) ? { method: 'hot', temperature: { value: random.pick([60, 63, 65]), unit: 'C' }, maxHours: 4 } : { method: 'cold', temperature: { value: random.pick([3, 4, 5]), unit: 'C' }, maxHours: 6 } } : {}),
    diets,
    ...(allergens.size > 0 && random.chance(0.1) ? { allergens: ALLERGEN_IDS.filter((a) => allergens.has(a)) } : {}),
  };
  const body = recipeBody(random, title, names);
  const depth = subs.reduce((most, s) => Math.max(most, s.depth + 1), 0);
  return {
    entry: { collection: 'recipes', id, data, body },
    facts: { id, component, allergens, meat, animal, depth, measureUnit: component ? (liquid ? 'ml' : 'g') : 'each', ...(component ? { portionSize } : {}) },
  };
}

function usedTitle(slugs: SlugPool, title: string): boolean {
  return slugs.has(title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''));
}

/** Roughly what a line weighs, in grams (a millilitre as a gram). */
function lineGrams(line: Record<string, unknown>, picked: readonly CatalogueIngredient[], subs: readonly RecipeFacts[]): number {
  const quantity = Number(line['quantity'] ?? 0);
  if (line['unit'] === 'portion') return quantity * (subs.find((s) => s.id === line['recipe'])?.portionSize ?? 100);
  if (line['unit'] === 'each') return quantity * (picked.find((i) => i.id === line['ingredient'])?.base.gramsEach ?? 50);
  return quantity;
}

const LIQUID_PREPARATIONS = ['cold', 'at room temperature', 'measured before service', 'shaken well'] as const;

const SUMMARIES = [
  'built to be made the same way on every shift, with every amount weighed and every step timed.',
  'a menu favourite that holds well on a busy night if the prep is done to the letter.',
  'simple on paper, and right only when each part is seasoned on its own.',
  'made in batches at prep and finished to order, so the ticket time stays short.',
] as const;

function ingredientLine(ingredient: CatalogueIngredient, component: boolean, random: Random): Record<string, unknown> {
  const line: Record<string, unknown> = { ingredient: ingredient.id };
  if (!random.chance(0.02)) {
    const scale = component ? 4 : 1;
    if (ingredient.measure === 'count') Object.assign(line, { quantity: random.int(1, 4) * scale, unit: 'each' });
    else if (ingredient.measure === 'volume') Object.assign(line, { quantity: random.pick([5, 10, 15, 20, 30, 50, 60, 100, 150, 200, 250]) * scale, unit: 'ml' });
    else if (ingredient.base.strong) Object.assign(line, { quantity: random.int(1, 10) * scale, unit: 'g' });
    else Object.assign(line, { quantity: random.pick([5, 10, 15, 20, 30, 40, 50, 60, 80, 100, 120, 150, 200, 250, 300, 400, 500]) * scale, unit: 'g' });
  }
  if (random.chance(0.64)) line['preparation'] = random.pick(ingredient.measure === 'volume' ? LIQUID_PREPARATIONS : PREPARATIONS);
  if (random.chance(0.02)) line['optional'] = true;
  return line;
}

/** Two or three named groups over the lines, each a run of neighbours (groups must not be split). */
function assignGroups(lines: Record<string, unknown>[], random: Random): void {
  const names = random.sample(GROUPS, random.chance(0.5) ? 3 : 2);
  const cuts = names.map((_, i) => Math.round((lines.length * i) / names.length));
  lines.forEach((line, index) => {
    const group = names[cuts.filter((cut) => cut <= index).length - 1]!;
    line['group'] = group;
  });
}

/** The method: every line mentioned once as `@slug`, in list order; timers, temperatures and a critical limit at about the sample's rates. */
function methodSteps(lines: readonly Record<string, unknown>[], stations: readonly string[], component: boolean, meat: boolean, cooked: boolean, random: Random): Record<string, unknown>[] {
  const count = Math.max(3, Math.min(8, random.int(3, 8)));
  const keys = lines.map((line) => (line['ingredient'] ?? line['recipe']) as string);
  const perStep = Math.ceil(keys.length / count);
  const steps: Record<string, unknown>[] = [];
  const texts = new Set<string>();
  for (let index = 0; index < count; index++) {
    const mentioned = keys.slice(index * perStep, (index + 1) * perStep);
    let text =
      mentioned.length === 0
        ? random.pick(CHECKS)
        : `${random.pick(METHOD_VERBS)} ${mentioned.map((key) => `@${key}`).join(', ')} ${random.pick(METHOD_ENDS)}.`;
    for (let extra = 0; texts.has(text); extra++) text = `${text} ${extra < CHECKS.length ? CHECKS[extra] : `Repeat for batch ${extra}.`}`;
    texts.add(text);
    const step: Record<string, unknown> = { text };
    if (random.chance(0.26)) step['timerMinutes'] = random.pick([2, 3, 5, 8, 10, 15, 20, 30]);
    if (cooked && random.chance(0.27)) step['temperature'] = { value: random.pick([180, 200, 220, 250, 370]), unit: 'C' };
    if (random.chance(0.06)) step['criticalLimit'] = criticalLimit(component, meat);
    if (stations.length > 1 && index >= count / 2 && random.chance(0.5)) step['station'] = stations[1];
    steps.push(step);
  }
  return steps;
}

function criticalLimit(component: boolean, meat: boolean): Record<string, unknown> {
  if (meat) {
    return { measure: 'core-temperature', comparison: 'at-least', value: 74, unit: 'C', forSeconds: 15, correctiveAction: 'Keep cooking and probe again in the thickest piece. Do not serve until it reads 74 °C for 15 seconds.' };
  }
  if (component) {
    return { measure: 'core-temperature', comparison: 'at-most', value: 5, unit: 'C', withinMinutes: 240, correctiveAction: 'If it is above 5 °C after 4 hours, discard the batch and tell the shift lead. Cool in shallower pans next time.' };
  }
  return { measure: 'holding-temperature', comparison: 'at-most', value: 5, unit: 'C', correctiveAction: 'Move it to a working cooler at once. If it has been above 5 °C for more than 4 hours, discard it.' };
}
