/**
 * A restaurant's local layer over the generated binder, as `npm run fork` and
 * `npm run customise` make one: its identity, a few hidden dishes, replaced dishes,
 * patched dishes and dishes of its own (each about 1 % of the recipes, at least one).
 * Only dishes are hidden: nothing else refers to a dish, so hiding one breaks no link.
 */
import type { GeneratedEntry } from './entry.ts';
import { SlugPool } from './entry.ts';
import { generateRecipe, type RecipeContext, type RecipeFacts } from './recipes.ts';

/** The folder name of the generated layer, under layers/. */
export const LAYER_NAME = 'riverside';

export interface GeneratedPatch {
  readonly collection: 'recipes';
  readonly id: string;
  readonly data: Record<string, unknown>;
}

export interface GeneratedLayer {
  readonly name: string;
  /** The layer.yaml fields. */
  readonly manifest: Record<string, unknown>;
  /** Replacements (same slug as upstream) and additions (new slugs). */
  readonly entries: GeneratedEntry[];
  readonly patches: GeneratedPatch[];
}

export function generateLayer(recipes: readonly GeneratedEntry[], facts: readonly RecipeFacts[], context: RecipeContext): GeneratedLayer {
  const { random } = context;
  const dishes = recipes.filter((_, index) => !facts[index]!.component);
  const each = Math.max(1, Math.round(recipes.length * 0.01));
  const chosen = random.sample(dishes, each * 3);
  const hidden = chosen.slice(0, each);
  const replaced = chosen.slice(each, each * 2);
  const patched = chosen.slice(each * 2, each * 3);

  const entries: GeneratedEntry[] = replaced.map((entry) => ({
    ...entry,
    data: { ...entry.data, summary: `${String(entry.data['title'])} as the riverside kitchen makes it: a smaller portion, finished at the pass.`, prepMinutes: Number(entry.data['prepMinutes']) + 5 },
    body: `## Why it differs here\n\nThe riverside kitchen has one oven and a short pass, so this dish is portioned smaller and finished to order.\n\n${entry.body ?? ''}`,
  }));

  const slugs = new SlugPool();
  for (const entry of recipes) slugs.claim(entry.id);
  const components = facts.filter((f) => f.component);
  const pool = context.ingredients;
  for (let index = 0; index < each; index++) entries.push(generateRecipe({ course: random.pick(['main', 'starter', 'side'] as const), pool, components, slugs, context }).entry);

  const patches: GeneratedPatch[] = patched.map((entry) => {
    const firstStep = (entry.data['steps'] as Array<{ text: string }>)[0]!.text;
    return {
      collection: 'recipes',
      id: entry.id,
      data: {
        reason: 'The riverside oven runs cooler, so this dish gets longer and a smaller batch.',
        prepMinutes: Number(entry.data['prepMinutes']) + 10,
        steps: [{ was: firstStep, text: `${firstStep} Work in two smaller batches here.` }],
      },
    };
  });

  return {
    name: LAYER_NAME,
    manifest: { extends: 'content', site: { name: 'Corner Forno Riverside', tagline: 'The riverside kitchen of the synthetic benchmark binder' }, hide: hidden.map((entry) => `recipes/${entry.id}`) },
    entries,
    patches,
  };
}
