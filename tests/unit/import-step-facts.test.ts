/** A step's temperature and duration read from its words, so °C/°F and timers work on an imported recipe. */
import { describe, expect, test } from 'vitest';
import { stepFacts } from '../../src/domain/import/step-facts.ts';

describe('stepFacts', () => {
  test.each([
    ['Bake at 220°C (425°F) for 25 minutes.', { temperature: { value: 220, unit: 'C' }, timerMinutes: 25 }],
    ['Cook for 1 hour 30 minutes at 180 °C', { temperature: { value: 180, unit: 'C' }, timerMinutes: 90 }],
    ['Soffriggi per 10 minuti.', { timerMinutes: 10 }],
    ['Cuoci a 180 °C per 2 ore.', { temperature: { value: 180, unit: 'C' }, timerMinutes: 120 }],
    // A range: the shorter end, so the cook checks early.
    ['Simmer 25–30 min, stirring.', { timerMinutes: 25 }],
    ['Rest 2 h.', { timerMinutes: 120 }],
    ['Heat the oil to 350 degrees F.', { temperature: { value: 350, unit: 'F' } }],
    ['Hornea a 200 grados C durante 15 minutos.', { temperature: { value: 200, unit: 'C' }, timerMinutes: 15 }],
    // Degrees without C or F are not read: the scale cannot be told.
    ['Turn the oven to 180 degrees.', {}],
    // Numbers that are not times or temperatures.
    ['Cut into 4 pieces, each 2 cm.', {}],
    ['Add 2 hot chillies.', {}],
    ['Mix well and serve.', {}],
  ])('%s', (text, expected) => {
    expect(stepFacts(text)).toEqual(expected);
  });
});
