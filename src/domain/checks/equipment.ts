import type { BinderEntries } from '../binder.ts';
import { formatTemperature, toCelsius } from '../temperature.ts';
import type { Report } from './report.ts';

/** An equipment temperature range must run from low to high. */
export function checkEquipment(binder: BinderEntries, report: Report): void {
  for (const [id, equipment] of binder.equipment) {
    const range = equipment.temperatureRange;
    if (range && toCelsius(range.min) > toCelsius(range.max)) {
      report(
        { collection: 'equipment', id, path: ['temperatureRange', 'min'] },
        `the minimum ${formatTemperature(range.min)} is above the maximum ${formatTemperature(range.max)}`,
        'swap `min` and `max`',
      );
    }
  }
}
