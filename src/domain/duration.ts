/**
 * Durations are authored in minutes (a chef's unit) and published as ISO 8601
 * (schema.org's unit) or as short kitchen text ("1 h 30 min") in the reader's language.
 */
import { translatorFor } from '../i18n/translate.ts';
import type { KitchenKey } from '../i18n/messages/kitchen/en.ts';

/** "PT1H30M" for 90 minutes; seconds appear only when the minutes are fractional. */
export function minutesToIso8601(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`not a duration: ${minutes} minutes`);
  const totalSeconds = Math.round(minutes * 60);
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const mins = Math.floor((totalSeconds % 3600) / 60);
  const secs = totalSeconds % 60;
  const time = `${hours ? `${hours}H` : ''}${mins ? `${mins}M` : ''}${secs ? `${secs}S` : ''}`;
  if (days === 0 && time === '') return 'PT0M';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** "45 s", "20 min", "1 h 30 min", "2 d 4 h": the largest unit and the one below it, zeros dropped. */
export function formatMinutes(minutes: number, locale = 'en'): string {
  const t = translatorFor(locale);
  const totalSeconds = Math.round(minutes * 60);
  // Numbers go in as written ("1440 min", not "1,440 min"): a duration is read, not totalled.
  if (totalSeconds < 60) return t('duration.seconds', { n: String(totalSeconds) });
  const parts: Array<[number, KitchenKey]> = [
    [Math.floor(totalSeconds / 86_400), 'duration.days'],
    [Math.floor((totalSeconds % 86_400) / 3600), 'duration.hours'],
    [Math.floor((totalSeconds % 3600) / 60), 'duration.minutes'],
    [totalSeconds % 60, 'duration.seconds'],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  return parts
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, key]) => t(key, { n: String(n) }))
    .join(' ');
}

/** "3 days" for 72 hours, "12 h" below two days: how a cook reads a shelf life. */
export function formatShelfLife(hours: number, locale = 'en'): string {
  if (hours >= 48 && hours % 24 === 0) return translatorFor(locale)('duration.daysLong', { count: hours / 24, n: String(hours / 24) });
  return formatMinutes(hours * 60, locale);
}
