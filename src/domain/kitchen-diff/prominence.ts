import type { Change } from './model.ts';

/**
 * How loudly a change is shown. `alarm`: an allergen added to an existing recipe or
 * ingredient (the most prominent line of any output). `warning`: other allergen
 * changes, and the allergens of a new recipe. `safety`: critical limits,
 * corrective actions and storage or holding limits. `info`: everything else.
 */
export type Prominence = 'alarm' | 'warning' | 'safety' | 'info';

/** Field paths whose changes decide whether food is kept safely. */
const SAFETY_FIELDS = /^(?:storage\.(?:zone|temperature|shelfLifeHours)|storage|holding(?:\..*)?)$/;

export function prominenceOf(change: Change): Prominence {
  switch (change.kind) {
    case 'allergen-added':
      return change.list === 'contains' && !change.newEntry ? 'alarm' : 'warning';
    case 'allergen-removed':
      return 'warning';
    case 'critical-limit':
    case 'corrective-action':
      return 'safety';
    case 'field-changed':
      return SAFETY_FIELDS.test(change.path) ? 'safety' : 'info';
    default:
      return 'info';
  }
}

/** Louder first. */
export const PROMINENCE_ORDER: readonly Prominence[] = ['alarm', 'warning', 'safety', 'info'];
