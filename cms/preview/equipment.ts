/** The equipment preview: capacity, working range and utilities, what to buy and how to use it safely, as the page will show them. */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import type { ReactElement } from 'react';
import { standaloneQuantityText } from '../../src/domain/quantity-format.ts';
import { formatTemperature } from '../../src/domain/temperature.ts';
import { h } from '../decap.ts';
import { titleIn, type PreviewBinder } from './binder-data.ts';
import { entryList, entryPage, facts } from './parts.ts';
import { quantity, record, temperature, text, texts, type Data } from './read.ts';

/** Mirrors src/pages/equipment/[slug].astro. */
export function equipmentPreview(binder: PreviewBinder | undefined) {
  return function EquipmentPreview({ entry }: PreviewTemplateComponentProps): ReactElement {
    const data: Data = record(entry.get('data')?.toJS());
    const locale = binder?.locale ?? 'en-US';
    const capacity = quantity(data['capacity']);
    const range = record(data['temperatureRange']);
    const min = temperature(range['min']);
    const max = temperature(range['max']);
    const procedures = texts(data['procedures']);

    return entryPage(
      ['Equipment', text(data['category'])].filter(Boolean).join(' · '),
      text(data['name']) ?? 'Unnamed equipment',
      facts([
        ['Capacity per load', capacity && standaloneQuantityText(capacity.quantity, capacity.unit, locale)],
        ['Working range', min && max && `${formatTemperature(min)} to ${formatTemperature(max)}`],
        ['Utilities', text(data['utilities'])],
      ]),
      text(data['specification']) && h('section', null, h('h2', null, 'What to buy'), h('p', null, text(data['specification']))),
      text(data['notes']) && h('section', null, h('h2', null, 'Safe use'), h('p', null, text(data['notes']))),
      procedures.length > 0 && h('section', null, h('h2', null, 'Care and cleaning'), entryList(procedures, (id) => titleIn(binder, 'procedures', id))),
    );
  };
}
