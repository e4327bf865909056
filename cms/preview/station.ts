/** The station preview: its place on the line, what the cook answers for and the equipment at hand, as the page will show them. */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import type { ReactElement } from 'react';
import { h } from '../decap.ts';
import { titleIn, type PreviewBinder } from './binder-data.ts';
import { entryList, entryPage } from './parts.ts';
import { number, record, text, texts, type Data } from './read.ts';

/** Mirrors src/pages/stations/[slug].astro. */
export function stationPreview(binder: PreviewBinder | undefined) {
  return function StationPreview({ entry }: PreviewTemplateComponentProps): ReactElement {
    const data: Data = record(entry.get('data')?.toJS());
    const order = number(data['order']);
    const responsibilities = texts(data['responsibilities']);
    const equipment = texts(data['equipment']);

    return entryPage(
      order !== undefined ? `Stations · position ${order} on the line` : 'Stations',
      text(data['name']) ?? 'Unnamed station',
      text(data['summary']) && h('p', { className: 'lede' }, text(data['summary'])),
      responsibilities.length > 0 && h('section', null, h('h2', null, 'Responsibilities'), h('ul', null, ...responsibilities.map((item, i) => h('li', { key: i }, item)))),
      equipment.length > 0 && h('section', null, h('h2', null, 'Equipment'), entryList(equipment, (id) => titleIn(binder, 'equipment', id), true)),
    );
  };
}
