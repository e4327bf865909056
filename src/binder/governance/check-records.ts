/**
 * The governance records checked against each other and the binder: every trial names
 * a registered kitchen and an entry the binder has, no GitHub user speaks for two
 * kitchens (their approval would count twice), and every role a rule asks for is held
 * by some kitchen (otherwise no proposal under that rule could ever pass).
 */
import type { LocatedProblem } from '../../domain/located-problem.ts';
import { orList, suggest } from '../../domain/suggest.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import { located } from '../layers/read-layer.ts';
import type { GovernanceRecords } from './read-records.ts';

/** Is there such an entry (visible or hidden by a layer)? */
export type EntryExists = (collection: CollectionName, id: string) => boolean;

export function checkGovernanceRecords(records: GovernanceRecords, entryExists: EntryExists): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const kitchenIds = [...records.kitchens.keys()];

  for (const trial of records.trials) {
    const { kitchen, entry } = trial.data;
    if (!records.kitchens.has(kitchen)) {
      const guesses = suggest(kitchen, kitchenIds);
      problems.push(
        located(trial.source, ['kitchen'], `\`${kitchen}\` is not a registered kitchen`, guesses.length > 0 ? `did you mean ${orList(guesses)}? Otherwise register it as content/kitchens/${kitchen}.yaml` : `register it as content/kitchens/${kitchen}.yaml, or name one of ${orList(kitchenIds, 8)}`),
      );
    }
    const [collection, id] = entry.split('/') as [CollectionName, string];
    if (!entryExists(collection, id)) {
      problems.push(located(trial.source, ['entry'], `\`${entry}\` is not in the binder`, `name the ${collection === 'recipes' ? 'recipe' : 'procedure'} cooked as \`${collection}/<slug>\`, its file name without the extension`));
    }
  }

  const speaksFor = new Map<string, string>();
  for (const kitchen of records.kitchens.values()) {
    kitchen.data.logins.forEach((login, index) => {
      const other = speaksFor.get(login.toLowerCase());
      if (other !== undefined) {
        problems.push(located(kitchen.source, ['logins', index], `@${login} already speaks for the kitchen \`${other}\`: one person's approval would count for two kitchens`, 'keep each GitHub user in one kitchen only'));
      } else {
        speaksFor.set(login.toLowerCase(), kitchen.id);
      }
    });
  }

  const rules = records.rules;
  if (rules) {
    const roles = new Set([...records.kitchens.values()].flatMap((kitchen) => kitchen.data.roles ?? []));
    const check = (role: string | undefined, path: Array<string | number>) => {
      if (role !== undefined && !roles.has(role)) {
        problems.push(located(rules.source, path, `no registered kitchen has the role \`${role}\`, so no proposal this rule applies to could ever be accepted`, `give the role to a kitchen that holds it (\`roles: [${role}]\` in content/kitchens/<id>.yaml), or name another role${roles.size > 0 ? ` (${orList([...roles])})` : ''}`));
      }
    };
    rules.data.rules.forEach((rule, index) => check(rule.needs.role, ['rules', index, 'needs', 'role']));
    check(rules.data.otherwise.role, ['otherwise', 'role']);
  }
  return problems;
}
