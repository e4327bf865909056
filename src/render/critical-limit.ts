/** A critical-control-point limit and its corrective action, called out so it cannot be skimmed past. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { formatCriticalLimit } from '../domain/critical-limit-text.ts';
import type { CriticalLimit } from '../schemas/critical-limit.ts';
import type { RenderContext } from './render-context.ts';

export function criticalLimitNote(context: Pick<RenderContext, 't' | 'tag'>, limit: CriticalLimit): Element {
  const { t, tag } = context;
  return h('div', { className: 'critical-limit', role: 'note' }, [
    h('p', { className: 'critical-limit__limit' }, [h('span', { className: 'tag' }, t('limit.tag')), ` ${formatCriticalLimit(limit, tag)}`]),
    h('p', { className: 'critical-limit__action' }, [h('strong', t('limit.ifMissed')), ` ${limit.correctiveAction}`]),
  ]);
}
