/**
 * A procedure as far as its draft is written, in the shape src/render/procedure.ts
 * draws: each field kept once it is well-formed, a critical limit once it is whole.
 */
import type { Translate } from '../../src/i18n/translate.ts';
import type { AsWritten } from '../../src/render/render-context.ts';
import { FrequencySchema, ProcedureKindSchema, type Procedure, type ProcedureStep } from '../../src/schemas/procedure.ts';
import { criticalLimit, list, number, oneOf, prune, record, text, texts } from './read.ts';

/** `t` words what the draft still lacks where the page needs something (see draft-recipe.ts). */
export function draftProcedure(value: unknown, t: Translate): AsWritten<Procedure> {
  const data = record(value);
  return prune({
    title: text(data['title']) ?? t('preview.untitled'),
    summary: text(data['summary']),
    kind: oneOf(data['kind'], ProcedureKindSchema.options),
    frequency: oneOf(data['frequency'], FrequencySchema.options),
    roles: texts(data['roles']),
    stations: texts(data['stations']),
    minutes: number(data['minutes']),
    steps: list(data['steps']).map((item): ProcedureStep => {
      const step = record(item);
      const limit = criticalLimit(step['criticalLimit']);
      return prune({
        text: text(step['text']) ?? '',
        record: step['record'] === true ? true : undefined,
        criticalLimit: limit && { ...limit, correctiveAction: limit.correctiveAction || t('preview.noCorrectiveAction') },
      });
    }),
    recipes: texts(data['recipes']),
    equipment: texts(data['equipment']),
    related: texts(data['related']),
  });
}
