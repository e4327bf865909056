/**
 * Timers as stored on the device (one localStorage value shared by every page).
 * Reading never throws: what another version of the site, or a hand, left there
 * that is not a timer is skipped, so a bad value cannot stop the alarms.
 */
import type { KitchenTimer } from './kitchen-timer.ts';

export const TIMERS_STORAGE_KEY = 'open-franchise:kitchen-timers';

export function serializeTimers(timers: readonly KitchenTimer[]): string {
  return JSON.stringify(timers.map(({ id, label, endsAt, url }) => ({ id, label, endsAt, url })));
}

function isTimer(value: unknown): value is KitchenTimer {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['id'] === 'string' && typeof v['label'] === 'string' && typeof v['url'] === 'string' && typeof v['endsAt'] === 'number' && Number.isFinite(v['endsAt']);
}

export function parseTimers(stored: string | null): KitchenTimer[] {
  if (!stored) return [];
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.filter(isTimer).map(({ id, label, endsAt, url }) => ({ id, label, endsAt, url }));
}
