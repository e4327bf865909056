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

/** "74 °C (165 °F)": the written value first, the other scale rounded to a whole degree. */
export function formatTemperature(t: Temperature): string {
  const other = t.unit === 'C' ? Math.round(toFahrenheit(t)) : Math.round(toCelsius(t));
  const otherUnit = t.unit === 'C' ? 'F' : 'C';
  return `${formatNumber(t.value)} °${t.unit} (${other} °${otherUnit})`;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, '');
}
