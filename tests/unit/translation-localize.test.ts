import { describe, expect, test } from 'vitest';
import { proseFingerprint } from '../../src/domain/translation/fingerprint.ts';
import { localizeEntry, summarize } from '../../src/domain/translation/localize-entry.ts';
import { pinTranslation } from '../../src/domain/translation/pin-translation.ts';
import { disagreements, mentionsIn, numbersIn } from '../../src/domain/translation/prose-guards.ts';
import type { Recipe } from '../../src/schemas/recipe.ts';
import { collectionProseShape, translationSchemaOf } from '../../src/schemas/translation.ts';

describe('numbers as either language writes them', () => {
  test.each([
    ['Aim for 23–25 °C', [23, 25]],
    ['2.5 kg', [2.5]],
    ['2,5 kg', [2.5]],
    ['1,500 g', [1500]],
    ['1.500 g', [1500]],
    ['1\u00a0500 g', [1500]],
    ['0.125 g', [0.125]],
    ['1,234.5', [1234.5]],
    ['1.234,5', [1234.5]],
    ['step 3 of 10', [3, 10]],
    ['no numbers', []],
  ])('%s', (text, values) => {
    expect(numbersIn(text)).toEqual(values);
  });

  test.each([
    ['Cool to 21 °C within 2 hours.', 'Enfría a 21 °C en 2 horas.', []],
    ['Cool to 21 °C within 2 hours.', 'Enfría a 2 °C en 21 horas.', []],
    ['Aim for 23–25 °C', 'Busca 22–25 °C', ['its numbers (22, 25) are not the original\'s (23, 25)']],
    ['Bake 2.5 minutes', 'Hornea 25 minutos', ['its numbers (25) are not the original\'s (2.5)']],
    ['Mix @flour-00 and @water.', 'Mezcla @water y @flour-00.', []],
    ['Mix @flour-00 and @water.', 'Mezcla la harina y @water.', ['it mentions @water where the original mentions @flour-00, @water']],
    ['Write orders@supplier.com', 'Escribe a orders@supplier.com', []],
  ])('%s / %s', (original, translated, problems) => {
    expect(disagreements(original, translated)).toEqual(problems);
  });

  test('mentions are sorted, so word order may change between languages', () => {
    expect(mentionsIn('Add @b then @a (and @c)')).toEqual(['a', 'b', 'c']);
  });
});

describe('a fingerprint of the words, not of their spacing', () => {
  test.each([
    ['Mix well.', 'Mix well.', true],
    ['Mix  well.\n', 'Mix well.', true],
    ['Mix well.', 'Mix well!', false],
    ['cafe\u0301', 'café', true],
  ])('%j and %j agree: %s', (a, b, same) => {
    expect(proseFingerprint(a) === proseFingerprint(b)).toBe(same);
    expect(proseFingerprint(a)).toMatch(/^[0-9a-f]{8}$/);
  });
});

const recipe = {
  title: 'Pizza dough',
  summary: 'A 65 % hydration dough.',
  course: 'component',
  category: 'Dough',
  stations: ['prep-kitchen'],
  yield: { quantity: 2.5, unit: 'kg' },
  ingredients: [
    { ingredient: 'flour-00', quantity: 1500, unit: 'g' },
    { ingredient: 'water', quantity: 975, unit: 'g', preparation: 'cold, 4–6 °C' },
  ],
  steps: [
    { text: 'Put @flour-00 in the bowl.' },
    { text: 'Pour in @water over 1 minute.', timerMinutes: 3 },
    { text: 'Rest 20 minutes.', criticalLimit: { measure: 'time', comparison: 'at-most', value: 30, unit: 'minutes', correctiveAction: 'Discard it.' } },
  ],
} as unknown as Recipe;

const shape = collectionProseShape('recipes');
const spanish = {
  title: 'Masa de pizza',
  summary: 'Una masa al 65 % de hidratación.',
  ingredients: [{ ingredient: 'water', preparation: 'fría, 4–6 °C' }],
  steps: [{ text: 'Pon @flour-00 en el bol.' }, { text: 'Vierte @water durante 1 minuto.' }, { text: 'Reposa 20 minutos.', criticalLimit: { correctiveAction: 'Descártala.' } }],
};

describe('localizeEntry', () => {
  test('a translation never reviewed is shown, every part flagged as not reviewed; what it leaves out reads the original', () => {
    const { data, prose, issues } = localizeEntry(shape, recipe, spanish);
    expect(data.title).toBe('Masa de pizza');
    expect(data.category).toBe('Dough');
    expect(data.steps[1]).toEqual({ text: 'Vierte @water durante 1 minuto.', timerMinutes: 3 });
    expect(data.steps[2]!.criticalLimit).toEqual({ measure: 'time', comparison: 'at-most', value: 30, unit: 'minutes', correctiveAction: 'Descártala.' });
    expect(data.ingredients[1]).toEqual({ ingredient: 'water', quantity: 975, unit: 'g', preparation: 'fría, 4–6 °C' });
    expect(issues).toEqual([]);
    expect(prose.find((report) => report.path.join('.') === 'category')?.state).toBe('missing');
    expect(prose.filter((report) => report.state === 'stale')).toHaveLength(7);
    expect(summarize(prose).state).toBe('stale');
  });

  test('once reviewed, every part is current; the numbers and references are the original\'s', () => {
    const pinned = pinTranslation(shape, recipe, { ...spanish, category: 'Masa' });
    const { data, prose } = localizeEntry(shape, recipe, pinned);
    expect(summarize(prose)).toEqual({ state: 'translated', current: 8, stale: 0, missing: 0, withheld: 0 });
    expect(data.yield).toEqual(recipe.yield);
    expect(data.ingredients.map((line) => line.quantity)).toEqual([1500, 975]);
  });

  test('upstream reordering the steps keeps each translation on its step', () => {
    const pinned = pinTranslation(shape, recipe, spanish);
    const reordered = { ...recipe, steps: [recipe.steps[1]!, recipe.steps[0]!, recipe.steps[2]!] };
    const { data, prose } = localizeEntry(shape, reordered, pinned);
    expect(data.steps.map((step) => step.text)).toEqual(['Vierte @water durante 1 minuto.', 'Pon @flour-00 en el bol.', 'Reposa 20 minutos.']);
    expect(prose.filter((report) => report.path[0] === 'steps').every((report) => report.state === 'current')).toBe(true);
  });

  test('upstream changing a quantity changes nothing in the translation', () => {
    const pinned = pinTranslation(shape, recipe, spanish);
    const more = { ...recipe, ingredients: [recipe.ingredients[0]!, { ...recipe.ingredients[1]!, quantity: 1000 }] };
    const { data, prose } = localizeEntry(shape, more, pinned);
    expect(data.ingredients[1]).toMatchObject({ quantity: 1000, preparation: 'fría, 4–6 °C' });
    expect(summarize(prose).stale).toBe(0);
  });

  test('upstream rewording a step makes that step, and only that one, out of date; it still shows while its numbers agree', () => {
    const pinned = pinTranslation(shape, recipe, spanish);
    const reworded = { ...recipe, steps: [recipe.steps[0]!, { ...recipe.steps[1]!, text: 'Pour in @water slowly over 1 minute.' }, recipe.steps[2]!] };
    const { data, prose, issues } = localizeEntry(shape, reworded, pinned);
    expect(data.steps[1]!.text).toBe('Vierte @water durante 1 minuto.');
    expect(prose.filter((report) => report.state === 'stale').map((report) => report.path.join('.'))).toEqual(['steps.1.text']);
    expect(issues).toEqual([]);
  });

  test('an out-of-date step whose numbers no longer agree is withheld: the original shows, and it is a warning, not an error', () => {
    const pinned = pinTranslation(shape, recipe, spanish);
    const changed = { ...recipe, steps: [recipe.steps[0]!, recipe.steps[1]!, { ...recipe.steps[2]!, text: 'Rest 25 minutes.' }] };
    const { data, prose, issues } = localizeEntry(shape, changed, pinned);
    expect(data.steps[2]!.text).toBe('Rest 25 minutes.');
    expect(prose.find((report) => report.path.join('.') === 'steps.2.text')).toMatchObject({ state: 'withheld' });
    expect(issues).toEqual([expect.objectContaining({ path: ['steps', 2, 'text'], warning: true })]);
  });

  test('a current translation that changes a number or drops a mention is an error, and the original shows', () => {
    const wrong = pinTranslation(shape, recipe, { ...spanish, steps: [{ text: 'Pon la harina en el bol.' }, spanish.steps[1]!, { text: 'Reposa 25 minutos.' }] });
    const { data, issues } = localizeEntry(shape, recipe, wrong);
    expect(data.steps[0]!.text).toBe('Put @flour-00 in the bowl.');
    expect(data.steps[2]!.text).toBe('Rest 20 minutes.');
    expect(issues.map((issue) => [issue.path.join('.'), issue.warning, issue.message])).toEqual([
      ['steps.0.text', false, 'it mentions none where the original mentions @flour-00'],
      ['steps.2.text', false, "its numbers (25) are not the original's (20)"],
    ]);
  });

  test('a line named by what the original no longer uses is a warning; a line naming nothing is an error', () => {
    const { issues } = localizeEntry(shape, recipe, { ingredients: [{ ingredient: 'milk', preparation: 'tibia' }, { preparation: 'fría' }] });
    expect(issues.map((issue) => [issue.path.join('.'), issue.warning])).toEqual([
      ['ingredients.0.ingredient', true],
      ['ingredients.1', false],
    ]);
  });

  test('a step the original no longer has is a warning', () => {
    const { issues } = localizeEntry(shape, { ...recipe, steps: [recipe.steps[0]!] }, { steps: [{ text: 'Pon @flour-00.' }, { text: 'Vierte @water.' }] });
    expect(issues).toEqual([expect.objectContaining({ path: ['steps', 1], warning: true })]);
  });
});

describe('the translation schema, derived from the entry schema', () => {
  const schema = translationSchemaOf('recipes');

  test('holds prose, the keys of keyed lists and the pins, nothing else', () => {
    expect(schema.safeParse(pinTranslation(shape, recipe, spanish)).success).toBe(true);
    const withNumber = schema.safeParse({ ...spanish, yield: { quantity: 3, unit: 'kg' } });
    expect(withNumber.success).toBe(false);
    const withTimer = schema.safeParse({ steps: [{ text: 'x', timerMinutes: 4 }] });
    expect(withTimer.success).toBe(false);
    const withQuantity = schema.safeParse({ ingredients: [{ ingredient: 'water', quantity: 1 }] });
    expect(withQuantity.success).toBe(false);
  });

  test('allows half as long again as the original, and keeps a line on one line', () => {
    expect(schema.safeParse({ title: 'x'.repeat(120) }).success).toBe(true);
    expect(schema.safeParse({ title: 'x'.repeat(121) }).success).toBe(false);
    expect(schema.safeParse({ title: 'a\nb' }).success).toBe(false);
  });

  test('a pin is eight hex characters', () => {
    expect(schema.safeParse({ title: 'x', sources: { title: 'abc' } }).success).toBe(false);
    expect(schema.safeParse({ title: 'x', sources: { title: '0123abcd', body: '0123abcd' } }).success).toBe(true);
  });

  test.each([
    ['recipes', ['title', 'summary', 'category', 'ingredients', 'steps', 'storage', 'images']],
    ['procedures', ['title', 'summary', 'roles', 'steps']],
    ['setup', ['title', 'summary', 'equipment', 'tasks', 'roles']],
    ['ingredients', ['name', 'storage', 'purchasing', 'yields', 'notes']],
    ['equipment', ['name', 'utilities', 'specification', 'notes']],
    ['stations', ['name', 'summary', 'responsibilities']],
  ] as const)('%s: the prose fields are %j', (collection, fields) => {
    expect(Object.keys(collectionProseShape(collection).fields)).toEqual(fields);
  });
});
