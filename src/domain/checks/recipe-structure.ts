import type { Recipe } from '../../schemas/recipe.ts';
import type { BinderEntries } from '../binder.ts';
import { mentionKey, mentionTargets, parseStepText, resolveMention } from '../step-text.ts';
import { orList } from '../suggest.ts';
import type { Report } from './report.ts';

/**
 * The parts of a recipe that refer to each other: step mentions name exactly one
 * ingredient line, groups sit together, and each step's station is one of the recipe's.
 */
export function checkRecipeStructure(binder: BinderEntries, report: Report): void {
  for (const [id, recipe] of binder.recipes) {
    checkMentions(id, recipe, report);
    checkGroupsAreContiguous(id, recipe, report);
    recipe.steps.forEach((step, index) => {
      // An unknown station is reported by the reference check; here only a known one that is not listed.
      if (step.station !== undefined && binder.stations.has(step.station) && !recipe.stations.includes(step.station)) {
        report(
          { collection: 'recipes', id, path: ['steps', index, 'station'] },
          `\`${step.station}\` is not one of the recipe's stations`,
          `add \`${step.station}\` to \`stations\`, or use one of ${orList(recipe.stations, 8)}`,
        );
      }
    });
  }
}

function checkMentions(id: string, recipe: Recipe, report: Report): void {
  const targets = mentionTargets(recipe.ingredients);
  const aliases = new Map<string, number>();
  recipe.ingredients.forEach((line, index) => {
    if (line.mentionAs === undefined) return;
    const first = aliases.get(line.mentionAs);
    if (first !== undefined) {
      report(
        { collection: 'recipes', id, path: ['ingredients', index, 'mentionAs'] },
        `\`${line.mentionAs}\` is already the mention name of ingredient line ${first + 1}`,
        'give each line its own `mentionAs`',
      );
    }
    aliases.set(line.mentionAs, index);
  });

  recipe.steps.forEach((step, stepIndex) => {
    for (const segment of parseStepText(step.text)) {
      if (segment.kind !== 'mention') continue;
      const where = { collection: 'recipes' as const, id, path: ['steps', stepIndex, 'text'] };
      const resolved = resolveMention(segment.key, targets);
      if (resolved.kind === 'unknown') {
        report(
          where,
          `\`@${segment.key}\` names no ingredient line of this recipe`,
          `mention one of ${orList(recipe.ingredients.map((line) => `@${mentionKey(line)}`), 8)}, or add the ingredient to the list`,
        );
      } else if (resolved.kind === 'ambiguous') {
        report(
          where,
          `\`@${segment.key}\` could mean ingredient lines ${resolved.indexes.map((i) => i + 1).join(' and ')}`,
          `give one of those lines \`mentionAs: ${segment.key}-<group>\` and mention that name`,
        );
      }
    }
  });
}

function checkGroupsAreContiguous(id: string, recipe: Recipe, report: Report): void {
  const closed = new Set<string>();
  let current: string | undefined;
  recipe.ingredients.forEach((line, index) => {
    if (line.group === current) return;
    if (current !== undefined) closed.add(current);
    current = line.group;
    if (current !== undefined && closed.has(current)) {
      report(
        { collection: 'recipes', id, path: ['ingredients', index, 'group'] },
        `group "${current}" is split by other lines`,
        `move this line up to the other "${current}" lines`,
      );
    }
  });
}
