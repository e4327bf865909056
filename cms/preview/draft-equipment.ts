/** A piece of equipment as far as its draft is written, in the shape src/render/equipment.ts draws: a range once both ends are. */
import type { Translate } from '../../src/i18n/translate.ts';
import type { AsWritten } from '../../src/render/render-context.ts';
import { EquipmentCategorySchema, type Equipment } from '../../src/schemas/equipment.ts';
import { oneOf, prune, quantity, record, temperature, text, texts } from './read.ts';

/** `t` words what the draft still lacks where the page needs something (see draft-recipe.ts). */
export function draftEquipment(value: unknown, t: Translate): AsWritten<Equipment> {
  const data = record(value);
  const range = record(data['temperatureRange']);
  const min = temperature(range['min']);
  const max = temperature(range['max']);
  return prune({
    name: text(data['name']) ?? t('preview.untitled'),
    category: oneOf(data['category'], EquipmentCategorySchema.options),
    capacity: quantity(data['capacity']),
    temperatureRange: min && max ? { min, max } : undefined,
    utilities: text(data['utilities']),
    specification: text(data['specification']),
    procedures: texts(data['procedures']),
    notes: text(data['notes']),
  });
}
