import { expect, test } from 'vitest';
import { byDeadline } from '../../src/domain/opening-tasks.ts';

test.each([
  [[{ weeksBeforeOpening: 2 }, { weeksBeforeOpening: 16 }, {}, { weeksBeforeOpening: 0 }], [16, 2, 0, undefined]],
  [[{}, { weeksBeforeOpening: 0.5 }], [0.5, undefined]],
  [[], []],
])('byDeadline: furthest from opening first, undated last (%#)', (tasks, expected) => {
  expect(byDeadline(tasks).map((t) => t.weeksBeforeOpening)).toEqual(expected);
});

test('leaves the given list as it was', () => {
  const tasks = [{ weeksBeforeOpening: 1 }, { weeksBeforeOpening: 3 }];
  byDeadline(tasks);
  expect(tasks.map((t) => t.weeksBeforeOpening)).toEqual([1, 3]);
});
