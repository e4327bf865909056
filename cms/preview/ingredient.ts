/** The ingredient preview: allergen warning, storage and purchasing spec, as the page will show them. */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import type { ReactElement } from 'react';
import type { AllergenTrace } from '../../src/domain/allergen-derivation.ts';
import { ALLERGEN_IDS, sortAllergens, type AllergenId } from '../../src/domain/allergens.ts';
import { formatShelfLife } from '../../src/domain/duration.ts';
import { quantityText } from '../../src/domain/quantity-format.ts';
import { formatTemperature } from '../../src/domain/temperature.ts';
import { h } from '../decap.ts';
import type { PreviewBinder } from './binder-data.ts';
import { allergenPanel, entryPage, facts } from './parts.ts';
import { number, quantity, record, temperature, text, texts, type Data } from './read.ts';

/** The allergen ids among `values`, in the table's order. */
function allergenIds(values: unknown): AllergenId[] {
  return sortAllergens(texts(values).filter((id): id is AllergenId => (ALLERGEN_IDS as readonly string[]).includes(id)));
}

export function ingredientPreview(binder: PreviewBinder | undefined) {
  return function IngredientPreview({ entry }: PreviewTemplateComponentProps): ReactElement {
    const data: Data = record(entry.get('data')?.toJS());
    const locale = binder?.locale ?? 'en-US';
    const slug = text(entry.get('slug')) ?? '';
    const trace = [{ ingredient: slug, via: [] }] as const satisfies readonly AllergenTrace[];
    const contains = new Map(allergenIds(data['allergens']).map((id) => [id, trace] as const));
    const mayContain = new Map(allergenIds(data['mayContain']).filter((id) => !contains.has(id)).map((id) => [id, trace] as const));
    const storage = record(data['storage']);
    const cold = temperature(storage['temperature']);
    const shelfLife = number(storage['shelfLifeHours']);
    const density = number(data['density']);
    const gramsEach = number(data['gramsEach']);
    const spec = record(data['purchasing']);
    const cost = record(data['cost']);
    const amount = number(cost['amount']);
    const per = quantity(cost['per']);
    const price =
      amount !== undefined && per
        ? `${new Intl.NumberFormat(locale, { style: 'currency', currency: binder?.currency ?? 'USD' }).format(amount)} per ${quantityText(per.quantity, per.unit, locale)}`
        : undefined;

    return entryPage(
      ['Ingredients', text(data['category'])?.replaceAll('-', ' ')].filter(Boolean).join(' · '),
      text(data['name']) ?? 'Unnamed ingredient',
      text(data['notes']) && h('p', { className: 'lede' }, text(data['notes'])),
      allergenPanel({ contains, mayContain }),
      h('h2', null, 'Storage'),
      facts([
        ['Zone', text(storage['zone'])],
        ['Temperature', cold && formatTemperature(cold)],
        ['Shelf life', shelfLife !== undefined && formatShelfLife(shelfLife)],
        ['Density', density !== undefined && `${density} g/ml`],
        ['One piece', gramsEach !== undefined && `${gramsEach} g`],
      ]),
      text(storage['notes']) && h('p', null, text(storage['notes'])),
      (Object.keys(spec).length > 0 || price) && h('h2', null, 'Purchasing spec'),
      facts([
        ['Grade', text(spec['grade'])],
        ['Form', text(spec['form'])],
        ['Pack', text(spec['pack'])],
        ['Cost', price],
      ]),
      text(spec['rejectIf']) && h('p', null, h('strong', null, 'Reject the delivery if: '), text(spec['rejectIf'])),
    );
  };
}
