import type { KitchenKey } from '../i18n/messages/kitchen/en.ts';
import { translatorFor } from '../i18n/translate.ts';
import type { CriticalLimit, CriticalMeasure } from '../schemas/critical-limit.ts';
import { formatMinutes } from './duration.ts';
import { formatTemperature } from './temperature.ts';

/** The catalogue key of each measure's label (CRITICAL_MEASURES holds the English). */
const MEASURE_LABELS: Record<CriticalMeasure, KitchenKey> = {
  'core-temperature': 'limit.core',
  'surface-temperature': 'limit.surface',
  'holding-temperature': 'limit.holding',
  'water-temperature': 'limit.water',
  'air-temperature': 'limit.air',
  'sanitizer-concentration': 'limit.sanitizer',
  ph: 'limit.ph',
  time: 'limit.time',
};

/** "Core", "Centro", "Al cuore": what a limit measures, in the reader's language. */
export function criticalMeasureLabel(measure: CriticalMeasure, locale = 'en'): string {
  return translatorFor(locale)(MEASURE_LABELS[measure]);
}

/** "Core ≥ 74 °C (165 °F) for 15 s", "Sanitiser ≤ 100 ppm", "Core ≤ 21 °C (70 °F) within 2 h". */
export function formatCriticalLimit(limit: CriticalLimit, locale = 'en'): string {
  const t = translatorFor(locale);
  const sign = limit.comparison === 'at-least' ? '≥' : '≤';
  const value =
    limit.unit === 'C' || limit.unit === 'F'
      ? formatTemperature({ value: limit.value, unit: limit.unit })
      : limit.unit === 'pH'
        ? `pH ${limit.value}`
        : limit.unit === 'minutes'
          ? formatMinutes(limit.value, locale)
          : limit.unit === 'hours'
            ? formatMinutes(limit.value * 60, locale)
            : `${limit.value} ${limit.unit}`;
  const hold = limit.forSeconds !== undefined ? ` ${t('limit.for', { duration: formatMinutes(limit.forSeconds / 60, locale) })}` : '';
  const within = limit.withinMinutes !== undefined ? ` ${t('limit.within', { duration: formatMinutes(limit.withinMinutes, locale) })}` : '';
  return `${t(MEASURE_LABELS[limit.measure])} ${sign} ${value}${hold}${within}`;
}
