/**
 * Checks a reading a cook enters against a step's critical limit. Temperatures may be
 * entered in either scale and minutes ↔ hours convert; every other unit must match.
 * The limit is moved into the reading's unit (using the Food Code's own °C/°F pairs,
 * the same ones the page prints) so "165 °F" passes "Core ≥ 74 °C (165 °F)".
 */
import type { CriticalLimit } from '../../schemas/critical-limit.ts';
import { FOOD_CODE_TEMPERATURE_PAIRS } from '../food-code.ts';
import { toCelsius, toFahrenheit } from '../temperature.ts';
import { ENGLISH_CHECKLIST_WORDS, type ChecklistWords } from './checklist-log.ts';

export type ReadingUnit = CriticalLimit['unit'];

/** What the page knows of a step's limit: the data, and the limit as it prints it. */
export interface ChecklistLimit {
  readonly comparison: CriticalLimit['comparison'];
  readonly value: number;
  readonly unit: ReadingUnit;
  /** "Air ≤ 5 °C (41 °F)", from formatCriticalLimit on the page. */
  readonly text: string;
  readonly correctiveAction: string;
}

export interface Reading {
  readonly value: number;
  readonly unit: ReadingUnit;
}

export interface ReadingVerdict {
  readonly within: boolean;
  /** "Out of limit: 8 °C is above Air ≤ 5 °C (41 °F)." (in the language of `words`) */
  readonly sentence: string;
}

/** A reading in a unit the limit cannot be compared with (ppm against °C, say). */
export class ReadingUnitError extends Error {
  constructor(reading: ReadingUnit, limit: ReadingUnit) {
    super(`A reading in ${unitLabel(reading)} cannot be checked against a limit in ${unitLabel(limit)}: enter it in ${readingUnitsFor(limit).map(unitLabel).join(' or ')}.`);
    this.name = 'ReadingUnitError';
  }
}

/** Units a cook may enter a reading in for a limit in `unit`; the limit's own unit first. */
export function readingUnitsFor(unit: ReadingUnit): readonly ReadingUnit[] {
  switch (unit) {
    case 'C':
      return ['C', 'F'];
    case 'F':
      return ['F', 'C'];
    case 'minutes':
      return ['minutes', 'hours'];
    case 'hours':
      return ['hours', 'minutes'];
    default:
      return [unit];
  }
}

/** "°C", "ppm", "pH", "min", "h": how a unit is written beside a number. */
export function unitLabel(unit: ReadingUnit): string {
  switch (unit) {
    case 'C':
    case 'F':
      return `°${unit}`;
    case 'minutes':
      return 'min';
    case 'hours':
      return 'h';
    default:
      return unit;
  }
}

/** "8 °C", "pH 4.2", "40 ppm", "90 min": as entered, or to a tenth when `rounded` (a conversion). */
export function formatReading(reading: Reading, rounded = false): string {
  const n = rounded ? String(Math.round(reading.value * 10) / 10) : String(reading.value);
  return reading.unit === 'pH' ? `pH ${n}` : `${n} ${unitLabel(reading.unit)}`;
}

/**
 * The cook's typed value as a number: "4,5" and "4.5" alike (a comma is the decimal
 * mark in much of the world); null when it is empty or not a number.
 */
export function parseReadingValue(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** The limit's value expressed in `unit`. */
export function limitIn(limit: Pick<ChecklistLimit, 'value' | 'unit'>, unit: ReadingUnit): number {
  if (unit === limit.unit) return limit.value;
  if ((unit === 'C' || unit === 'F') && (limit.unit === 'C' || limit.unit === 'F')) {
    const pair = FOOD_CODE_TEMPERATURE_PAIRS.find(([c, f]) => (limit.unit === 'C' ? c : f) === limit.value);
    if (pair) return unit === 'C' ? pair[0] : pair[1];
    const t = { value: limit.value, unit: limit.unit };
    return unit === 'C' ? toCelsius(t) : toFahrenheit(t);
  }
  if (unit === 'minutes' && limit.unit === 'hours') return limit.value * 60;
  if (unit === 'hours' && limit.unit === 'minutes') return limit.value / 60;
  throw new ReadingUnitError(unit, limit.unit);
}

// Conversions are inexact in floating point; a reading this close to the limit is on it.
const EPSILON = 1e-9;

export function checkReading(limit: ChecklistLimit, reading: Reading, words: ChecklistWords = ENGLISH_CHECKLIST_WORDS): ReadingVerdict {
  const bound = limitIn(limit, reading.unit);
  const within = limit.comparison === 'at-least' ? reading.value >= bound - EPSILON : reading.value <= bound + EPSILON;
  const converted =
    reading.unit === limit.unit ? '' : ` (${formatReading({ value: convert(reading, limit.unit), unit: limit.unit }, true)})`;
  const shown = `${formatReading(reading)}${converted}`;
  if (within) return { within, sentence: words('checklist.within', { reading: shown, limit: limit.text }) };
  return { within, sentence: words(limit.comparison === 'at-least' ? 'checklist.below' : 'checklist.above', { reading: shown, limit: limit.text }) };
}

/** A reading in another unit, for showing beside the cook's own (rounded for reading, never for checking). */
function convert(reading: Reading, unit: ReadingUnit): number {
  if (unit === 'C' && reading.unit === 'F') return toCelsius({ value: reading.value, unit: 'F' });
  if (unit === 'F' && reading.unit === 'C') return toFahrenheit({ value: reading.value, unit: 'C' });
  if (unit === 'minutes' && reading.unit === 'hours') return reading.value * 60;
  if (unit === 'hours' && reading.unit === 'minutes') return reading.value / 60;
  throw new ReadingUnitError(reading.unit, unit);
}
