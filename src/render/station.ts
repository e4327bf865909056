/**
 * A station's own part of its page: its place on the line, what its cook answers for
 * and the equipment at hand. Slot for the page's own part: `after-title` (variant note).
 */
import { h } from 'hastscript';
import type { Station } from '../schemas/station.ts';
import { entryHeading } from './entry-heading.ts';
import { entryLinks } from './entry-links.ts';
import type { AsWritten, EntryTree, RenderContext } from './render-context.ts';

export function renderStation(station: AsWritten<Station>, context: RenderContext): EntryTree {
  const { t } = context;
  const responsibilities = station.responsibilities ?? [];
  const equipment = station.equipment ?? [];
  return {
    type: 'root',
    children: [
      ...entryHeading(context, 'stations', [station.order !== undefined ? t('station.position', { order: station.order }) : undefined], station.name),
      ...(station.summary !== undefined ? [h('p', { className: 'lede' }, station.summary)] : []),
      ...(responsibilities.length > 0
        ? [
            h('h2', t('station.responsibilities')),
            h(
              'ul',
              responsibilities.map((item) => h('li', item)),
            ),
          ]
        : []),
      ...(equipment.length > 0 ? [h('h2', t('station.equipment')), ...entryLinks(context, 'equipment', equipment, true)] : []),
    ],
  };
}
