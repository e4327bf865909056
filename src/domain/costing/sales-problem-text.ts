/** What is wrong with a sales file, in the reader's language, and what to do about it. */
import type { MessageParams } from '../../i18n/format-message.ts';
import type { SalesProblem } from './sales-file.ts';

export type SalesProblemKey =
  | 'sales.problem.tooLarge'
  | 'sales.problem.notText'
  | 'sales.problem.empty'
  | 'sales.problem.oneColumn'
  | 'sales.problem.ragged'
  | 'sales.problem.sameColumn'
  | 'sales.problem.noItem'
  | 'sales.problem.unknownItem'
  | 'sales.problem.notACount'
  | 'sales.problem.negative'
  | 'sales.problem.notMoney'
  | 'sales.problem.otherCurrency';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function salesProblemText(problem: SalesProblem, t: (key: SalesProblemKey, params?: MessageParams) => string): string {
  switch (problem.kind) {
    case 'too-large':
      return t('sales.problem.tooLarge', { size: megabytes(problem.bytes), limit: megabytes(problem.limit) });
    case 'not-text':
      return t('sales.problem.notText');
    case 'empty':
      return t('sales.problem.empty');
    case 'one-column':
      return t('sales.problem.oneColumn', { header: problem.header });
    case 'ragged':
      return t('sales.problem.ragged', { row: problem.row, cells: problem.cells, expected: problem.expected });
    case 'same-column':
      return t('sales.problem.sameColumn');
    case 'no-item':
      return t('sales.problem.noItem', { row: problem.row });
    case 'unknown-item':
      return t('sales.problem.unknownItem', { row: problem.row, item: problem.item });
    case 'not-a-count':
      return t('sales.problem.notACount', { row: problem.row, value: problem.value });
    case 'negative':
      return t('sales.problem.negative', { row: problem.row, value: problem.value });
    case 'not-money':
      return t('sales.problem.notMoney', { row: problem.row, value: problem.value });
    case 'other-currency':
      return t('sales.problem.otherCurrency', { row: problem.row, value: problem.value, currency: problem.currency, expected: problem.expected });
  }
}
