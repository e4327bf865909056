/**
 * The allergen warning at the top of a recipe or ingredient: red, worded, and
 * impossible to miss. Shows where each allergen comes from, through sub-recipes.
 */
import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';
import type { AllergenTrace, DerivedAllergens } from '../domain/allergen-derivation.ts';
import { ALLERGEN_IDS } from '../domain/allergens.ts';
import type { RenderContext } from './render-context.ts';

/** `showSources`: whether traces are worth listing (a recipe) or self-evident (an ingredient). */
export function allergenPanel(context: RenderContext, allergens: DerivedAllergens, showSources = true): Element {
  const { t } = context;
  const { contains, mayContain } = allergens;
  const none = contains.size === 0 && mayContain.size === 0;
  const sources = [...contains, ...mayContain];
  return h('section', { className: none ? 'allergen-panel allergen-panel--none' : 'allergen-panel', ariaLabelledBy: 'allergens-heading' }, [
    h('h2', { id: 'allergens-heading' }, [warningSign(), none ? t('allergen.none') : t('allergen.heading')]),
    ...(contains.size > 0
      ? [
          h('p', { className: 'visually-hidden' }, t('allergen.containsIntro')),
          h(
            'ul',
            { className: 'allergen-badges', dataAllergensContains: '' },
            [...contains.keys()].map((id) => h('li', { className: 'allergen-badge', title: t(`allergen.${id}.detail`) }, t('allergen.contains', { allergen: t(`allergen.${id}`) }))),
          ),
        ]
      : []),
    ...(mayContain.size > 0
      ? [
          h(
            'ul',
            { className: 'allergen-badges' },
            [...mayContain.keys()].map((id) =>
              h('li', { className: 'allergen-badge allergen-badge--may', title: t(`allergen.${id}.detail`) }, t('allergen.mayContain', { allergen: t(`allergen.${id}`) })),
            ),
          ),
        ]
      : []),
    ...(none ? [h('p', t('allergen.noneText', { count: String(ALLERGEN_IDS.length) }))] : []),
    ...(showSources && sources.length > 0
      ? [
          h('details', { className: 'allergen-sources' }, [
            h('summary', t('allergen.sources')),
            h(
              'ul',
              sources.map(([id, traces]) => h('li', [h('strong', t(`allergen.${id}`)), ': ', ...traces.flatMap((trace, i) => [...(i > 0 ? [', '] : []), ...traceNodes(context, trace)])])),
            ),
          ]),
        ]
      : []),
  ]);
}

/** "00 flour (in Pizza dough → Garlic oil)", each name a link. */
function traceNodes(context: RenderContext, trace: AllergenTrace): Array<ElementContent | string> {
  const { t, titleOf, entryHref } = context;
  const ingredient = h('a', { href: entryHref('ingredients', trace.ingredient) }, titleOf('ingredients', trace.ingredient));
  if (trace.via.length === 0) return [ingredient];
  return [
    ingredient,
    ` (${t('allergen.via')} `,
    ...trace.via.flatMap((sub, j) => [...(j > 0 ? [' → '] : []), h('a', { href: entryHref('recipes', sub) }, titleOf('recipes', sub))]),
    ')',
  ];
}

function warningSign(): Element {
  return s('svg', { ariaHidden: 'true', width: 24, height: 24, viewBox: '0 0 24 24' }, [
    s('path', { fill: 'currentColor', d: 'M12 2 1 21h22L12 2Zm0 6 1 7h-2l1-7Zm0 9.5a1.25 1.25 0 1 1 0 2.5 1.25 1.25 0 0 1 0-2.5Z' }),
  ]);
}
