/**
 * Reading an entry while it is being typed: any field may be missing, empty or
 * half-written, so each reader returns a usable value or `undefined`, never throws.
 */
import { UNITS, type UnitId } from '../../src/domain/units.ts';
import { CRITICAL_MEASURES, type CriticalLimit } from '../../src/schemas/critical-limit.ts';
import { StorageZoneSchema, type Holding, type Storage } from '../../src/schemas/storage.ts';
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

/** One of a field's allowed values (an enum), or nothing. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : undefined;
}

/** The allowed values among a list's items. */
export function someOf<T extends string>(value: unknown, allowed: readonly T[]): T[] {
  return list(value).flatMap((item) => oneOf(item, allowed) ?? []);
}

/** A storage block once its zone is chosen. */
export function storage(value: unknown): Storage | undefined {
  const data = record(value);
  const zone = oneOf(data['zone'], StorageZoneSchema.options);
  if (zone === undefined) return undefined;
  return prune({ zone, temperature: temperature(data['temperature']), shelfLifeHours: number(data['shelfLifeHours']), notes: text(data['notes']) });
}

/** A holding block once its method and temperature are written. */
export function holding(value: unknown): Holding | undefined {
  const data = record(value);
  const method = oneOf(data['method'], ['hot', 'cold'] as const);
  const held = temperature(data['temperature']);
  return method && held ? prune({ method, temperature: held, maxHours: number(data['maxHours']) }) : undefined;
}

/** `T` with the fields that may be undefined made optional instead, as a parsed entry has them. */
export type Pruned<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & { [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined> };

/** Leaves out the fields a draft does not have, as a parsed entry does. */
export function prune<T extends object>(value: T): Pruned<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Pruned<T>;
}
