/**
 * A piece of equipment's own part of its page: heading, capacity, working range and
 * utilities, what to buy, safe use and its care procedures. Slot for the page's own
 * part: `after-title` (variant note).
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { standaloneQuantityText } from '../domain/quantity-format.ts';
import { formatTemperature } from '../domain/temperature.ts';
import type { Equipment } from '../schemas/equipment.ts';
import { entryHeading } from './entry-heading.ts';
import { entryLinks } from './entry-links.ts';
import { factList } from './facts.ts';
import type { AsWritten, EntryTree, RenderContext } from './render-context.ts';

export function renderEquipment(equipment: AsWritten<Equipment>, context: RenderContext): EntryTree {
  const { t, tag } = context;
  const range = equipment.temperatureRange;
  const section = (heading: string, text: string | undefined): Element[] => (text ? [h('h2', heading), h('p', text)] : []);
  return {
    type: 'root',
    children: [
      ...entryHeading(context, 'equipment', [equipment.category && t(`equipmentCategory.${equipment.category}`)], equipment.name),
      factList([
        { label: t('equipment.capacity'), value: equipment.capacity && standaloneQuantityText(equipment.capacity.quantity, equipment.capacity.unit, tag) },
        { label: t('equipment.range'), value: range && t('equipment.rangeValues', { min: formatTemperature(range.min), max: formatTemperature(range.max) }) },
        { label: t('equipment.utilities'), value: equipment.utilities },
      ]),
      ...section(t('equipment.whatToBuy'), equipment.specification),
      ...section(t('equipment.safeUse'), equipment.notes),
      ...(equipment.procedures && equipment.procedures.length > 0 ? [h('h2', t('equipment.care')), ...entryLinks(context, 'procedures', equipment.procedures)] : []),
    ],
  };
}
