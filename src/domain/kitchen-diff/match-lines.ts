import type { IngredientLine } from '../../schemas/recipe.ts';
import { deepEqual } from './deep-equal.ts';

/** Ingredient lines of two versions of a recipe paired up, by index. */
export interface LineMatch {
  readonly pairs: ReadonlyArray<{ readonly before: number; readonly after: number }>;
  readonly removed: readonly number[];
  readonly added: readonly number[];
}

/** What a line names: `ingredient:salt` or `recipe:pizza-dough`. */
export function lineRef(line: IngredientLine): string {
  return line.ingredient !== undefined ? `ingredient:${line.ingredient}` : `recipe:${line.recipe ?? ''}`;
}

/**
 * Pairs ingredient lines by what they name and their group ("salt" in Dough is not
 * "salt" in Topping), then by what they name alone (a line moved to another group).
 * When a name repeats within a key, identical lines pair first, then lines with the
 * same preparation, then the rest in list order.
 */
export function matchLines(before: readonly IngredientLine[], after: readonly IngredientLine[]): LineMatch {
  const pairs: Array<{ before: number; after: number }> = [];
  const freeBefore = new Set(before.keys());
  const freeAfter = new Set(after.keys());

  const pass = (key: (line: IngredientLine) => string, alike: (x: IngredientLine, y: IngredientLine) => boolean) => {
    for (const ai of [...freeAfter]) {
      const target = after[ai] as IngredientLine;
      const bi = [...freeBefore].find((i) => key(before[i] as IngredientLine) === key(target) && alike(before[i] as IngredientLine, target));
      if (bi === undefined) continue;
      pairs.push({ before: bi, after: ai });
      freeBefore.delete(bi);
      freeAfter.delete(ai);
    }
  };
  const withGroup = (line: IngredientLine) => `${lineRef(line)}|${line.group ?? ''}`;
  const any = () => true;
  pass(withGroup, deepEqual);
  pass(withGroup, (x, y) => x.preparation === y.preparation);
  pass(withGroup, any);
  pass(lineRef, (x, y) => x.preparation === y.preparation);
  pass(lineRef, any);

  pairs.sort((x, y) => x.after - y.after);
  return { pairs, removed: [...freeBefore].sort((x, y) => x - y), added: [...freeAfter].sort((x, y) => x - y) };
}
