/**
 * A procedure's own part of its page: heading, facts, stations, the checklist, and the
 * recipes, equipment and procedures it goes with. Slots for the page's own parts, in
 * order: `after-title` (variant note), `after-summary` (cooked in, local variants),
 * `checklist` (holds the checklist, which the page wraps in its log island) and `body`
 * (the procedure's notes).
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { formatMinutes, minutesToIso8601 } from '../domain/duration.ts';
import type { Procedure } from '../schemas/procedure.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { bodySection } from './body-section.ts';
import { entryHeading } from './entry-heading.ts';
import { entryLinks } from './entry-links.ts';
import { factList } from './facts.ts';
import { procedureChecklist } from './procedure-checklist.ts';
import type { AsWritten, EntryTree, RenderContext } from './render-context.ts';
import { slot } from './slot.ts';

export function renderProcedure(procedure: AsWritten<Procedure>, context: RenderContext): EntryTree {
  const { t, tag } = context;
  const steps = procedure.steps ?? [];
  const stations = procedure.stations ?? [];
  return {
    type: 'root',
    children: [
      ...entryHeading(
        context,
        'procedures',
        [procedure.kind && t(`procedureKind.tag.${procedure.kind}`), procedure.frequency && t(`frequency.tag.${procedure.frequency}`)],
        procedure.title,
      ),
      ...(procedure.summary !== undefined ? [h('p', { className: 'lede' }, procedure.summary)] : []),
      slot('after-summary'),
      factList([
        { label: t('procedure.howOften'), value: procedure.frequency && t(`frequency.${procedure.frequency}`) },
        { label: t('procedure.takes'), value: procedure.minutes !== undefined ? h('time', { dateTime: minutesToIso8601(procedure.minutes) }, formatMinutes(procedure.minutes, tag)) : undefined },
        { label: t('procedure.who'), value: (procedure.roles ?? []).join(', ') },
        { label: t('procedure.criticalLimits'), value: String(steps.filter((step) => step.criticalLimit).length) },
      ]),
      ...(stations.length > 0 ? [h('p', { className: 'visually-hidden' }, t('procedure.stations')), ...entryLinks(context, 'stations', stations, true)] : []),
      h('h2', { id: 'checklist' }, t('procedure.checklist')),
      slot('checklist', procedureChecklist(context, steps)),
      bodySection(t('procedure.notes')),
      ...linked(context, t('procedure.recipes'), 'recipes', procedure.recipes),
      ...linked(context, t('procedure.equipment'), 'equipment', procedure.equipment, true),
      ...linked(context, t('procedure.related'), 'procedures', procedure.related),
    ],
  };
}

function linked(context: RenderContext, heading: string, collection: CollectionName, ids: readonly string[] | undefined, chips = false): Element[] {
  return ids && ids.length > 0 ? [h('h2', heading), ...entryLinks(context, collection, ids, chips)] : [];
}
