/**
 * Reading an entry while it is being typed: any field may be missing, empty or
 * half-written, so each reader returns a usable value or `undefined`, never throws.
 */
import { UNITS, type UnitId } from '../../src/domain/units.ts';
import { CRITICAL_MEASURES, type CriticalLimit } from '../../src/schemas/critical-limit.ts';
import type { TemperatureValue } from '../../src/schemas/temperature.ts';

export type Data = Readonly<Record<string, unknown>>;

export function record(value: unknown): Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Data) : {};
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function texts(value: unknown): string[] {
  return list(value).flatMap((item) => text(item) ?? []);
}

export function number(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function unit(value: unknown): UnitId | undefined {
  return typeof value === 'string' && Object.hasOwn(UNITS, value) ? (value as UnitId) : undefined;
}

/** A quantity with a known unit, or nothing. */
export function quantity(value: unknown): { quantity: number; unit: UnitId } | undefined {
  const data = record(value);
  const amount = number(data['quantity']);
  const of = unit(data['unit']);
  return amount !== undefined && of !== undefined ? { quantity: amount, unit: of } : undefined;
}

export function temperature(value: unknown): TemperatureValue | undefined {
  const data = record(value);
  const degrees = number(data['value']);
  const scale = data['unit'];
  return degrees !== undefined && (scale === 'C' || scale === 'F') ? { value: degrees, unit: scale } : undefined;
}

/** A critical limit complete enough to state; the corrective action may still be unwritten. */
export function criticalLimit(value: unknown): CriticalLimit | undefined {
  const data = record(value);
  const measure = data['measure'];
  const comparison = data['comparison'];
  const limit = number(data['value']);
  const limitUnit = data['unit'];
  if (typeof measure !== 'string' || !Object.hasOwn(CRITICAL_MEASURES, measure)) return undefined;
  if (comparison !== 'at-least' && comparison !== 'at-most') return undefined;
  if (limit === undefined || !['C', 'F', 'ppm', 'pH', 'minutes', 'hours'].includes(String(limitUnit))) return undefined;
  const forSeconds = number(data['forSeconds']);
  const withinMinutes = number(data['withinMinutes']);
  return {
    measure: measure as CriticalLimit['measure'],
    comparison,
    value: limit,
    unit: limitUnit as CriticalLimit['unit'],
    ...(forSeconds !== undefined && { forSeconds }),
    ...(withinMinutes !== undefined && { withinMinutes }),
    correctiveAction: text(data['correctiveAction']) ?? '',
  };
}
