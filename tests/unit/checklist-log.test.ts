import { describe, expect, test } from 'vitest';
import {
  type ChecklistLog,
  emptyLog,
  nextShift,
  progress,
  restoreLog,
  storageKey,
  withInitials,
  withNote,
  withReading,
  withTick,
} from '../../src/domain/checklist/checklist-log.ts';

const STEPS = ['Start the clock at 57 °C.', 'Divide into shallow pans.', 'Probe after 2 hours.'];
const SHIFT = new Date('2026-11-29T06:00:00Z');
const LATER = new Date('2026-11-29T08:05:00Z');
const NEXT = new Date('2026-11-29T14:00:00Z');

describe('progress', () => {
  const ticked = (indices: number[]) => indices.reduce((log, i) => withTick(log, i, true, LATER), emptyLog('cooling', STEPS, SHIFT));
  test.each([
    [[], '0 of 3 done'],
    [[1], '1 of 3 done'],
    [[0, 2], '2 of 3 done'],
    [[0, 1, 2], '3 of 3 done'],
  ])('ticking steps %o reads "%s"', (indices, text) => {
    expect(progress(ticked(indices)).text).toBe(text);
  });

  test('unticking counts down again', () => {
    expect(progress(withTick(ticked([0, 1]), 1, false, LATER)).text).toBe('1 of 3 done');
  });
});

test('a tick, a reading and a note are stamped with the time and the initials on the log', () => {
  let log = emptyLog('cooling', STEPS, SHIFT);
  log = withTick(log, 0, true, LATER);
  log = withInitials(log, ' JB ');
  log = withReading(log, 2, { value: 19, unit: 'C' }, NEXT);
  log = withNote(log, 2, '  Pan 3 of 4  ', NEXT);
  expect(log.steps).toEqual([
    { text: STEPS[0], done: true, at: LATER.toISOString() },
    { text: STEPS[1], done: false },
    { text: STEPS[2], done: false, reading: { value: 19, unit: 'C' }, note: 'Pan 3 of 4', by: 'JB', at: NEXT.toISOString() },
  ]);
  expect(log.shiftStartedAt).toBe(SHIFT.toISOString());
});

test.each([
  ['a cleared reading', (log: ChecklistLog) => withReading(log, 2, undefined, NEXT), 'reading'],
  ['an emptied note', (log: ChecklistLog) => withNote(log, 2, '   ', NEXT), 'note'],
] as const)('%s is removed from the step', (_name, clear, field) => {
  const filled = withNote(withReading(emptyLog('cooling', STEPS, SHIFT), 2, { value: 19, unit: 'C' }, LATER), 2, 'x', LATER);
  expect(clear(filled).steps[2]).not.toHaveProperty(field);
});

test('initials cleared on the log are not stamped on later entries', () => {
  const log = withTick(withInitials(withTick(withInitials(emptyLog('c', STEPS, SHIFT), 'JB'), 0, true, LATER), ''), 0, false, NEXT);
  expect(log.steps[0]).toEqual({ text: STEPS[0], done: false, at: NEXT.toISOString() });
});

test('a step that does not exist is refused, saying how many there are', () => {
  expect(() => withTick(emptyLog('c', STEPS, SHIFT), 3, true, LATER)).toThrow('This procedure has no step 4: it has 3.');
});

test('"Start next shift" clears every tick, reading, note and the initials, and stamps a new start', () => {
  const busy = withReading(withTick(withInitials(emptyLog('cooling', STEPS, SHIFT), 'JB'), 0, true, LATER), 2, { value: 30, unit: 'C' }, LATER);
  const next = nextShift(busy, NEXT);
  expect(next).toEqual(emptyLog('cooling', STEPS, NEXT));
  expect(next.shiftStartedAt).toBe(NEXT.toISOString());
  expect(progress(next).text).toBe('0 of 3 done');
});

describe('restoreLog', () => {
  const saved = withReading(withTick(withInitials(emptyLog('cooling', STEPS, SHIFT), 'JB'), 0, true, LATER), 2, { value: 19, unit: 'F' }, LATER);
  const json = JSON.stringify(saved);

  test('a saved log comes back as it was', () => {
    expect(restoreLog(json, 'cooling', STEPS, NEXT)).toEqual(saved);
  });

  test.each([
    ['nothing saved', null],
    ['empty', ''],
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ ...saved, version: 2 })],
    ['another procedure', JSON.stringify({ ...saved, procedure: 'handwashing' })],
    ['a bad start time', JSON.stringify({ ...saved, shiftStartedAt: 'yesterday' })],
    ['steps not a list', JSON.stringify({ ...saved, steps: {} })],
    ['a step without its tick', JSON.stringify({ ...saved, steps: [{ text: STEPS[0] }] })],
    ['an array', '[]'],
  ])('%s: starts a fresh log at now', (_name, stored) => {
    expect(restoreLog(stored, 'cooling', STEPS, NEXT)).toEqual(emptyLog('cooling', STEPS, NEXT));
  });

  test('a reading with an unknown unit or a non-number is dropped, the tick kept', () => {
    const odd = { ...saved, steps: [{ text: STEPS[0], done: true, reading: { value: 'hot', unit: 'C' } }, { text: STEPS[1], done: false, reading: { value: 3, unit: 'K' } }] };
    const restored = restoreLog(JSON.stringify(odd), 'cooling', STEPS, NEXT);
    expect(restored.steps.map((s) => s.reading)).toEqual([undefined, undefined, undefined]);
    expect(restored.steps[0]?.done).toBe(true);
  });

  test('entries follow their step by text when steps move, and a reworded step starts afresh', () => {
    const edited = [STEPS[2]!, 'Divide into pans no more than 5 cm deep.', STEPS[0]!];
    const restored = restoreLog(json, 'cooling', edited, NEXT);
    expect(restored.steps).toEqual([saved.steps[2], { text: edited[1], done: false }, saved.steps[0]]);
    expect(restored.shiftStartedAt).toBe(SHIFT.toISOString());
  });
});

test('each procedure has its own key on the device', () => {
  expect(storageKey('two-stage-cooling')).toBe('open-franchise:checklist:two-stage-cooling');
  expect(storageKey('handwashing')).not.toBe(storageKey('two-stage-cooling'));
});
