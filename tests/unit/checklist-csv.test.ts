import { expect, test } from 'vitest';
import { emptyLog, withInitials, withNote, withReading, withTick } from '../../src/domain/checklist/checklist-log.ts';
import { checklistCsv, csvFileName, localDateTime } from '../../src/domain/checklist/log-csv.ts';
import { csvCell } from '../../src/domain/csv-cell.ts';
import type { ChecklistLimit } from '../../src/domain/checklist/reading-check.ts';

test.each([
  ['plain', 'plain'],
  ['', ''],
  ['a, b', '"a, b"'],
  ['say "hot"', '"say ""hot"""'],
  ['two\nlines', '"two\nlines"'],
  ['cr\rlf', '"cr\rlf"'],
  // Formula injection: neutralised with a leading quote.
  ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
  ['+1 555', "'+1 555"],
  ['-2+3', "'-2+3"],
  ['@cmd', "'@cmd"],
  ['\tTAB', "'\tTAB"],
  ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  // A plain negative number is a reading, not a formula.
  ['-18', '-18'],
  ['-0.5', '-0.5'],
  ['--1', "'--1"],
])('the cell %j is written %s', (value, cell) => {
  expect(csvCell(value)).toBe(cell);
});

const FRIDGE: ChecklistLimit = {
  comparison: 'at-most',
  value: 5,
  unit: 'C',
  text: 'Air ≤ 5 °C (41 °F)',
  correctiveAction: 'Move the food, call for repair.',
};
const PROCEDURE = {
  title: 'Opening, checks',
  steps: [{ text: 'Unlock.' }, { text: 'Check the walk-in.', limit: FRIDGE }, { text: 'Probe the prep table.', limit: FRIDGE }, { text: '=1+1' }],
};
const SHIFT = new Date('2026-11-29T06:00:00Z');
const AT = new Date('2026-11-29T06:10:00Z');

test('the log exports as a header and one row per step, with verdicts and corrective actions', () => {
  let log = withInitials(emptyLog('opening', PROCEDURE.steps.map((s) => s.text), SHIFT), 'JB');
  log = withTick(log, 0, true, AT);
  log = withReading(log, 1, { value: 46, unit: 'F' }, AT);
  log = withReading(log, 2, { value: 3, unit: 'C' }, AT);
  log = withNote(log, 2, 'Door seal "worn"', AT);
  const lines = checklistCsv(PROCEDURE, log).split('\r\n');
  expect(lines).toEqual([
    'Procedure,Step,Step text,Done,Reading,Unit,Within limit,Corrective action shown,Time,Note,Initials,Shift started',
    '"Opening, checks",1,Unlock.,yes,,,,,2026-11-29T06:10:00.000Z,,JB,2026-11-29T06:00:00.000Z',
    '"Opening, checks",2,Check the walk-in.,no,46,°F,no,"Move the food, call for repair.",2026-11-29T06:10:00.000Z,,JB,2026-11-29T06:00:00.000Z',
    '"Opening, checks",3,Probe the prep table.,no,3,°C,yes,,2026-11-29T06:10:00.000Z,"Door seal ""worn""",JB,2026-11-29T06:00:00.000Z',
    "\"Opening, checks\",4,'=1+1,no,,,,,,,,2026-11-29T06:00:00.000Z",
    '',
  ]);
});

test('times are written by the given formatter', () => {
  const log = withTick(emptyLog('opening', PROCEDURE.steps.map((s) => s.text), SHIFT), 0, true, AT);
  const csv = checklistCsv(PROCEDURE, log, (iso) => `at ${iso.slice(11, 16)}`);
  expect(csv.split('\r\n')[1]).toBe('"Opening, checks",1,Unlock.,yes,,,,,at 06:10,,,at 06:00');
});

test.each([
  ['two-stage-cooling', { year: 2026, month: 11, day: 29 }, 'two-stage-cooling-2026-11-29.csv'],
  ['handwashing', { year: 2027, month: 1, day: 5 }, 'handwashing-2027-01-05.csv'],
])('the file for %s on %o is %s', (slug, date, name) => {
  expect(csvFileName(slug, date)).toBe(name);
});

test.each([
  [new Date(2026, 10, 29, 14, 5), '2026-11-29 14:05'],
  [new Date(2027, 0, 5, 0, 0), '2027-01-05 00:00'],
])('%o is written %s in local time', (date, text) => {
  expect(localDateTime(date)).toBe(text);
});
