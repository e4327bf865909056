/**
 * The kitchen's words in each language, where domain code writes them: English exactly
 * as before, Spanish (and Italian where a form differs) from the catalogue. Table-driven:
 * one row per function and language.
 */
import Fraction from 'fraction.js';
import { describe, expect, test } from 'vitest';
import { allergenDetail, allergenLabel } from '../../src/domain/allergen-names.ts';
import { emptyLog, progress, withTick } from '../../src/domain/checklist/checklist-log.ts';
import { checklistCsv } from '../../src/domain/checklist/log-csv.ts';
import { checkReading, type ChecklistLimit } from '../../src/domain/checklist/reading-check.ts';
import { criticalMeasureLabel, formatCriticalLimit } from '../../src/domain/critical-limit-text.ts';
import { formatMinutes, formatShelfLife } from '../../src/domain/duration.ts';
import { formatQuantity, quantityText, standaloneQuantityText } from '../../src/domain/quantity-format.ts';
import { kitchenMeasure } from '../../src/domain/scaling/kitchen-measure.ts';
import { lineNotes } from '../../src/domain/scaling/line-notes.ts';
import type { ScalableRecipe } from '../../src/domain/scaling/scalable-recipe.ts';
import { factorOf, parseScaleChoice, type ScaleChoice } from '../../src/domain/scaling/scale-choice.ts';
import { scaleRecipe, type ScaledLine } from '../../src/domain/scaling/scale-recipe.ts';
import { scaleTargets } from '../../src/domain/scaling/scale-targets.ts';
import { SCALE_WORD_KEYS } from '../../src/domain/scaling/scale-words.ts';
import { timerLabel } from '../../src/domain/timers/kitchen-timer.ts';
import type { UnitId } from '../../src/domain/units.ts';
import { catalogueOf, messagesUnlikeEnglish, translatorFor } from '../../src/i18n/translate.ts';
import { es } from '../../src/i18n/messages/es.ts';
import { frontMatterHtml } from '../../src/print/front-matter.ts';
import { footerLine, numberPages } from '../../src/print/table-of-contents.ts';
import type { CriticalLimit } from '../../src/schemas/critical-limit.ts';

describe('durations', () => {
  test.each([
    [0.25, 'en', '15 s'],
    [90, 'en', '1 h 30 min'],
    [2910, 'en', '2 d'],
    [90, 'es', '1 h 30 min'],
    [2910, 'es', '2 d'],
    [1500, 'es', '1 d 1 h'],
    [2910, 'it', '2 gg'],
  ])('%d minutes in %s read "%s"', (minutes, locale, text) => {
    expect(formatMinutes(minutes, locale)).toBe(text);
  });

  test.each([
    [72, 'en', '3 days'],
    [30, 'en', '1 d 6 h'],
    [72, 'es', '3 días'],
    [48, 'es', '2 días'],
    [12, 'es', '12 h'],
    [72, 'it', '3 giorni'],
    [30, 'it', '1 gg 6 h'],
  ])('a shelf life of %d hours in %s reads "%s"', (hours, locale, text) => {
    expect(formatShelfLife(hours, locale)).toBe(text);
  });

  test('English is the default, and a regional tag reads its language', () => {
    expect(formatShelfLife(72)).toBe('3 days');
    expect(formatShelfLife(72, 'es-MX')).toBe('3 días');
    expect(formatShelfLife(72, 'fr')).toBe('3 days');
  });
});

describe('allergen names', () => {
  test.each([
    ['milk', 'en', 'Milk'],
    ['milk', 'en-US', 'Milk'],
    ['milk', 'es', 'Leche'],
    ['peanuts', 'es', 'Cacahuetes'],
    ['sulphites', 'es', 'Dióxido de azufre y sulfitos'],
    ['wheat', 'es', 'Trigo'],
    ['tree-nuts', 'it', 'Frutta a guscio'],
    ['wheat', 'it', 'Grano'],
    ['lupin', 'it', 'Lupini'],
  ] as const)('%s in %s is "%s"', (id, locale, label) => {
    expect(allergenLabel(id, locale)).toBe(label);
  });

  test('details: English as ALLERGENS wrote it, Spanish with the official wording', () => {
    expect(allergenDetail('gluten')).toBe('Cereals containing gluten: wheat, rye, barley, oats, spelt, kamut');
    expect(allergenDetail('gluten', 'es')).toBe('Cereales que contengan gluten: trigo, centeno, cebada, avena, espelta, kamut');
  });
});

describe('critical limits', () => {
  const limit = (fields: Partial<CriticalLimit>): CriticalLimit => ({ measure: 'core-temperature', comparison: 'at-least', value: 74, unit: 'C', correctiveAction: 'Keep cooking.', ...fields });
  test.each([
    [limit({ forSeconds: 15 }), 'en', 'Core ≥ 74 °C (165 °F) for 15 s'],
    [limit({ forSeconds: 15 }), 'es', 'Centro ≥ 74 °C (165 °F) durante 15 s'],
    [limit({ forSeconds: 15 }), 'it', 'Al cuore ≥ 74 °C (165 °F) per 15 s'],
    [limit({ comparison: 'at-most', value: 21, withinMinutes: 120 }), 'en', 'Core ≤ 21 °C (70 °F) within 2 h'],
    [limit({ comparison: 'at-most', value: 21, withinMinutes: 120 }), 'es', 'Centro ≤ 21 °C (70 °F) en un plazo de 2 h'],
    [limit({ measure: 'sanitizer-concentration', comparison: 'at-most', value: 100, unit: 'ppm' }), 'en', 'Sanitiser ≤ 100 ppm'],
    [limit({ measure: 'sanitizer-concentration', comparison: 'at-most', value: 100, unit: 'ppm' }), 'es', 'Desinfectante ≤ 100 ppm'],
    [limit({ measure: 'time', comparison: 'at-most', value: 4, unit: 'hours' }), 'es', 'Tiempo ≤ 4 h'],
  ])('%o in %s reads "%s"', (l, locale, text) => {
    expect(formatCriticalLimit(l, locale)).toBe(text);
  });

  test('English is the default; a measure reads alone too', () => {
    expect(formatCriticalLimit(limit({ forSeconds: 15 }))).toBe('Core ≥ 74 °C (165 °F) for 15 s');
    expect(criticalMeasureLabel('air-temperature', 'es')).toBe('Aire');
    expect(criticalMeasureLabel('air-temperature')).toBe('Air');
  });
});

describe('quantities', () => {
  test.each<[number, UnitId, string, string, string]>([
    [3, 'portion', 'en-US', '3 portions', '3 portions'],
    [3, 'portion', 'es', '3 porciones', '3 porciones'],
    [1, 'portion', 'es', '1 porción', '1 porción'],
    [250, 'g', 'es', '250 g', '250 gramos'],
    [1, 'kg', 'es', '1 kg', '1 kilogramo'],
    [1.5, 'l', 'it', '1,5 l', '1,5 litri'],
    [2, 'each', 'it', '2', '2 pezzi'],
  ])('%d %s in %s is "%s", spoken "%s"', (quantity, unit, locale, short, spoken) => {
    expect(quantityText(quantity, unit, locale)).toBe(short);
    expect(formatQuantity(quantity, unit, locale).spoken).toBe(spoken);
  });

  test.each<[number, UnitId, string, string]>([
    [6, 'each', 'en-US', '6 pieces'],
    [6, 'each', 'es', '6 piezas'],
    [1, 'each', 'es', '1 pieza'],
    [2.5, 'kg', 'es', '2,5 kg'],
  ])('a batch of %d %s in %s reads "%s"', (quantity, unit, locale, text) => {
    expect(standaloneQuantityText(quantity, unit, locale)).toBe(text);
  });

  test('a scaled count of portions takes the words it is given; English when none', () => {
    expect(kitchenMeasure(2.5, 'portion', 'metric', 'portion', 'en-US').text).toBe('2.5 portions');
    expect(kitchenMeasure(2.5, 'portion', 'metric', 'portion', 'es', translatorFor('es')).text).toBe('2,5 porciones');
    expect(kitchenMeasure(1, 'portion', 'metric', 'portion', 'es', translatorFor('es')).text).toBe('1 porción');
  });
});

/** A recipe the scaler reads, in a language: as scalableRecipe() builds it, words carried only where they differ from English. */
function scalable(locale: string, yieldOf: ScalableRecipe['yield'], lines: ScalableRecipe['lines'] = []): ScalableRecipe {
  const words = messagesUnlikeEnglish(locale, SCALE_WORD_KEYS);
  return {
    slug: 'test',
    locale,
    currency: 'USD',
    system: 'metric',
    yield: yieldOf,
    lines,
    capacities: [],
    bakers: false,
    uncosted: [],
    ...(Object.keys(words).length > 0 ? { words } : {}),
  };
}

describe('scaling', () => {
  test('English pages carry no words; other languages carry theirs', () => {
    expect(scalable('en-US', { quantity: 1, unit: 'kg' }).words).toBeUndefined();
    expect(scalable('es', { quantity: 1, unit: 'kg' }).words?.['unit.portion']).toEqual({ one: 'porción', other: 'porciones' });
  });

  test.each([
    ['en-US', 1, '6 pieces', '2 portions'],
    ['en-US', 1.5, '9 pieces', '3 portions'],
    ['es', 1, '6 piezas', '2 porciones'],
    ['es', 1.5, '9 piezas', '3 porciones'],
    ['it', 1.5, '9 pezzi', '3 porzioni'],
  ])('in %s at ×%d: the batch reads "%s", a line of portions "%s"', (locale, factor, batch, line) => {
    const scaled = scaleRecipe(scalable(locale, { quantity: 6, unit: 'each' }, [{ quantity: 2, unit: 'portion' }]), factor, 'metric');
    expect(scaled.batch).toBe(batch);
    expect(scaled.lines[0]?.text).toBe(line);
  });

  const line = (fields: Partial<ScaledLine>): ScaledLine => ({ text: '1 g', ...fields });
  test.each([
    ['en-US', line({ warning: 'rounded-count' }), 2, true, 'mix', ['rounded to whole pieces']],
    ['es', line({ warning: 'rounded-count' }), 2, true, 'mix', ['redondeado a piezas enteras']],
    ['en-US', line({ warning: 'too-small' }), 2, true, 'mix', ['too little for a 1 g scale: weigh on a 0.1 g precision scale']],
    ['es', line({ warning: 'too-small' }), 2, true, 'mix', ['muy poco para una báscula de 1 g: pesa en una báscula de precisión de 0,1 g']],
    ['es', line({ warning: 'too-small' }), 2, false, 'mix', ['muy poco para medir: una pizca']],
    ['en-US', line({ reducedFactor: 1.8 }), 2, true, 'mix', ['reduced factor ×1.8, not ×2: taste and adjust']],
    ['es', line({ reducedFactor: 1.8 }), 2, true, 'mix', ['factor reducido ×1,8, no ×2: prueba y ajusta']],
    ['en-US', line({ perMix: '500 g' }), 2, true, 'load', ['500 g per load']],
    ['es', line({ perMix: '500 g', equivalent: '≈ 92 g' }), 2, true, 'mix', ['≈ 92 g', '500 g por mezcla']],
  ] as const)('in %s, %o at ×%d reads %j', (locale, scaledLine, factor, mass, noun, notes) => {
    expect(lineNotes(scaledLine, factor, mass, noun, scalable(locale, { quantity: 1, unit: 'kg' }))).toEqual(notes);
  });

  test('line notes are English without a recipe', () => {
    expect(lineNotes(line({ warning: 'rounded-count' }), 2, true)).toEqual(['rounded to whole pieces']);
  });

  test.each<[string, ScaleChoice, string]>([
    ['en-US', { kind: 'flour', quantity: 1, unit: 'kg' }, 'this recipe has no flour to scale by: scale it by a multiplier or a target batch instead'],
    ['es', { kind: 'flour', quantity: 1, unit: 'kg' }, 'esta receta no lleva harina con la cual ajustar: ajústala con un multiplicador o un total'],
    ['en-US', { kind: 'factor', factor: new Fraction(5000) }, 'that is more than this page can scale to: choose between 1/1000 and 1000 batches'],
    ['es', { kind: 'factor', factor: new Fraction(5000) }, 'es más de lo que esta página puede calcular: elige entre 1/1000 y 1000 lotes'],
    ['es', { kind: 'yield', quantity: 2, unit: 'l' }, 'el lote se mide en kg: indica el total en g, kg, oz, lb'],
    ['es', { kind: 'portions', portions: 4 }, 'esta receta no indica cuántas porciones rinde un lote: ajústala con un multiplicador o un total'],
  ])('in %s, %o cannot be made: "%s"', (locale, choice, message) => {
    expect(() => factorOf(choice, scalable(locale, { quantity: 2.5, unit: 'kg' }))).toThrow(message);
  });

  test.each([
    ['scale=abc', 'en-US', 'scale=abc is not a multiplier: write scale=2, scale=0.5 or scale=1/2'],
    ['scale=abc', 'es', 'scale=abc no es un multiplicador: escribe scale=2, scale=0.5 o scale=1/2'],
    ['yield=10zz', 'es', 'yield=10zz: "zz" no es una unidad válida aquí; usa g, kg, ml, l, oz, lb, cup, qt o gal'],
    ['portions=-2', 'it', 'portions=-2 non è un numero di porzioni: scrivi portions=40'],
  ])('the address %s in %s is refused: "%s"', (query, locale, message) => {
    expect(() => parseScaleChoice(new URLSearchParams(query), scalable(locale, { quantity: 1, unit: 'kg' }))).toThrow(message);
  });

  test.each([
    ['en-US', { quantity: 10, unit: 'l' }, ['× the batch', 'l batch']],
    ['es', { quantity: 10, unit: 'l' }, ['× el lote', 'l en total']],
    ['es', { quantity: 6, unit: 'each', portions: 6 }, ['× el lote', 'piezas', 'porciones']],
    ['it', { quantity: 10, unit: 'kg' }, ['× la dose', 'kg in totale']],
  ] as const)('the scale targets in %s for %o are %j', (locale, yieldOf, labels) => {
    expect(scaleTargets(scalable(locale, yieldOf)).map((target) => target.label)).toEqual(labels);
  });
});

describe('checklists', () => {
  const words = translatorFor('es');
  const air: ChecklistLimit = { comparison: 'at-most', value: 5, unit: 'C', text: 'Aire ≤ 5 °C (41 °F)', correctiveAction: 'Mueve el producto.' };
  const at = new Date('2026-11-29T14:05:00Z');
  const log = withTick(emptyLog('walk-in', ['a', 'b', 'c'], at), 0, true, at);

  test.each([
    [undefined, '1 of 3 done'],
    [words, 'Hechos: 1 de 3'],
    [translatorFor('it'), 'Completati: 1 su 3'],
  ])('progress with %s words reads "%s"', (given, text) => {
    expect(progress(log, given).text).toBe(text);
  });

  test.each([
    [4, undefined, true, 'Within limit: 4 °C meets Aire ≤ 5 °C (41 °F).'],
    [8, undefined, false, 'Out of limit: 8 °C is above Aire ≤ 5 °C (41 °F).'],
    [4, words, true, 'Dentro del límite: 4 °C cumple Aire ≤ 5 °C (41 °F).'],
    [8, words, false, 'Fuera del límite: 8 °C está por encima de Aire ≤ 5 °C (41 °F).'],
  ])('a reading of %d °C with %s words: within %s, "%s"', (value, given, within, sentence) => {
    expect(checkReading(air, { value, unit: 'C' }, given)).toEqual({ within, sentence });
  });

  test('below a minimum, in Spanish', () => {
    expect(checkReading({ ...air, comparison: 'at-least', value: 74, text: 'Centro ≥ 74 °C (165 °F)' }, { value: 70, unit: 'C' }, words).sentence).toBe(
      'Fuera del límite: 70 °C está por debajo de Centro ≥ 74 °C (165 °F).',
    );
  });

  test.each([
    [undefined, 'Procedure,Step,Step text,Done,Reading,Unit,Within limit,Corrective action shown,Time,Note,Initials,Shift started', 'yes'],
    [words, 'Procedimiento,Paso,Texto del paso,Hecho,Lectura,Unidad,Dentro del límite,Acción correctiva mostrada,Hora,Nota,Iniciales,Inicio del turno', 'sí'],
  ])('the CSV with %s words has the header "%s" and says "%s"', (given, header, yes) => {
    const csv = checklistCsv({ title: 'Cámara', steps: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] }, log, (iso) => iso, given);
    const [first, second] = csv.split('\r\n');
    expect(first).toBe(header);
    expect(second?.split(',')[3]).toBe(yes);
  });
});

describe('timers', () => {
  test.each([
    [undefined, 'Margherita, step 4: Shake the peel'],
    [translatorFor('es'), 'Margherita, paso 4: Shake the peel'],
    [translatorFor('it'), 'Margherita, passaggio 4: Shake the peel'],
  ])('a step timer with %s words is named "%s"', (words, label) => {
    expect(timerLabel('Margherita', 4, 'Shake the peel', words)).toBe(label);
  });

  test('a step with no words is named by its number', () => {
    expect(timerLabel('Margherita', 4, ' ', translatorFor('es'))).toBe('Margherita, paso 4');
  });
});

describe('the printed binder', () => {
  test.each([
    ['en', 'Corner Forno · page 3 of 32'],
    ['en-US', 'Corner Forno · page 3 of 32'],
    ['es', 'Corner Forno · página 3 de 32'],
    ['it', 'Corner Forno · pagina 3 di 32'],
  ])('the footer in %s reads "%s"', (locale, line) => {
    expect(footerLine('Corner Forno', 3, 32, locale)).toBe(line);
  });

  const contents = numberPages([{ name: 'recipes', title: 'Recetas', entries: [{ title: 'Margherita', url: 'https://binder.example/es/recipes/margherita/', pages: 2 }] }], 2);
  const identity = {
    name: 'Corner Forno',
    tagline: 'Pizzería',
    licenseName: 'CC BY-SA 4.0',
    licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    liveUrl: 'https://binder.example/es/',
  };
  test.each([
    [
      'en-US',
      [
        'The live binder, always up to date:',
        'Printed November 29, 2026 · 4 pages',
        'Content licensed <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> (https://creativecommons.org/licenses/by-sa/4.0/). Built with Open Franchise.',
        '<h1>Contents</h1>',
      ],
    ],
    [
      'es',
      [
        'El manual en línea, siempre actualizado:',
        'Impreso el 29 de noviembre de 2026 · 4 páginas',
        'Contenido con licencia <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> (https://creativecommons.org/licenses/by-sa/4.0/). Hecho con Open Franchise.',
        '<h1>Índice</h1>',
      ],
    ],
  ])('the cover and contents in %s', (locale, parts) => {
    const html = frontMatterHtml({ identity: { ...identity, locale }, subtitle: 'x', contents, printedOn: new Date('2026-11-29T12:00:00Z') });
    for (const part of parts) expect(html).toContain(part);
  });
});

test('a regional tag reads its language, and the site catalogue carries the kitchen one', () => {
  expect(catalogueOf('es-MX')).toBe(es);
  expect(translatorFor('es-MX')('allergen.milk')).toBe('Leche');
});
