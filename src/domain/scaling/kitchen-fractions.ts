import Fraction from 'fraction.js';

/** The fractions printed on US measuring cups and spoons, as one glyph each. */
const GLYPHS: Readonly<Record<string, string>> = {
  '1/8': '⅛',
  '1/4': '¼',
  '1/3': '⅓',
  '3/8': '⅜',
  '1/2': '½',
  '5/8': '⅝',
  '2/3': '⅔',
  '3/4': '¾',
  '7/8': '⅞',
};

/**
 * The value rounded, exactly, to the nearest multiple of one of `steps` (a measuring
 * set: ["1/4", "1/3"] for cups). Ties go to the first step, so quarters win over thirds.
 */
export function nearestMeasure(value: number, steps: readonly string[]): Fraction {
  const exact = new Fraction(value);
  let best: Fraction | undefined;
  let bestError = Infinity;
  for (const step of steps) {
    const candidate = exact.roundTo(step);
    const error = Math.abs(candidate.sub(exact).valueOf());
    if (error < bestError - 1e-12) {
      best = candidate;
      bestError = error;
    }
  }
  return best ?? exact;
}

/** "1 ½", "¾", "2": a fraction as a cook reads it off a measuring cup. */
export function kitchenFractionText(value: Fraction): string {
  const [whole = '0', part] = value.toFraction(true).split(' ');
  if (part === undefined) return whole.includes('/') ? (GLYPHS[whole] ?? whole) : whole;
  return `${whole} ${GLYPHS[part] ?? part}`;
}
