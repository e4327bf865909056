/**
 * An amount on the prep list, in the reader's language: "15.4 kg", "130 portions".
 * Small, for the prep list's island as much as for its page: the units' symbols and two
 * plural messages, no catalogue.
 */
import type { Words } from '../../i18n/words.ts';
import { numberFormat } from '../number-format.ts';
import { UNITS, type UnitId } from '../units.ts';

export type PrepAmountKey = 'prep.amount.portion' | 'prep.amount.each';

export function prepAmount(amount: number, unit: UnitId, locale: string, words: Words<PrepAmountKey>): string {
  // Counted things are whole; weights and volumes to two decimals at most.
  if (unit === 'portion' || unit === 'each') return words(unit === 'portion' ? 'prep.amount.portion' : 'prep.amount.each', { count: Math.round(amount * 100) / 100 });
  return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(amount)} ${UNITS[unit].symbol}`;
}
