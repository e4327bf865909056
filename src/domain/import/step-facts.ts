/**
 * What a step of an imported recipe says in words that the binder holds as data: the
 * oven or water temperature ("Bake at 220°C (425°F)") and how long ("for 25 minutes",
 * "1 hour 30 minutes", "per 10 minuti"), so that °C/°F and the step's timer work on an
 * imported recipe as on one written here. The words stay in the text; only the first
 * temperature and the first duration of a step are taken, and a range's shorter end
 * (a cook checks early rather than late).
 */

export interface StepFacts {
  readonly temperature?: { readonly value: number; readonly unit: 'C' | 'F' };
  readonly timerMinutes?: number;
}

const DEGREES = /(-?\d{2,3}(?:[.,]\d)?)\s*(?:°|º|degrees?|gradi|grados|degrés|Grad)\s*(C|F|Celsius|Fahrenheit)?\b/i;

const MINUTE_WORDS = 'minutes|minute|mins|min|minuti|minuto|minutos|Minuten|Minute|Min';
const HOUR_WORDS = 'hours|hour|hrs|hr|h|ore|ora|horas|hora|heures|heure|Stunden|Stunde|Std';
const NUMBER = '\\d+(?:[.,]\\d+)?';
const RANGE = `(${NUMBER})(?:\\s*(?:-|–|to|a|o|à|bis)\\s*${NUMBER})?`;
const DURATION = new RegExp(`${RANGE}\\s*(${HOUR_WORDS})\\.?(?:\\s*(?:and|e|y|et|und)?\\s*${RANGE}\\s*(${MINUTE_WORDS})\\.?)?(?![\\p{L}])|${RANGE}\\s*(${MINUTE_WORDS})\\.?(?![\\p{L}])`, 'iu');

export function stepFacts(text: string): StepFacts {
  const facts: { -readonly [K in keyof StepFacts]: StepFacts[K] } = {};
  const degrees = DEGREES.exec(text);
  if (degrees) {
    const value = Number(degrees[1]!.replace(',', '.'));
    const unit = degrees[2] ? (degrees[2][0]!.toUpperCase() as 'C' | 'F') : undefined;
    // Without C or F the number is not read: 180 degrees is an oven in Celsius, a pan in Fahrenheit never.
    if (unit && Number.isFinite(value)) facts.temperature = { value, unit };
  }
  const duration = DURATION.exec(text);
  if (duration) {
    const number = (value: string | undefined) => (value === undefined ? 0 : Number(value.replace(',', '.')));
    const minutes = duration[1] !== undefined ? number(duration[1]) * 60 + number(duration[3]) : number(duration[5]);
    if (minutes > 0 && Number.isFinite(minutes)) facts.timerMinutes = Math.round(minutes * 100) / 100;
  }
  return facts;
}
