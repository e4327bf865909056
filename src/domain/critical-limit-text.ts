import { CRITICAL_MEASURES, type CriticalLimit } from '../schemas/critical-limit.ts';
import { formatMinutes } from './duration.ts';
import { formatTemperature } from './temperature.ts';

/** "Core ≥ 74 °C (165 °F) for 15 s", "Sanitiser ≤ 100 ppm", "Core ≤ 21 °C (70 °F) within 2 h". */
export function formatCriticalLimit(limit: CriticalLimit): string {
  const sign = limit.comparison === 'at-least' ? '≥' : '≤';
  const value =
    limit.unit === 'C' || limit.unit === 'F'
      ? formatTemperature({ value: limit.value, unit: limit.unit })
      : limit.unit === 'pH'
        ? `pH ${limit.value}`
        : limit.unit === 'minutes'
          ? formatMinutes(limit.value)
          : limit.unit === 'hours'
            ? formatMinutes(limit.value * 60)
            : `${limit.value} ${limit.unit}`;
  const hold = limit.forSeconds !== undefined ? ` for ${formatMinutes(limit.forSeconds / 60)}` : '';
  const within = limit.withinMinutes !== undefined ? ` within ${formatMinutes(limit.withinMinutes)}` : '';
  return `${CRITICAL_MEASURES[limit.measure].label} ${sign} ${value}${hold}${within}`;
}
