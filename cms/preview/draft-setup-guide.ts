/**
 * A setup guide as far as its draft is written, in the shape src/render/setup-guide.ts
 * draws: a task once it has its text, a role once it has its title and headcount, an
 * equipment line once it names the equipment and its count.
 */
import type { Translate } from '../../src/i18n/translate.ts';
import type { AsWritten } from '../../src/render/render-context.ts';
import { SetupTopicSchema, type SetupGuide } from '../../src/schemas/setup-guide.ts';
import { list, number, oneOf, prune, record, text, texts } from './read.ts';

/** `t` words what the draft still lacks where the page needs something (see draft-recipe.ts). */
export function draftSetupGuide(value: unknown, t: Translate): AsWritten<SetupGuide> {
  const data = record(value);
  const items = (key: string) => list(data[key]).map(record);
  return prune({
    title: text(data['title']) ?? t('preview.untitled'),
    summary: text(data['summary']),
    topic: oneOf(data['topic'], SetupTopicSchema.options),
    order: number(data['order']),
    tasks: items('tasks').flatMap((task) => {
      const written = text(task['text']);
      return written === undefined ? [] : [prune({ text: written, weeksBeforeOpening: number(task['weeksBeforeOpening']), owner: text(task['owner']) })];
    }),
    roles: items('roles').flatMap((role) => {
      const title = text(role['title']);
      const headcount = number(role['headcount']);
      return title === undefined || headcount === undefined ? [] : [{ title, headcount, responsibilities: text(role['responsibilities']) ?? '' }];
    }),
    equipment: items('equipment').flatMap((item) => {
      const equipment = text(item['equipment']);
      const count = number(item['count']);
      return equipment === undefined || count === undefined ? [] : [prune({ equipment, count, note: text(item['note']) })];
    }),
    stations: texts(data['stations']),
    ingredients: texts(data['ingredients']),
    procedures: texts(data['procedures']),
  });
}
