/**
 * A procedure's steps as a working checklist: a real checkbox per step, a reading field
 * where the step has a critical limit, a note field where it asks for a record. Read
 * without JavaScript it is the printed checklist, limits and corrective actions in full.
 * On the page, <procedure-checklist> (src/components/ProcedureChecklist.astro, and
 * src/scripts/procedure-checklist.ts) wraps it and finds its parts by their `data-*`
 * hooks: the hidden check, alert and stamp of each step are its to show.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { readingUnitsFor, unitLabel, type ChecklistLimit } from '../domain/checklist/reading-check.ts';
import { formatCriticalLimit } from '../domain/critical-limit-text.ts';
import type { ProcedureStep } from '../schemas/procedure.ts';
import { criticalLimitNote } from './critical-limit.ts';
import type { RenderContext } from './render-context.ts';

/** The paper header (date, initials) and the list of steps. */
export function procedureChecklist(context: RenderContext, steps: readonly ProcedureStep[]): Element[] {
  const { t } = context;
  return [
    h('p', { className: 'checklist-who' }, [
      h('span', { className: 'checklist-paper-date' }, [`${t('checklist.date')} `, h('span', { className: 'checklist-blank' })]),
      h('label', { htmlFor: 'checklist-initials' }, t('checklist.initials')),
      h('input', { id: 'checklist-initials', type: 'text', autoComplete: 'off', maxLength: 12, dataInitials: '' }),
    ]),
    h(
      'ol',
      { className: 'checklist-steps' },
      steps.map((step, i) => checklistStep(context, step, i + 1)),
    ),
  ];
}

function checklistStep(context: RenderContext, step: ProcedureStep, n: number): Element {
  const { t, tag } = context;
  const limit: ChecklistLimit | undefined = step.criticalLimit && {
    comparison: step.criticalLimit.comparison,
    value: step.criticalLimit.value,
    unit: step.criticalLimit.unit,
    text: formatCriticalLimit(step.criticalLimit, tag),
    correctiveAction: step.criticalLimit.correctiveAction,
  };
  const ofStep = h('span', { className: 'visually-hidden' }, t('checklist.ofStep', { step: String(n) }));
  const fields: Element[] = [
    ...(limit ? [readingField(context, limit, n, ofStep)] : []),
    ...(step.record
      ? [
          h('div', { className: 'checklist-field checklist-field--note' }, [
            h('label', { htmlFor: `step-${n}-note` }, [limit ? t('checklist.note') : t('checklist.record'), ofStep]),
            h('input', { id: `step-${n}-note`, className: 'checklist-note', type: 'text', autoComplete: 'off', dataNote: '' }),
          ]),
        ]
      : []),
  ];
  return h('li', { className: 'checklist-step', id: `step-${n}`, dataStep: '' }, [
    h('label', { className: 'checklist-tick' }, [
      h('input', { type: 'checkbox', dataDone: '' }),
      h('span', { className: 'checklist-number' }, `${n}.`),
      h('span', { className: 'checklist-text', dataStepText: '' }, step.text),
    ]),
    ...(step.criticalLimit ? [criticalLimitNote(context, step.criticalLimit)] : []),
    ...(fields.length > 0 ? [h('div', { className: 'checklist-fields' }, fields)] : []),
    ...(limit
      ? [
          h('p', { className: 'checklist-ok', role: 'status', dataOk: '', hidden: true }),
          h('div', { className: 'checklist-alert', role: 'alert', dataAlert: '', dataPagefindIgnore: '', hidden: true }, [
            h('p', { dataAlertSentence: '' }),
            h('p', [h('strong', t('checklist.doNow')), ` ${limit.correctiveAction}`]),
          ]),
        ]
      : []),
    h('p', { className: 'checklist-stamp', dataStamp: '', hidden: true }),
  ]);
}

/** The reading field, checked against the limit as the cook types, with its unit (a choice where the limit has two scales). */
function readingField(context: RenderContext, limit: ChecklistLimit, n: number, ofStep: ElementContent): Element {
  const { t } = context;
  const units = readingUnitsFor(limit.unit);
  // iOS's decimal keypad has no minus key: a cold-side reading (a freezer, a calibration
  // in ice water) can be below zero, so it gets the keyboard that has one.
  const mayBeNegative = (limit.unit === 'C' && limit.value <= 10) || (limit.unit === 'F' && limit.value <= 50);
  return h('div', { className: 'checklist-field' }, [
    h('label', { htmlFor: `step-${n}-reading` }, [t('checklist.reading'), ofStep]),
    h('input', {
      id: `step-${n}-reading`,
      className: 'checklist-reading',
      type: 'number',
      inputMode: mayBeNegative ? 'text' : 'decimal',
      step: 'any',
      enterKeyHint: 'done',
      autoComplete: 'off',
      dataReading: '',
      dataLimit: JSON.stringify(limit),
    }),
    ...(units.length > 1
      ? [
          h('label', { className: 'visually-hidden', htmlFor: `step-${n}-unit` }, t('checklist.unitOf', { step: String(n) })),
          h(
            'select',
            { id: `step-${n}-unit`, className: 'checklist-unit', autoComplete: 'off', dataUnit: '' },
            units.map((unit) => h('option', { value: unit }, unitLabel(unit))),
          ),
        ]
      : [h('span', { className: 'checklist-unit' }, unitLabel(units[0]!))]),
  ]);
}
