/**
 * The setup guide preview: the guide, then its tasks by deadline, roles, equipment
 * list, supplier specs, stations and procedures, as the page will show them.
 */
import { byDeadline } from '../../src/domain/opening-tasks.ts';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import type { ReactElement, ReactNode } from 'react';
import { h } from '../decap.ts';
import { titleIn, type PreviewBinder } from './binder-data.ts';
import { entryList, entryPage } from './parts.ts';
import { list, number, record, text, texts, type Data } from './read.ts';

/** A setup task as far as it is written. */
export interface DraftTask {
  readonly text: string;
  readonly weeksBeforeOpening?: number | undefined;
  readonly owner?: string | undefined;
}

/** The draft's tasks in the order the setup page shows them (see src/domain/opening-tasks.ts). */
export function draftTasks(value: unknown): DraftTask[] {
  const tasks = list(value).map((item) => {
    const task = record(item);
    return { text: text(task['text']) ?? '', weeksBeforeOpening: number(task['weeksBeforeOpening']), owner: text(task['owner']) };
  });
  return byDeadline(tasks);
}

/** A two-column table with a heading, as the setup page draws each list; nothing when there are no rows. */
function tableSection(heading: string, columns: readonly [first: string, second: string], firstIsCount: boolean, rows: ReadonlyArray<readonly [ReactNode, ReactNode]>): ReactElement | false {
  const qty = firstIsCount ? 'qty' : undefined;
  return (
    rows.length > 0 &&
    h('section', null,
      h('h2', null, heading),
      h('table', null,
        h('thead', null, h('tr', null, h('th', { scope: 'col', className: qty }, columns[0]), h('th', { scope: 'col' }, columns[1]))),
        h('tbody', null, ...rows.map(([first, second], i) => h('tr', { key: i }, h('td', { className: 'qty' }, first), h('td', null, second)))),
      ),
    )
  );
}

/** Mirrors src/pages/setup/[slug].astro. */
export function setupPreview(binder: PreviewBinder | undefined) {
  return function SetupPreview({ entry, widgetFor }: PreviewTemplateComponentProps): ReactElement {
    const data: Data = record(entry.get('data')?.toJS());
    const order = number(data['order']);
    const titleOf = (collection: 'equipment' | 'ingredients' | 'procedures' | 'stations') => (id: string) => titleIn(binder, collection, id);
    const roles = list(data['roles']).map(record);
    const equipment = list(data['equipment']).map(record);
    const stations = texts(data['stations']);
    const procedures = texts(data['procedures']);

    return entryPage(
      ['Setup guides', order !== undefined && `step ${order}`, text(data['topic'])?.replaceAll('-', ' ')].filter(Boolean).join(' · '),
      text(data['title']) ?? 'Untitled setup guide',
      text(data['summary']) && h('p', { className: 'lede' }, text(data['summary'])),
      h('section', { className: 'prose' }, widgetFor('body')),
      tableSection(
        'Tasks',
        ['When', 'Task'],
        false,
        draftTasks(data['tasks']).map((task) => [
          task.weeksBeforeOpening !== undefined ? `${task.weeksBeforeOpening} wk` : '—',
          [task.text, task.owner && h('div', { key: 'owner', className: 'line-note' }, `Owner: ${task.owner}`)],
        ]),
      ),
      tableSection(
        'Roles',
        ['People', 'Role'],
        true,
        roles.map((role) => [
          number(role['headcount']) ?? '—',
          [h('strong', { key: 'title' }, text(role['title']) ?? 'Untitled role'), h('div', { key: 'does', className: 'line-note' }, text(role['responsibilities']) ?? '')],
        ]),
      ),
      tableSection(
        'Equipment list',
        ['Count', 'Equipment'],
        true,
        equipment.map((item) => {
          const id = text(item['equipment']);
          return [
            number(item['count']) ?? '—',
            [id ? titleOf('equipment')(id) : h('em', { key: 'none' }, 'choose the equipment'), text(item['note']) && h('div', { key: 'note', className: 'line-note' }, text(item['note']))],
          ];
        }),
      ),
      texts(data['ingredients']).length > 0 && h('section', null, h('h2', null, 'Supplier specifications'), entryList(texts(data['ingredients']), titleOf('ingredients'))),
      stations.length > 0 && h('section', null, h('h2', null, 'Stations'), entryList(stations, titleOf('stations'), true)),
      procedures.length > 0 && h('section', null, h('h2', null, 'Procedures to know'), entryList(procedures, titleOf('procedures'))),
    );
  };
}
