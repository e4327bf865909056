/** What a cost lacks, in the reader's language: "Basil has no price". */
import type { MessageParams } from '../../i18n/format-message.ts';
import type { MissingCost } from './cost-result.ts';

export type MissingCostKey = 'cost.missing.noPrice' | 'cost.missing.currency' | 'cost.missing.unit' | 'cost.missing.yield' | 'cost.missing.recipeUnit';

/** `t`: the page's translator, or an island's words for these keys only. */
export function missingCostText(reason: MissingCost, t: (key: MissingCostKey, params?: MessageParams) => string): string {
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
