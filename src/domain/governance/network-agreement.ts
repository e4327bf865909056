/**
 * What upstream learns from the binders that forked it: per upstream entry, which
 * restaurants replace, patch or hide it and how (kitchen-diff lines), and where they
 * agree: "2 of 3 restaurants lowered Fine sea salt in Pizza dough (median −18 %)",
 * "2 of 3 hide Tiramisù". Pure: src/governance/network.ts reads the forks.
 */
import type { Agreement, EntryVariant, NetworkReport } from '../../schemas/network.ts';
import type { EntryDiff, KitchenDiff } from '../kitchen-diff/model.ts';
import { entryChangeLines } from '../kitchen-diff/summary.ts';
import { median } from '../median.ts';

/** One fork, read: how its binder differs from this one, and the entries it hides. */
export interface ForkReading {
  /** The restaurant's name (its identity), or its address. */
  readonly name: string;
  readonly url: string;
  /** Its published site, from its identity. */
  readonly site?: string | undefined;
  /** This binder → the fork's binder, over the entries upstream has (its own additions left out). */
  readonly diff: KitchenDiff;
  /** `collection/slug` of the upstream entries it hides, with their titles. */
  readonly hidden: ReadonlyArray<{ readonly entry: string; readonly title: string }>;
  /** By `collection/slug`: how it holds each entry it changed (`replaced` or `patched`). */
  readonly kinds: ReadonlyMap<string, 'replaced' | 'patched'>;
  /** Who last committed to it (`Name <email>`), to credit when its change is proposed upstream. */
  readonly author?: string | undefined;
  /** Its kitchens' trials of upstream entries, from its layers. */
  readonly trials?: ReadonlyArray<{ readonly entry: string; readonly kitchen: string; readonly date: string; readonly outcome: string; readonly file: string }>;
}

export function networkReport(forks: readonly ForkReading[]): NetworkReport {
  const variants = new Map<string, { title: string; variants: EntryVariant[] }>();
  const agreeing = new Map<string, { entry: string; title: string; what: string; change: Agreement['change']; restaurants: string[]; percents: number[] }>();
  const note = (entry: string, title: string, key: string, what: string, change: Agreement['change'], restaurant: string, percent?: number) => {
    const found = agreeing.get(key) ?? { entry, title, what, change, restaurants: [], percents: [] };
    if (!found.restaurants.includes(restaurant)) found.restaurants.push(restaurant);
    if (percent !== undefined) found.percents.push(percent);
    agreeing.set(key, found);
  };

  for (const fork of forks) {
    for (const entryDiff of fork.diff.entries) {
      if (entryDiff.collection === 'site' || entryDiff.status !== 'changed') continue;
      const entry = `${entryDiff.collection}/${entryDiff.id}`;
      const kind = fork.kinds.get(entry);
      if (!kind) continue; // upstream moved on since the fork: not the restaurant's doing
      const record = variants.get(entry) ?? { title: entryDiff.title, variants: [] };
      record.variants.push({ restaurant: fork.name, url: fork.url, ...(fork.site ? { site: fork.site } : {}), kind, lines: entryChangeLines(entryDiff, fork.diff) });
      variants.set(entry, record);
      for (const [key, what, change, percent] of agreementKeys(entryDiff)) note(entry, entryDiff.title, `${entry}\0${key}`, what, change, fork.name, percent);
    }
    for (const { entry, title } of fork.hidden) {
      const record = variants.get(entry) ?? { title, variants: [] };
      record.variants.push({ restaurant: fork.name, url: fork.url, ...(fork.site ? { site: fork.site } : {}), kind: 'hidden', lines: [] });
      variants.set(entry, record);
      note(entry, title, `${entry}\0hide`, `hide ${title}`, { kind: 'hidden' }, fork.name);
    }
  }

  const agreements = [...agreeing.values()]
    .filter((found) => found.restaurants.length >= 2)
    .map((found): Agreement => {
      const medianPercent = found.percents.length > 0 ? median(found.percents) : undefined;
      const median_ = medianPercent === undefined ? '' : ` (median ${medianPercent > 0 ? '+' : '−'}${formatPercent(Math.abs(medianPercent))} %)`;
      const text = `${found.restaurants.length} of ${forks.length} restaurants ${found.what}${median_}`;
      return { entry: found.entry, title: found.title, text, restaurants: found.restaurants, ...(medianPercent === undefined ? {} : { medianPercent }), change: found.change };
    })
    .sort((a, b) => b.restaurants.length - a.restaurants.length || a.text.localeCompare(b.text));
  const entries = [...variants]
    .map(([entry, record]) => ({ entry, title: record.title, variants: record.variants }))
    .sort((a, b) => b.variants.length - a.variants.length || a.title.localeCompare(b.title));
  return { forks: forks.length, entries, agreements };
}

/** The changes of one entry that another restaurant could make the same way. */
function agreementKeys(entry: EntryDiff): Array<[key: string, what: string, change: Agreement['change'], percent?: number]> {
  const keys: Array<[string, string, Agreement['change'], number?]> = [];
  for (const change of entry.changes) {
    if (change.kind === 'line-changed' && change.quantity?.percent !== undefined && change.quantity.percent !== 0) {
      const way = change.quantity.percent < 0 ? 'lowered' : 'raised';
      keys.push([`${way}\0${change.name}`, `${way} ${change.name} in ${entry.title}`, { kind: way, line: change.name }, change.quantity.percent]);
    } else if (change.kind === 'line-added') {
      keys.push([`added\0${change.name}`, `added ${change.name} to ${entry.title}`, { kind: 'added', line: change.name }]);
    } else if (change.kind === 'line-removed') {
      keys.push([`removed\0${change.name}`, `removed ${change.name} from ${entry.title}`, { kind: 'removed', line: change.name }]);
    }
  }
  return keys;
}

function formatPercent(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
}

export type { Agreement, EntryVariant, NetworkReport };
