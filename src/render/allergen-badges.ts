/** Compact allergen badges for an ingredient line, a listing or a search result. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { AllergenId } from '../domain/allergens.ts';
import type { RenderContext } from './render-context.ts';

export function allergenBadges(context: Pick<RenderContext, 't'>, contains: readonly AllergenId[], mayContain: readonly AllergenId[] = []): Element[] {
  const { t } = context;
  if (contains.length === 0 && mayContain.length === 0) return [];
  return [
    h('ul', { className: 'allergen-badges allergen-badges--compact', ariaLabel: t('allergen.badges') }, [
      ...contains.map((id) => h('li', { className: 'allergen-badge' }, t(`allergen.${id}`))),
      ...mayContain.map((id) => h('li', { className: 'allergen-badge allergen-badge--may' }, t('allergen.mayContain', { allergen: t(`allergen.${id}`) }))),
    ]),
  ];
}
