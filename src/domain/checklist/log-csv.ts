/**
 * The day's log as CSV (RFC 4180: a header row, CRLF line ends, a field quoted when it
 * holds a comma, a quote or a line break, quotes doubled), one row per step. A cell that
 * a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) is prefixed with a quote, so a step text or a note cannot carry a formula
 * into the office's spreadsheet; a plain negative number ("-18") stays a number.
 */
import { csvCell } from '../csv-cell.ts';
import { checklistCsvEn, type ChecklistCsvKey } from '../../i18n/messages/kitchen/english/checklist-csv.ts';
import { checklistEn, type ChecklistKey } from '../../i18n/messages/kitchen/english/checklist.ts';
import { wordsFrom, type Words } from '../../i18n/words.ts';
import type { ChecklistLog } from './checklist-log.ts';
import { checkReading, type ChecklistLimit, unitLabel } from './reading-check.ts';

/** The export's words (its columns, yes and no, the verdicts it checks): the page's, English by default. */
export type CsvWords = Words<ChecklistCsvKey | ChecklistKey>;
const ENGLISH_WORDS: CsvWords = /* @__PURE__ */ wordsFrom('en', { ...checklistEn, ...checklistCsvEn });

export interface CsvProcedure {
  readonly title: string;
  readonly steps: ReadonlyArray<{ readonly text: string; readonly limit?: ChecklistLimit | undefined }>;
}

/** The columns, in order, by their catalogue keys. */
export const CSV_COLUMNS = [
  'checklist.csv.procedure',
  'checklist.csv.step',
  'checklist.csv.stepText',
  'checklist.csv.done',
  'checklist.csv.reading',
  'checklist.csv.unit',
  'checklist.csv.withinLimit',
  'checklist.csv.correctiveAction',
  'checklist.csv.time',
  'checklist.csv.note',
  'checklist.csv.initials',
  'checklist.csv.shiftStarted',
] as const satisfies readonly ChecklistCsvKey[];

/** The header row in English. */
export const CSV_HEADER = CSV_COLUMNS.map((key) => checklistCsvEn[key]);

/**
 * `formatTime` turns a stored ISO 8601 instant into what the office reads; ISO by default.
 * `words` gives the header, yes and no in the page's language; English by default.
 */
export function checklistCsv(procedure: CsvProcedure, log: ChecklistLog, formatTime: (iso: string) => string = (iso) => iso, words: CsvWords = ENGLISH_WORDS): string {
  const yes = words('checklist.csv.yes');
  const no = words('checklist.csv.no');
  const rows = procedure.steps.map((step, i) => {
    const entry = log.steps[i];
    const verdict = entry?.reading && step.limit ? checkReading(step.limit, entry.reading, words) : undefined;
    return [
      procedure.title,
      String(i + 1),
      step.text,
      entry?.done ? yes : no,
      entry?.reading ? String(entry.reading.value) : '',
      entry?.reading ? unitLabel(entry.reading.unit) : '',
      verdict ? (verdict.within ? yes : no) : '',
      verdict && !verdict.within && step.limit ? step.limit.correctiveAction : '',
      entry?.at ? formatTime(entry.at) : '',
      entry?.note ?? '',
      entry?.by ?? '',
      formatTime(log.shiftStartedAt),
    ];
  });
  return [CSV_COLUMNS.map((key) => words(key)), ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** "two-stage-cooling-2026-11-29.csv", dated by the shift's local start day. */
export function csvFileName(procedure: string, localDate: { year: number; month: number; day: number }): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${procedure}-${localDate.year}-${pad(localDate.month)}-${pad(localDate.day)}.csv`;
}

/** "2026-11-29 14:05" in the device's own time zone: what a spreadsheet sorts and a manager reads. */
export function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
