import type { Ingredient } from '../../schemas/ingredient.ts';
import type { Procedure } from '../../schemas/procedure.ts';
import type { Recipe } from '../../schemas/recipe.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/reference.ts';
import { NO_ALLERGENS } from '../allergen-derivation.ts';
import { derivedAllergenChanges } from './allergen-changes.ts';
import { deepEqual } from './deep-equal.ts';
import { diffFields } from './field-diff.ts';
import { ingredientChanges } from './ingredient-changes.ts';
import type { BinderRevision, BodyChange, Change, EntryDiff, KitchenDiff } from './model.ts';
import { procedureChanges } from './procedure-changes.ts';
import { recipeChanges } from './recipe-changes.ts';
import { titlesOf, type TitleOf } from './titles.ts';
import { countChangedWords, hasChanges, wordDiff } from './word-diff.ts';
import { translationChanges } from './translation-changes.ts';
import { menuChanges } from './menu-changes.ts';

/** Overrides for how quantities and prices are written; by default the head's site settings. */
export interface DiffOptions {
  readonly locale?: string;
  readonly currency?: string;
}

/**
 * Compares two revisions of a binder entry by entry and returns what a cook needs
 * to review: per entry, typed changes (quantities with their effect on a batch,
 * steps word by word, critical limits, allergens with where they come from, and
 * any other field by path). Recipes whose own file did not change still appear
 * when their derived allergens changed (through an ingredient or a sub-recipe).
 */
export function diffBinders(base: BinderRevision, head: BinderRevision, options: DiffOptions = {}): KitchenDiff {
  const titleOf = titlesOf(head.entries, base.entries);
  const entries: EntryDiff[] = [];
  for (const collection of COLLECTION_NAMES) {
    const diffs: EntryDiff[] = [];
    for (const id of idsOf(collection, base, head)) {
      const diff = diffEntry(collection, id, base, head, titleOf);
      if (diff) diffs.push(diff);
    }
    entries.push(...diffs.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id)));
  }
  if (base.site && head.site) {
    const changes = diffFields(base.site, head.site);
    if (changes.length > 0) entries.push({ collection: 'site', id: 'site', title: 'Site settings', status: 'changed', changes });
  }
  const translations = translationChanges(base.translations, head.translations, titleOf);
  const currency = options.currency ?? head.site?.currency ?? base.site?.currency ?? 'USD';
  const menu = menuChanges(base, head, currency);
  return {
    locale: options.locale ?? head.site?.locale ?? base.site?.locale ?? 'en-US',
    currency,
    entries,
    ...(translations.length > 0 ? { translations } : {}),
    ...(menu.length > 0 ? { menu } : {}),
  };
}

function diffEntry(collection: CollectionName, id: string, base: BinderRevision, head: BinderRevision, titleOf: TitleOf): EntryDiff | undefined {
  const key = `${collection}/${id}`;
  const before = base.entries[collection].get(id);
  const after = head.entries[collection].get(id);
  const title = titleOf(collection, id);
  const entry = (status: EntryDiff['status'], changes: readonly Change[]): EntryDiff => ({ collection, id, title, status, changes });

  const brokenInBase = before === undefined && base.invalid?.has(key) === true;
  const brokenInHead = after === undefined && head.invalid?.has(key) === true;
  if (brokenInBase && brokenInHead) return undefined; // the head's problem list already says why
  if (brokenInHead) return { ...entry('unreadable', []), unreadableIn: 'head' };
  if (brokenInBase) return after === undefined ? entry('removed', []) : { ...entry('unreadable', []), unreadableIn: 'base' };
  if (before === undefined && after !== undefined) {
    const allergens = collection === 'recipes' ? derivedAllergenChanges(undefined, head.allergens.get(id), titleOf, true) : [];
    return entry('added', allergens);
  }
  if (before !== undefined && after === undefined) return entry('removed', []);
  if (before === undefined || after === undefined) return undefined;

  const changes: Change[] = [];
  if (collection === 'recipes') {
    // Derived allergens can change while the recipe's own file did not (a sub-recipe or an ingredient did).
    changes.push(...derivedAllergenChanges(base.allergens.get(id) ?? NO_ALLERGENS, head.allergens.get(id) ?? NO_ALLERGENS, titleOf));
  }
  if (deepEqual(before, after)) {
    // Most entries of a large binder are untouched: skip the field-by-field comparison.
  } else if (collection === 'recipes') {
    const ingredientOf = (slug: string) => head.entries.ingredients.get(slug) ?? base.entries.ingredients.get(slug);
    changes.push(...recipeChanges(before as Recipe, after as Recipe, { titleOf, ingredientOf }));
  } else if (collection === 'procedures') {
    changes.push(...procedureChanges(before as Procedure, after as Procedure));
  } else if (collection === 'ingredients') {
    changes.push(...ingredientChanges(before as Ingredient, after as Ingredient));
  } else {
    changes.push(...diffFields(before, after));
  }
  const body = bodyChange(base.bodies?.get(key), head.bodies?.get(key));
  if (body) changes.push(body);
  return changes.length > 0 ? entry('changed', changes) : undefined;
}

/** The chef's notes compared word by word; whitespace-only edits are not changes. */
function bodyChange(before: string | undefined, after: string | undefined): BodyChange | undefined {
  if (before === undefined || after === undefined || before.trim() === after.trim()) return undefined;
  const words = wordDiff(before.trim(), after.trim());
  if (!hasChanges(words)) return undefined;
  const counts = countChangedWords(words);
  return { kind: 'body-changed', path: 'body', words, wordsAdded: counts.added, wordsRemoved: counts.removed };
}

/** Every id on either side, valid or not. */
function idsOf(collection: CollectionName, base: BinderRevision, head: BinderRevision): string[] {
  const ids = new Set([...base.entries[collection].keys(), ...head.entries[collection].keys()]);
  for (const revision of [base, head]) {
    for (const key of revision.invalid ?? []) if (key.startsWith(`${collection}/`)) ids.add(key.slice(collection.length + 1));
  }
  return [...ids];
}
