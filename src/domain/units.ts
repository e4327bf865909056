/**
 * The one table of kitchen units. Schemas take their unit enumeration from here,
 * and every conversion goes through it, so a unit is added in exactly one place.
 */

/** What a unit measures. Units convert freely within a dimension; mass and volume meet through density. */
export type Dimension = 'mass' | 'volume' | 'count' | 'portion';

/** Which measuring system a unit belongs to (decides how it is shown and rounded later). */
export type UnitSystem = 'metric' | 'us';

export interface UnitDefinition {
  /** What the unit measures. */
  readonly dimension: Dimension;
  /** How many base units (g, ml, each, portion) one of this unit is. */
  readonly toBase: number;
  /** Short symbol printed after a quantity. */
  readonly symbol: string;
  /** Singular and plural names, for prose and screen readers. */
  readonly name: readonly [singular: string, plural: string];
  /** Measuring system, or `null` for units every system shares (each, portion). */
  readonly system: UnitSystem | null;
}

const US_FLUID_OUNCE_ML = 29.5735295625;
const AVOIRDUPOIS_OUNCE_G = 28.349523125;

export const UNITS = {
  g: { dimension: 'mass', toBase: 1, symbol: 'g', name: ['gram', 'grams'], system: 'metric' },
  kg: { dimension: 'mass', toBase: 1000, symbol: 'kg', name: ['kilogram', 'kilograms'], system: 'metric' },
  oz: { dimension: 'mass', toBase: AVOIRDUPOIS_OUNCE_G, symbol: 'oz', name: ['ounce', 'ounces'], system: 'us' },
  lb: { dimension: 'mass', toBase: AVOIRDUPOIS_OUNCE_G * 16, symbol: 'lb', name: ['pound', 'pounds'], system: 'us' },
  ml: { dimension: 'volume', toBase: 1, symbol: 'ml', name: ['millilitre', 'millilitres'], system: 'metric' },
  l: { dimension: 'volume', toBase: 1000, symbol: 'l', name: ['litre', 'litres'], system: 'metric' },
  tsp: { dimension: 'volume', toBase: US_FLUID_OUNCE_ML / 6, symbol: 'tsp', name: ['teaspoon', 'teaspoons'], system: 'us' },
  tbsp: { dimension: 'volume', toBase: US_FLUID_OUNCE_ML / 2, symbol: 'tbsp', name: ['tablespoon', 'tablespoons'], system: 'us' },
  'fl-oz': { dimension: 'volume', toBase: US_FLUID_OUNCE_ML, symbol: 'fl oz', name: ['fluid ounce', 'fluid ounces'], system: 'us' },
  cup: { dimension: 'volume', toBase: US_FLUID_OUNCE_ML * 8, symbol: 'cup', name: ['cup', 'cups'], system: 'us' },
  qt: { dimension: 'volume', toBase: US_FLUID_OUNCE_ML * 32, symbol: 'qt', name: ['quart', 'quarts'], system: 'us' },
  gal: { dimension: 'volume', toBase: US_FLUID_OUNCE_ML * 128, symbol: 'gal', name: ['gallon', 'gallons'], system: 'us' },
  each: { dimension: 'count', toBase: 1, symbol: '×', name: ['piece', 'pieces'], system: null },
  portion: { dimension: 'portion', toBase: 1, symbol: 'portion', name: ['portion', 'portions'], system: null },
} as const satisfies Record<string, UnitDefinition>;

export type UnitId = keyof typeof UNITS;

/** Every unit id, in table order (mass, volume, count, portion). */
export const UNIT_IDS = Object.keys(UNITS) as [UnitId, ...UnitId[]];

export function isUnitId(value: string): value is UnitId {
  return Object.hasOwn(UNITS, value);
}

export function unitDimension(unit: UnitId): Dimension {
  return UNITS[unit].dimension;
}

/** Unit ids that measure one dimension, for "use one of …" messages. */
export function unitsOf(dimension: Dimension): UnitId[] {
  return UNIT_IDS.filter((id) => UNITS[id].dimension === dimension);
}

/** The facts about one ingredient that let mass, volume and count meet. */
export interface ConversionFacts {
  /** Grams per millilitre. */
  readonly density?: number | undefined;
  /** Grams of one piece. */
  readonly gramsEach?: number | undefined;
}

/** Raised when two units cannot meet; says what fact would make them meet. */
export class IncompatibleUnitsError extends Error {
  readonly from: UnitId;
  readonly to: UnitId;
  constructor(from: UnitId, to: UnitId, missing: string) {
    super(`cannot convert ${from} to ${to}: ${missing}`);
    this.name = 'IncompatibleUnitsError';
    this.from = from;
    this.to = to;
  }
}

/** Grams in one base unit of a dimension, given the ingredient's facts, or null when unknown. */
function gramsPerBase(dimension: Dimension, facts: ConversionFacts): number | null {
  switch (dimension) {
    case 'mass':
      return 1;
    case 'volume':
      return facts.density ?? null;
    case 'count':
      return facts.gramsEach ?? null;
    case 'portion':
      return null;
  }
}

/** Whether a quantity in `from` can be expressed in `to` with these facts. */
export function canConvert(from: UnitId, to: UnitId, facts: ConversionFacts = {}): boolean {
  const a = UNITS[from].dimension;
  const b = UNITS[to].dimension;
  if (a === b) return true;
  return gramsPerBase(a, facts) !== null && gramsPerBase(b, facts) !== null;
}

/** Converts a quantity between units, through grams when the dimensions differ. */
export function convert(quantity: number, from: UnitId, to: UnitId, facts: ConversionFacts = {}): number {
  const source = UNITS[from];
  const target = UNITS[to];
  const base = quantity * source.toBase;
  if (source.dimension === target.dimension) return base / target.toBase;
  const sourceGrams = gramsPerBase(source.dimension, facts);
  const targetGrams = gramsPerBase(target.dimension, facts);
  if (sourceGrams === null || targetGrams === null) {
    const needs = [source.dimension, target.dimension].includes('volume') ? 'a density (g/ml)' : 'a weight per piece (gramsEach)';
    throw new IncompatibleUnitsError(from, to, `the ingredient needs ${needs}`);
  }
  return (base * sourceGrams) / targetGrams / target.toBase;
}
