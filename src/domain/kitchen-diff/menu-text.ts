/** A menu change as one line for reviewers, in English (the kitchen diff's language), money as the binder writes it. */
import { translatorFor } from '../../i18n/translate.ts';
import { missingCostText } from '../costing/missing-cost-text.ts';
import { describeMenuChange, type MenuChange } from './menu-changes.ts';
import type { ValueFormat } from './format-values.ts';

const english = translatorFor('en');

export function menuChangeText(change: MenuChange, format: ValueFormat): string {
  return describeMenuChange(change, format, (reason) => missingCostText(reason, english));
}
