import { describe, expect, test } from 'vitest';
import { formatRemaining, hasEnded, remainingMs, startTimer, timerLabel, type KitchenTimer } from '../../src/domain/timers/kitchen-timer.ts';
import { addTimer, dropForgotten, FORGOTTEN_AFTER_MS, partitionTimers, removeTimer } from '../../src/domain/timers/timer-list.ts';
import { parseTimers, serializeTimers } from '../../src/domain/timers/timer-storage.ts';

const NOW = Date.UTC(2026, 10, 29, 18, 0, 0);
const MIN = 60_000;

function timer(id: string, endsAt: number): KitchenTimer {
  return { id, label: `Label ${id}`, endsAt, url: `/recipes/x/cook/#${id}` };
}

describe('startTimer', () => {
  test.each([
    { minutes: 3, endsAt: NOW + 3 * MIN },
    { minutes: 0.5, endsAt: NOW + 30_000 },
    { minutes: 120, endsAt: NOW + 120 * MIN },
  ])('$minutes min ends at now + $minutes min', ({ minutes, endsAt }) => {
    expect(startTimer({ id: 'a', label: 'L', url: '/u', minutes, now: NOW })).toEqual({ id: 'a', label: 'L', url: '/u', endsAt });
  });

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('a duration of %d minutes is refused with the fix', (minutes) => {
    expect(() => startTimer({ id: 'a', label: 'L', url: '/u', minutes, now: NOW })).toThrow(/timerMinutes/);
  });
});

describe('remaining time and ending', () => {
  const t = timer('a', NOW + 3 * MIN);
  test.each([
    { at: NOW, remaining: 3 * MIN, ended: false, shown: '3:00' },
    { at: NOW + 1, remaining: 3 * MIN - 1, ended: false, shown: '3:00' },
    { at: NOW + 61_500, remaining: 118_500, ended: false, shown: '1:59' },
    { at: NOW + 3 * MIN - 1, remaining: 1, ended: false, shown: '0:01' },
    { at: NOW + 3 * MIN, remaining: 0, ended: true, shown: '0:00' },
    { at: NOW + 12 * MIN, remaining: 0, ended: true, shown: '0:00' },
  ])('at +$at ms: $shown left, ended $ended', ({ at, remaining, ended, shown }) => {
    expect(remainingMs(t, at)).toBe(remaining);
    expect(hasEnded(t, at)).toBe(ended);
    expect(formatRemaining(remainingMs(t, at))).toBe(shown);
  });

  test.each([
    [20 * MIN, '20:00'],
    [65 * MIN, '1:05:00'],
    [120 * MIN + 9000, '2:00:09'],
    [-5, '0:00'],
  ])('%d ms reads %s', (ms, text) => {
    expect(formatRemaining(ms)).toBe(text);
  });
});

describe('timerLabel names the recipe and the step', () => {
  test.each([
    { title: 'Margherita', n: 4, text: 'Bake.', label: 'Margherita, step 4: Bake.' },
    {
      title: 'Margherita',
      n: 4,
      text: 'Shake the peel to check the pizza slides, then launch onto the deck.',
      label: 'Margherita, step 4: Shake the peel to check the pizza slides…',
    },
    { title: 'Pizza dough', n: 2, text: '  ', label: 'Pizza dough, step 2' },
  ])('$label', ({ title, n, text, label }) => {
    expect(timerLabel(title, n, text)).toBe(label);
  });
});

describe('several timers at once', () => {
  test('they are kept soonest first, and the same step restarts instead of doubling', () => {
    let timers = addTimer([], timer('dough-3', NOW + 6 * MIN));
    timers = addTimer(timers, timer('dough-2', NOW + 3 * MIN));
    timers = addTimer(timers, timer('pizza-4', NOW + 3 * MIN + 1));
    expect(timers.map((t) => t.id)).toEqual(['dough-2', 'pizza-4', 'dough-3']);
    timers = addTimer(timers, timer('dough-2', NOW + 10 * MIN));
    expect(timers.map((t) => t.id)).toEqual(['pizza-4', 'dough-3', 'dough-2']);
    expect(removeTimer(timers, 'dough-3').map((t) => t.id)).toEqual(['pizza-4', 'dough-2']);
  });

  test('at any moment, each is running or ended', () => {
    const timers = [timer('late', NOW + 10 * MIN), timer('soon', NOW + 3 * MIN), timer('gone', NOW - MIN)];
    expect(partitionTimers(timers, NOW)).toEqual({ running: [timers[1], timers[0]], ended: [timers[2]] });
    expect(partitionTimers(timers, NOW + 3 * MIN)).toEqual({ running: [timers[0]], ended: [timers[2], timers[1]] });
    expect(partitionTimers(timers, NOW + 11 * MIN).running).toEqual([]);
  });

  test('an alarm left undismissed since an earlier shift is dropped', () => {
    const timers = [timer('today', NOW - MIN), timer('yesterday', NOW - FORGOTTEN_AFTER_MS), timer('running', NOW + MIN)];
    expect(dropForgotten(timers, NOW).map((t) => t.id)).toEqual(['today', 'running']);
  });
});

describe('stored on the device', () => {
  test('timers survive a round trip through storage', () => {
    const timers = [timer('a', NOW + MIN), timer('b', NOW + 2 * MIN)];
    expect(parseTimers(serializeTimers(timers))).toEqual(timers);
  });

  test.each([
    { stored: null, timers: [] },
    { stored: '', timers: [] },
    { stored: 'not json', timers: [] },
    { stored: '{"id":"a"}', timers: [] },
    {
      stored: JSON.stringify([{ id: 'a', label: 'A', endsAt: NOW, url: '/a', extra: 1 }, { id: 'b', label: 'B', endsAt: 'soon', url: '/b' }, null, 3]),
      timers: [{ id: 'a', label: 'A', endsAt: NOW, url: '/a' }],
    },
  ])('what is not a timer is skipped: $stored', ({ stored, timers }) => {
    expect(parseTimers(stored)).toEqual(timers);
  });
});
