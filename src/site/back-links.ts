/**
 * What an entry page shows of the entries that point at it. A sub-recipe used by
 * 3,000 pizzas must not make its page 3,000 links long, so each group shows its
 * first few and the rest live on the entry's own paged "referenced by" listing.
 */
import type { BackLink } from '../domain/binder-index.ts';
import type { CollectionName } from '../schemas/reference.ts';

/** Links shown per section on an entry page; the page weight stays flat beyond this. */
export const BACK_LINKS_SHOWN = 12;

/** Back-links from one section: the first few to show, and how many there are. */
export interface BackLinkGroup {
  readonly collection: CollectionName;
  readonly shown: readonly string[];
  readonly total: number;
}

export interface BackLinkFilter {
  /** Only links from these sections. */
  readonly only?: readonly CollectionName[] | undefined;
  /** No links from these sections (shown elsewhere on the page). */
  readonly exclude?: readonly CollectionName[] | undefined;
}

/** Groups sorted back-links by section, keeping the first `shown` ids of each. */
export function groupBackLinks(links: readonly BackLink[], filter: BackLinkFilter = {}, shown = BACK_LINKS_SHOWN): BackLinkGroup[] {
  const groups = new Map<CollectionName, { shown: string[]; total: number }>();
  for (const link of links) {
    if (filter.only && !filter.only.includes(link.collection)) continue;
    if (filter.exclude?.includes(link.collection)) continue;
    const group = groups.get(link.collection) ?? { shown: [], total: 0 };
    if (group.shown.length < shown) group.shown.push(link.id);
    group.total++;
    groups.set(link.collection, group);
  }
  return [...groups].map(([collection, group]) => ({ collection, ...group }));
}

/** Whether an entry needs its own "referenced by" listing: some section has more links than an entry page shows. */
export function needsReferencedByListing(links: readonly BackLink[], shown = BACK_LINKS_SHOWN): boolean {
  return groupBackLinks(links, {}, shown).some((group) => group.total > group.shown.length);
}
