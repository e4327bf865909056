import type { BinderEntries } from '../binder.ts';
import { findSubRecipeCycles } from '../recipe-graph.ts';
import type { Report } from './report.ts';

/** Sub-recipes must not form a cycle: each recipe in one gets the whole loop spelled out. */
export function checkSubRecipeCycles(binder: BinderEntries, report: Report): void {
  for (const cycle of findSubRecipeCycles(binder.recipes)) {
    const loop = cycle.join(' → ');
    for (const id of new Set(cycle)) {
      const recipe = binder.recipes.get(id);
      const next = cycle[cycle.indexOf(id) + 1];
      const index = recipe?.ingredients.findIndex((line) => line.recipe === next) ?? -1;
      report(
        { collection: 'recipes', id, path: index >= 0 ? ['ingredients', index, 'recipe'] : ['ingredients'] },
        `sub-recipes form a cycle (${loop}), so none of them can be made`,
        `remove the line that uses \`${next}\`, or the line in another recipe of the cycle`,
      );
    }
  }
}
