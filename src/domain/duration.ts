/**
 * Durations are authored in minutes (a chef's unit) and published as ISO 8601
 * (schema.org's unit) or as short kitchen text ("1 h 30 min").
 */

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
export function formatMinutes(minutes: number): string {
  const totalSeconds = Math.round(minutes * 60);
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const parts: Array<[number, string]> = [
    [Math.floor(totalSeconds / 86_400), 'd'],
    [Math.floor((totalSeconds % 86_400) / 3600), 'h'],
    [Math.floor((totalSeconds % 3600) / 60), 'min'],
    [totalSeconds % 60, 's'],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  return parts
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, u]) => `${n} ${u}`)
    .join(' ');
}

/** "3 days" for 72 hours, "12 h" below two days: how a cook reads a shelf life. */
export function formatShelfLife(hours: number): string {
  if (hours >= 48 && hours % 24 === 0) return `${hours / 24} days`;
  return formatMinutes(hours * 60);
}
