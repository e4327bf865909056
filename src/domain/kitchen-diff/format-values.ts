import type { CriticalLimit } from '../../schemas/critical-limit.ts';
import { formatCriticalLimit } from '../critical-limit-text.ts';
import { formatMinutes } from '../duration.ts';
import { quantityText } from '../quantity-format.ts';
import { formatTemperature } from '../temperature.ts';
import { isUnitId } from '../units.ts';
import { isPlainObject } from './deep-equal.ts';
import { numberFormat } from '../number-format.ts';

/** The word shown for a field that is not set. */
export const NOT_SET = 'none';

/** How numbers and money are written in this diff. */
export interface ValueFormat {
  readonly locale: string;
  readonly currency: string;
}

/**
 * Any field value as one line a cook reads: "4 °C (39 °F)", "250 g",
 * "$6.00 per 1 l", "yes", "pizza-bench, oven", "none".
 */
export function formatValue(value: unknown, format: ValueFormat): string {
  if (value === undefined || value === null) return NOT_SET;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return numberFormat(format.locale, { maximumFractionDigits: 3 }).format(value);
  if (typeof value === 'string') return oneLine(value);
  if (Array.isArray(value)) return value.length === 0 ? NOT_SET : value.map((item) => formatValue(item, format)).join(isPlainObject(value[0]) ? '; ' : ', ');
  if (isPlainObject(value)) {
    if (isTemperature(value)) return formatTemperature(value);
    if (typeof value['quantity'] === 'number' && typeof value['unit'] === 'string' && isUnitId(value['unit'])) {
      return quantityText(value['quantity'], value['unit'], format.locale);
    }
    if (typeof value['amount'] === 'number' && isPlainObject(value['per'])) {
      return `${formatMoney(value['amount'], format)} per ${formatValue(value['per'], format)}`;
    }
    return Object.entries(value)
      .map(([key, item]) => `${key}: ${formatValue(item, format)}`)
      .join(', ');
  }
  return String(value);
}

/** "$0.05", "€1,20"; amounts under a cent keep two significant digits ("$0.0066") so a small change does not read as zero. */
export function formatMoney(amount: number, format: ValueFormat): string {
  const small = amount !== 0 && Math.abs(amount) < 0.01;
  return numberFormat(format.locale, {
    style: 'currency',
    currency: format.currency,
    ...(small ? { maximumSignificantDigits: 2 } : {}),
  }).format(amount);
}

/** "+$0.05", "−$0.0066": a change in money, signed. */
export function formatMoneyChange(amount: number, format: ValueFormat): string {
  return `${sign(amount)}${formatMoney(Math.abs(amount), format)}`;
}

/** "−20%", "+12.5%". */
export function formatPercentChange(percent: number, format: ValueFormat): string {
  const text = numberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1 }).format(Math.abs(percent) / 100);
  return `${sign(percent)}${text}`;
}

/** "+", "−" (a true minus sign) or nothing for zero. */
export function sign(n: number): string {
  return n > 0 ? '+' : n < 0 ? '−' : '';
}

/** A timer in minutes: "3 min", "1 h 30 min", or "none". */
export function formatTimer(minutes: number | undefined): string {
  return minutes === undefined ? NOT_SET : formatMinutes(minutes);
}

/** A critical limit as a cook reads it, or "none". */
export function formatLimit(limit: CriticalLimit | undefined): string {
  return limit === undefined ? NOT_SET : formatCriticalLimit(limit);
}

/** Collapses line breaks and runs of spaces, so a value fits on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isTemperature(value: Record<string, unknown>): value is { value: number; unit: 'C' | 'F' } {
  return typeof value['value'] === 'number' && (value['unit'] === 'C' || value['unit'] === 'F') && Object.keys(value).length === 2;
}
