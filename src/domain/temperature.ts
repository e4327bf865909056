import { FOOD_CODE_TEMPERATURE_PAIRS } from './food-code.ts';

/** Temperatures are written in either scale and compared in Celsius. */
export type TemperatureScale = 'C' | 'F';

export interface Temperature {
  readonly value: number;
  readonly unit: TemperatureScale;
}

export function toCelsius(t: Temperature): number {
  return t.unit === 'C' ? t.value : ((t.value - 32) * 5) / 9;
}

export function toFahrenheit(t: Temperature): number {
  return t.unit === 'F' ? t.value : (t.value * 9) / 5 + 32;
}

/**
 * "74 °C (165 °F)": the written value first, the other scale rounded to a whole degree,
 * or the Food Code's own pair where the value is one of its limits ("68 °C (155 °F)").
 */
export function formatTemperature(t: Temperature): string {
  const pair = FOOD_CODE_TEMPERATURE_PAIRS.find(([celsius, fahrenheit]) => (t.unit === 'C' ? celsius : fahrenheit) === t.value);
  const otherUnit = t.unit === 'C' ? 'F' : 'C';
  const other = pair ? (t.unit === 'C' ? pair[1] : pair[0]) : Math.round(t.unit === 'C' ? toFahrenheit(t) : toCelsius(t));
  return `${formatNumber(t.value)} °${t.unit} (${other} °${otherUnit})`;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, '');
}

const BOTH_SCALES = /(-?\d+(?:\.\d+)?) °([CF]) \((-?\d+(?:\.\d+)?) °([CF])\)/g;

/**
 * Puts the cook's scale first in every "74 °C (165 °F)" of a text: "165 °F (74 °C)"
 * for a kitchen that reads Fahrenheit. The figures themselves are not recomputed,
 * so the Food Code's own pairs survive the swap.
 */
export function preferScale(text: string, scale: TemperatureScale): string {
  return text.replace(BOTH_SCALES, (whole, first: string, firstUnit: string, second: string, secondUnit: string) =>
    firstUnit === scale ? whole : `${second} °${secondUnit} (${first} °${firstUnit})`,
  );
}
