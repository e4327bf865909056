/** What a cost lacks, in the reader's language: "Basil has no price". */
import type { Translate } from '../../i18n/translate.ts';
import type { MissingCost } from './cost-result.ts';

export function missingCostText(reason: MissingCost, t: Translate): string {
  switch (reason.kind) {
    case 'no-price':
      return t('cost.missing.noPrice', { name: reason.name });
    case 'currency':
      return t('cost.missing.currency', { name: reason.name, currency: reason.currency, expected: reason.expected });
    case 'unit':
      return t('cost.missing.unit', { name: reason.name, priced: reason.priced, used: reason.used });
    case 'yield':
      return t('cost.missing.yield', { name: reason.name, prep: reason.prep });
    case 'recipe-unit':
      return t('cost.missing.recipeUnit', { name: reason.name, used: reason.used });
  }
}
