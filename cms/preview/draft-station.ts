/** A station as far as its draft is written, in the shape src/render/station.ts draws. */
import type { Translate } from '../../src/i18n/translate.ts';
import type { AsWritten } from '../../src/render/render-context.ts';
import type { Station } from '../../src/schemas/station.ts';
import { number, prune, record, text, texts } from './read.ts';

/** `t` words what the draft still lacks where the page needs something (see draft-recipe.ts). */
export function draftStation(value: unknown, t: Translate): AsWritten<Station> {
  const data = record(value);
  return prune({
    name: text(data['name']) ?? t('preview.untitled'),
    summary: text(data['summary']),
    order: number(data['order']),
    equipment: texts(data['equipment']),
    responsibilities: texts(data['responsibilities']),
  });
}
