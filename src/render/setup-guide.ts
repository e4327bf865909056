/**
 * A setup guide's own part of its page: heading, its text, then its tasks by deadline,
 * the roles to hire, the equipment list, the supplier specs of its ingredients, and
 * the stations and procedures it sets up. Slots for the page's own parts: `after-title`
 * (variant note) and `body` (the guide's text).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { byDeadline } from '../domain/opening-tasks.ts';
import type { Ingredient } from '../schemas/ingredient.ts';
import type { SetupGuide } from '../schemas/setup-guide.ts';
import { bodySection } from './body-section.ts';
import { entryHeading } from './entry-heading.ts';
import { entryLinks } from './entry-links.ts';
import type { AsWritten, EntryTree, RenderContext } from './render-context.ts';

export interface SetupGuideRenderContext extends RenderContext {
  /** The purchasing spec of an ingredient the guide lists. */
  readonly purchasingOf: (ingredient: string) => Ingredient['purchasing'];
}

export function renderSetupGuide(guide: AsWritten<SetupGuide>, context: SetupGuideRenderContext): EntryTree {
  const { t } = context;
  const stations = guide.stations ?? [];
  const procedures = guide.procedures ?? [];
  return {
    type: 'root',
    children: [
      ...entryHeading(
        context,
        'setup',
        [guide.order !== undefined ? t('setup.step', { order: guide.order }) : undefined, guide.topic && t(`setupTopic.${guide.topic}`)],
        guide.title,
      ),
      ...(guide.summary !== undefined ? [h('p', { className: 'lede' }, guide.summary)] : []),
      bodySection(),
      ...table(
        'tasks',
        t('setup.tasks'),
        [t('setup.when'), t('setup.task')],
        'when',
        byDeadline(guide.tasks ?? []).map((task) => [
          task.weeksBeforeOpening !== undefined ? t('setup.weeksBefore', { weeks: task.weeksBeforeOpening }) : '—',
          [task.text, ...(task.owner ? [h('div', { className: 'line-note' }, t('setup.owner', { owner: task.owner }))] : [])],
        ]),
      ),
      ...table(
        'roles',
        t('setup.roles'),
        [t('setup.people'), t('setup.role')],
        'count',
        (guide.roles ?? []).map((role) => [String(role.headcount), [h('strong', role.title), h('div', { className: 'line-note' }, role.responsibilities)]]),
      ),
      ...table(
        'equipment',
        t('setup.equipmentList'),
        [t('setup.count'), t('setup.equipment')],
        'count',
        (guide.equipment ?? []).map((item) => [
          String(item.count),
          [h('a', { href: context.entryHref('equipment', item.equipment) }, context.titleOf('equipment', item.equipment)), ...(item.note ? [h('div', { className: 'line-note' }, item.note)] : [])],
        ]),
      ),
      ...table(
        'specs',
        t('setup.specs'),
        [t('setup.ingredient'), t('setup.spec')],
        'name',
        (guide.ingredients ?? []).map((id) => {
          const spec = context.purchasingOf(id);
          return [
            [h('a', { href: context.entryHref('ingredients', id) }, context.titleOf('ingredients', id))],
            [[spec?.grade, spec?.form, spec?.pack].filter(Boolean).join(' · '), ...(spec?.rejectIf ? [h('div', { className: 'line-note' }, t('setup.rejectIf', { reason: spec.rejectIf }))] : [])],
          ];
        }),
      ),
      ...(stations.length > 0 ? [h('h2', t('setup.stations')), ...entryLinks(context, 'stations', stations, true)] : []),
      ...(procedures.length > 0 ? [h('h2', t('setup.procedures')), ...entryLinks(context, 'procedures', procedures)] : []),
    ],
  };
}

type Cell = string | Array<ElementContent | string>;

/**
 * A two-column table under its heading, nothing when it has no rows. Its first column
 * holds a `count` (a number, set as a quantity column), a `when` (weeks, set as a
 * quantity under a worded heading) or a `name`.
 */
function table(id: string, heading: string, columns: readonly [string, string], first: 'count' | 'when' | 'name', rows: ReadonlyArray<readonly [Cell, Cell]>): Element[] {
  if (rows.length === 0) return [];
  const quantity = { className: 'qty' };
  return [
    h('h2', { id }, heading),
    h('table', [
      h('thead', [h('tr', [h('th', { scope: 'col', ...(first === 'count' ? quantity : {}) }, columns[0]), h('th', { scope: 'col' }, columns[1])])]),
      h(
        'tbody',
        rows.map(([left, right]) => h('tr', [h('td', first === 'name' ? {} : quantity, left), h('td', right)])),
      ),
    ]),
  ];
}
