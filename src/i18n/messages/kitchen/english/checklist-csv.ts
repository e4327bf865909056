/**
 * One group of the kitchen's English strings, in a module of its own: code that runs in the
 * browser takes its English default from here, and so carries this group only (kitchen/en.ts
 * has them all).
 */
import type { Message } from '../../../format-message.ts';

/** The exported log's columns and yes/no (src/domain/checklist/log-csv.ts). */
export const checklistCsvEn = {
  'checklist.csv.procedure': 'Procedure',
  'checklist.csv.step': 'Step',
  'checklist.csv.stepText': 'Step text',
  'checklist.csv.done': 'Done',
  'checklist.csv.reading': 'Reading',
  'checklist.csv.unit': 'Unit',
  'checklist.csv.withinLimit': 'Within limit',
  'checklist.csv.correctiveAction': 'Corrective action shown',
  'checklist.csv.time': 'Time',
  'checklist.csv.note': 'Note',
  'checklist.csv.initials': 'Initials',
  'checklist.csv.shiftStarted': 'Shift started',
  'checklist.csv.yes': 'yes',
  'checklist.csv.no': 'no',
} as const satisfies Record<string, Message>;

export type ChecklistCsvKey = keyof typeof checklistCsvEn;
