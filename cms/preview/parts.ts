/**
 * Pieces the previews share, drawn with the same markup and classes as the site's
 * components (src/components/AllergenPanel.astro, CriticalLimit.astro, …) so the
 * site's stylesheet makes them look as they will once published.
 */
import type { ReactElement, ReactNode } from 'react';
import type { DerivedAllergens } from '../../src/domain/allergen-derivation.ts';
import { ALLERGEN_IDS, ALLERGENS, type AllergenId } from '../../src/domain/allergens.ts';
import { formatCriticalLimit } from '../../src/domain/critical-limit-text.ts';
import type { CriticalLimit } from '../../src/schemas/critical-limit.ts';
import { h } from '../decap.ts';

/** The allergen warning, red and worded; with where each allergen comes from when `titleOf` is given. */
export function allergenPanel(allergens: DerivedAllergens, titleOf?: (collection: 'ingredients' | 'recipes', id: string) => string): ReactElement {
  const none = allergens.contains.size === 0 && allergens.mayContain.size === 0;
  const sources = [...allergens.contains, ...allergens.mayContain];
  return h(
    'section',
    { className: none ? 'allergen-panel allergen-panel--none' : 'allergen-panel', 'data-preview': 'allergens' },
    h('h2', null, none ? 'No listed allergens' : 'Allergens'),
    allergens.contains.size > 0 &&
      h(
        'ul',
        { className: 'allergen-badges' },
        ...[...allergens.contains.keys()].map((id) => h('li', { key: id, className: 'allergen-badge', title: ALLERGENS[id].detail }, `Contains ${ALLERGENS[id].label}`)),
      ),
    allergens.mayContain.size > 0 &&
      h(
        'ul',
        { className: 'allergen-badges' },
        ...[...allergens.mayContain.keys()].map((id) =>
          h('li', { key: id, className: 'allergen-badge allergen-badge--may', title: ALLERGENS[id].detail }, `May contain ${ALLERGENS[id].label}`),
        ),
      ),
    none && h('p', null, `None of the ${ALLERGEN_IDS.length} allergens on the EU and US lists is in any ingredient or sub-recipe.`),
    titleOf !== undefined &&
      sources.length > 0 &&
      h(
        'details',
        { className: 'allergen-sources', open: true },
        h('summary', null, 'Where each allergen comes from'),
        h(
          'ul',
          null,
          ...sources.map(([id, traces]) =>
            h(
              'li',
              { key: id },
              h('strong', null, ALLERGENS[id].label),
              ': ',
              traces
                .map((trace) => `${titleOf('ingredients', trace.ingredient)}${trace.via.length > 0 ? ` (in ${trace.via.map((sub) => titleOf('recipes', sub)).join(' → ')})` : ''}`)
                .join(', '),
            ),
          ),
        ),
      ),
  );
}

/** Compact badges for one ingredient line or list item. */
export function allergenBadges(contains: readonly AllergenId[]): ReactElement | false {
  return (
    contains.length > 0 &&
    h(
      'ul',
      { className: 'allergen-badges allergen-badges--compact', 'aria-label': 'Allergens' },
      ...contains.map((id) => h('li', { key: id, className: 'allergen-badge' }, ALLERGENS[id].label)),
    )
  );
}

/** A critical limit called out, with its corrective action (or a reminder to write one). */
export function criticalLimitNote(limit: CriticalLimit): ReactElement {
  return h(
    'div',
    { className: 'critical-limit', role: 'note' },
    h('p', { className: 'critical-limit__limit' }, h('span', { className: 'tag' }, 'Critical limit'), ` ${formatCriticalLimit(limit)}`),
    h(
      'p',
      { className: 'critical-limit__action' },
      h('strong', null, 'If missed: '),
      limit.correctiveAction || h('em', null, 'write the corrective action — a limit without one is refused'),
    ),
  );
}

/** A row of facts ("Batch 2.5 kg", "Portions 10"), leaving out the ones without a value. */
export function facts(rows: ReadonlyArray<readonly [label: string, value: ReactNode]>): ReactElement | false {
  const shown = rows.filter(([, value]) => value !== undefined && value !== false && value !== '');
  return (
    shown.length > 0 &&
    h(
      'dl',
      { className: 'facts' },
      ...shown.map(([label, value]) => h('div', { key: label }, h('dt', null, label), h('dd', null, value))),
    )
  );
}

/** Names from slugs, joined: "Pizza bench, Oven". */
export function names(ids: readonly string[], titleOf: (id: string) => string): string {
  return ids.map(titleOf).join(', ');
}

/** Entries named by their titles, as the site's EntryLinks component lists them (as chips for short lists). */
export function entryList(ids: readonly string[], titleOf: (id: string) => string, chips = false): ReactElement | false {
  return (
    ids.length > 0 &&
    h('ul', { className: chips ? 'chips' : undefined }, ...ids.map((id) => h('li', { key: id, className: chips ? 'chip' : undefined }, titleOf(id))))
  );
}

/**
 * The frame every preview shares with the site's entry pages: the section line
 * above the title, then the entry's own blocks (false ones are skipped).
 */
export function entryPage(eyebrow: string, title: string, ...blocks: ReactNode[]): ReactElement {
  return h('main', { id: 'main' }, h('article', null, h('p', { className: 'eyebrow' }, eyebrow), h('h1', null, title), ...blocks));
}
