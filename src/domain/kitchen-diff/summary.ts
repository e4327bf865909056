import { describeChange, descriptionText } from './describe-change.ts';
import type { EntryDiff, KitchenDiff } from './model.ts';
import { entryKind } from './headings.ts';
import type { Prominence } from './prominence.ts';

/** One summary line and what it is about. */
export interface SummaryItem {
  /** `Margherita — Extra-virgin olive oil: 10 g → 8 g`, or `⚠ Margherita — Allergen added: Milk (from …)`. */
  readonly text: string;
  readonly prominence: Prominence;
  readonly collection: EntryDiff['collection'];
  readonly id: string;
  /** The effect on one batch, when there is one: "−2 g, −20%, −$0.01 per batch". */
  readonly effect?: string | undefined;
}

/** The mark in front of a loud line: allergens ⚠, other food-safety changes ⚑. */
export const PROMINENCE_MARK: Readonly<Record<Prominence, string>> = { alarm: '⚠ ', warning: '⚠ ', safety: '⚑ ', info: '' };

/**
 * One item per change, as `Entry — what: old → new`. Allergens added come first,
 * wherever they are; everything else follows entry by entry.
 */
export function summaryItems(diff: KitchenDiff): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const entry of diff.entries) {
    const about = { collection: entry.collection, id: entry.id };
    const status = statusText(entry);
    if (status) items.push({ text: `${entry.title} — ${status}`, prominence: 'info', ...about });
    for (const change of entry.changes) {
      for (const d of describeChange(change, diff)) {
        items.push({ text: `${PROMINENCE_MARK[d.prominence]}${entry.title} — ${descriptionText(d)}`, prominence: d.prominence, effect: d.effect, ...about });
      }
    }
  }
  return [...items.filter((i) => i.prominence === 'alarm'), ...items.filter((i) => i.prominence !== 'alarm')];
}

/** One entry's changes as lines without its title, loud ones marked: "Fresh basil: 4 g → 6 g". */
export function entryChangeLines(entry: EntryDiff, diff: Pick<KitchenDiff, 'locale' | 'currency'>): string[] {
  return entry.changes.flatMap((change) => describeChange(change, diff).map((d) => `${PROMINENCE_MARK[d.prominence]}${descriptionText(d)}`));
}

/** The summary as plain lines, one per change: what `npm run proposals` prints. */
export function summaryLines(diff: KitchenDiff): string[] {
  return summaryItems(diff).map((item) => item.text);
}

/** "Recipe added", "Ingredient removed", "Recipe not compared: …", or nothing for a changed entry. */
export function statusText(entry: EntryDiff): string | undefined {
  const singular = entryKind(entry.collection);
  switch (entry.status) {
    case 'added':
      return `${singular} added`;
    case 'removed':
      return `${singular} removed`;
    case 'unreadable':
      return `${singular} not compared: its file has problems in ${entry.unreadableIn ?? 'head'}${entry.unreadableIn === 'head' ? ' (listed below)' : ''}`;
    case 'changed':
      return undefined;
  }
}
