/** The procedure preview: the checklist as it will read, with every critical limit called out. */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import type { ReactElement } from 'react';
import { formatMinutes } from '../../src/domain/duration.ts';
import { h } from '../decap.ts';
import { titleIn, type PreviewBinder } from './binder-data.ts';
import { criticalLimitNote, entryPage, facts, names } from './parts.ts';
import { criticalLimit, list, number, record, text, texts, type Data } from './read.ts';

export function procedurePreview(binder: PreviewBinder | undefined) {
  return function ProcedurePreview({ entry, widgetFor }: PreviewTemplateComponentProps): ReactElement {
    const data: Data = record(entry.get('data')?.toJS());
    const minutes = number(data['minutes']);
    const steps = list(data['steps']).map(record);
    const limits = steps.filter((step) => criticalLimit(step['criticalLimit'])).length;
    const linked = (heading: string, collection: 'recipes' | 'equipment' | 'procedures' | 'stations', ids: string[]) =>
      ids.length > 0 && h('section', null, h('h2', null, heading), h('p', null, names(ids, (id) => titleIn(binder, collection, id))));

    return entryPage(
      ['Procedures', text(data['kind']), text(data['frequency'])].filter(Boolean).join(' · '),
      text(data['title']) ?? 'Untitled procedure',
      text(data['summary']) && h('p', { className: 'lede' }, text(data['summary'])),
      facts([
        ['How often', text(data['frequency'])?.replaceAll('-', ' ')],
        ['Takes', minutes !== undefined && formatMinutes(minutes)],
        ['Who', texts(data['roles']).join(', ')],
        ['Critical limits', String(limits)],
      ]),
      texts(data['stations']).length > 0 && h('p', null, h('strong', null, 'Stations: '), names(texts(data['stations']), (id) => titleIn(binder, 'stations', id))),
      h('h2', null, 'Checklist'),
      h(
        'ol',
        { className: 'steps checklist' },
        ...steps.map((step, i) => {
          const limit = criticalLimit(step['criticalLimit']);
          return h(
            'li',
            { key: i },
            h('p', { className: 'step-text' }, h('span', { className: 'step-number' }, `${i + 1}.`), ` ${text(step['text']) ?? ''}`),
            step['record'] === true && h('ul', { className: 'step-meta' }, h('li', null, 'Record in the log')),
            limit && criticalLimitNote(limit),
          );
        }),
      ),
      h('section', { className: 'prose' }, h('h2', null, 'Notes'), widgetFor('body')),
      linked('Recipes', 'recipes', texts(data['recipes'])),
      linked('Equipment', 'equipment', texts(data['equipment'])),
      linked('Related procedures', 'procedures', texts(data['related'])),
    );
  };
}
