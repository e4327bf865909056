import { describe, expect, test } from 'vitest';
import { clampStep, NO_PROGRESS, parseProgress, progressKey, serializeProgress, withTick } from '../../src/domain/cook-mode/cook-progress.ts';
import { linesUsedByStep } from '../../src/domain/cook-mode/step-ingredients.ts';
import { stepTimerLabel } from '../../src/domain/cook-mode/step-timer.ts';
import { swipeDirection } from '../../src/domain/cook-mode/swipe.ts';
import { recipe } from './builders.ts';

describe('progressKey: one record per recipe and batch', () => {
  test.each([
    { slug: 'margherita', search: '', key: 'open-franchise:cook:margherita' },
    { slug: 'margherita', search: '?', key: 'open-franchise:cook:margherita' },
    { slug: 'margherita', search: '?scale=2', key: 'open-franchise:cook:margherita?scale=2' },
    { slug: 'margherita', search: '?units=us&scale=2', key: 'open-franchise:cook:margherita?scale=2' },
    { slug: 'pizza-dough', search: '?size=280g&portions=25', key: 'open-franchise:cook:pizza-dough?portions=25&size=280g' },
    { slug: 'margherita', search: '?units=us', key: 'open-franchise:cook:margherita' },
  ])('$slug $search', ({ slug, search, key }) => {
    expect(progressKey(slug, search)).toBe(key);
  });

  test('a different batch is a different record', () => {
    expect(progressKey('pizza-dough', '?scale=2')).not.toBe(progressKey('pizza-dough', '?scale=3'));
  });
});

describe('progress stored on the device', () => {
  test('a round trip keeps the step and the ticks', () => {
    const progress = withTick(withTick({ step: 3, ticked: [] }, 4, true), 1, true);
    expect(progress.ticked).toEqual([1, 4]);
    expect(parseProgress(serializeProgress(progress), 5, 5)).toEqual({ step: 3, ticked: [1, 4] });
    expect(withTick(progress, 4, false).ticked).toEqual([1]);
  });

  test.each([
    { stored: null, progress: NO_PROGRESS },
    { stored: 'garbage', progress: NO_PROGRESS },
    { stored: '7', progress: NO_PROGRESS },
    { stored: '{"step":9,"ticked":[0,2]}', progress: { step: 5, ticked: [0, 2] } },
    { stored: '{"step":-2,"ticked":[0,7,"1",1.5]}', progress: { step: 0, ticked: [0] } },
    { stored: '{"step":"2"}', progress: { step: 0, ticked: [] } },
  ])('$stored is read safely for a recipe of 5 steps and 5 lines', ({ stored, progress }) => {
    expect(parseProgress(stored, 5, 5)).toEqual(progress);
  });

  test.each([
    [2, 5, 2],
    [6, 5, 5],
    [-1, 5, 0],
    [2.7, 5, 2],
    [Number.NaN, 5, 0],
  ])('step %d of 0…%d is %d', (step, last, expected) => {
    expect(clampStep(step, last)).toBe(expected);
  });
});

describe('swipeDirection', () => {
  test.each([
    { dx: -120, dy: 10, direction: 1, why: 'a swipe to the left turns to the next step' },
    { dx: 120, dy: -10, direction: -1, why: 'a swipe to the right goes back' },
    { dx: -30, dy: 0, direction: 0, why: 'a short movement is a tap' },
    { dx: -100, dy: 90, direction: 0, why: 'a diagonal is a scroll' },
    { dx: 5, dy: 300, direction: 0, why: 'a scroll is a scroll' },
  ])('$why', ({ dx, dy, direction }) => {
    expect(swipeDirection(dx, dy)).toBe(direction);
  });
});

describe('linesUsedByStep', () => {
  // The pizza dough of the sample binder, as far as mentions go.
  const dough = recipe({
    ingredients: [
      { ingredient: 'flour-00', quantity: 1500, unit: 'g' },
      { ingredient: 'water', quantity: 975, unit: 'g' },
      { ingredient: 'fine-sea-salt', quantity: 42, unit: 'g' },
      { ingredient: 'instant-dry-yeast', quantity: 3, unit: 'g' },
      { ingredient: 'extra-virgin-olive-oil', quantity: 30, unit: 'g' },
      { ingredient: 'fine-sea-salt', quantity: 5, unit: 'g', mentionAs: 'finishing-salt' },
      { ingredient: 'oregano' },
      { ingredient: 'oregano' },
    ],
  });
  test.each([
    { text: 'Put @flour-00 and @instant-dry-yeast in the mixer bowl.', lines: [0, 3] },
    { text: 'Add @fine-sea-salt, then @extra-virgin-olive-oil, then more @fine-sea-salt.', lines: [2, 4] },
    { text: 'Finish with @finishing-salt.', lines: [5] },
    { text: 'Rest covered on the bench.', lines: [] },
    { text: 'Unknown @nothing and ambiguous @oregano add nothing.', lines: [] },
  ])('$text', ({ text, lines }) => {
    expect(linesUsedByStep(dough, text)).toEqual(lines);
  });
});

describe('stepTimerLabel', () => {
  const titles: Record<string, string> = { 'flour-00': '00 flour', water: 'Water' };
  const titleOf = (_: string, id: string) => titles[id] ?? id;
  const dough = recipe({
    title: 'Pizza dough',
    ingredients: [
      { ingredient: 'flour-00', quantity: 1500, unit: 'g' },
      { ingredient: 'water', quantity: 975, unit: 'g' },
    ],
    steps: [{ text: 'Weigh everything.' }, { text: 'Pour in @water over 1 minute.', timerMinutes: 3 }],
  });

  test('names the recipe and the step, and the ingredients without their (scalable) quantities', () => {
    expect(stepTimerLabel(dough, 1, titleOf, 'en-US')).toBe('Pizza dough, step 2: Pour in Water over 1 minute.');
  });

  test('a step that does not exist is a programming error that says which', () => {
    expect(() => stepTimerLabel(dough, 2, titleOf, 'en-US')).toThrow('Pizza dough has no step 3');
  });
});
