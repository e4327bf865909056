/**
 * What `npm run sync` tells a founder: first what needs their eye (the merged binder's
 * problems, and upstream changes to entries the restaurant replaces, patches or hides),
 * then everything else upstream changed, each entry with its kitchen-diff lines.
 * Pure: the upstream diff and the check come in as data.
 */

/** One entry of the upstream kitchen diff, as `npm run diff -- --format json` gives it. */
export interface UpstreamEntryChange {
  readonly collection: string;
  readonly id: string;
  readonly title: string;
  readonly status: 'added' | 'removed' | 'changed' | 'unreadable';
  /** Its kitchen-diff lines: "Fresh basil: 4 g → 6 g". */
  readonly lines: readonly string[];
}

/** The restaurant's own layer, by `collection/id`. */
export interface OwnLayerContents {
  readonly layer: string;
  /** Whole entries in the layer, with their file (relative to the repository). */
  readonly entries: ReadonlyMap<string, string>;
  /** Patches in the layer, with their file. */
  readonly patches: ReadonlyMap<string, string>;
  readonly hidden: ReadonlySet<string>;
}

export interface SyncInputs {
  readonly upstreamName: string;
  readonly upstream: readonly UpstreamEntryChange[];
  readonly own: OwnLayerContents;
  /** Problems of the merged binder, as `file:line: field: what — fix`. */
  readonly problems: readonly string[];
  /** Where each entry upstream removed was, at the merge base (for the command that keeps a copy). */
  readonly removedFiles: ReadonlyMap<string, string>;
  /** The merge base, to name in that command. */
  readonly base: string;
}

export interface SyncItem {
  /** `collection/id`, or undefined for a problem line. */
  readonly key?: string;
  readonly title: string;
  readonly lines: readonly string[];
  /** What to do about it, for flagged items. */
  readonly fix?: string;
}

export interface SyncSection {
  readonly heading: string;
  /** Needs the founder's attention. */
  readonly flagged: boolean;
  readonly items: readonly SyncItem[];
}

export function buildSyncReport(inputs: SyncInputs): SyncSection[] {
  const { own, upstream, upstreamName } = inputs;
  const flagged: SyncSection[] = [];
  const rest: SyncSection[] = [];
  const add = (sections: SyncSection[], heading: string, isFlagged: boolean, items: SyncItem[]) => {
    if (items.length > 0) sections.push({ heading, flagged: isFlagged, items });
  };
  const item = (change: UpstreamEntryChange, fix?: string): SyncItem => ({
    key: `${change.collection}/${change.id}`,
    title: change.collection === 'site' ? change.title : `${change.title} (${change.collection}/${change.id})`,
    lines: change.lines,
    ...(fix ? { fix } : {}),
  });
  const keyOf = (change: UpstreamEntryChange) => `${change.collection}/${change.id}`;
  const removed = upstream.filter((c) => c.status === 'removed');
  const added = upstream.filter((c) => c.status === 'added');
  const changed = upstream.filter((c) => c.status === 'changed' || c.status === 'unreadable');

  add(
    flagged,
    'Problems in the binder as it would be after the merge — nothing was merged; fix these, then sync again',
    true,
    inputs.problems.map((problem) => ({ title: problem, lines: [] })),
  );
  add(
    flagged,
    `${upstreamName} removed entries this restaurant patches or replaces`,
    true,
    removed
      .filter((c) => own.patches.has(keyOf(c)) || own.entries.has(keyOf(c)))
      .map((c) => {
        const key = keyOf(c);
        const file = inputs.removedFiles.get(key);
        const patch = own.patches.get(key);
        if (!patch) return item(c, `your copy (${own.entries.get(key)}) stays, now as this restaurant's own entry`);
        const copy = file ? `\`git show ${inputs.base}:${file} > ${layerPath(own.layer, file)}\`, apply your patch's changes to that copy by hand, then ` : '';
        return item(c, `to keep serving it: ${copy}delete ${patch}; otherwise just delete the patch`);
      }),
  );
  add(
    flagged,
    `${upstreamName} changed entries this restaurant replaces`,
    true,
    changed.filter((c) => own.entries.has(keyOf(c))).map((c) => item(c, `your copy (${own.entries.get(keyOf(c))}) does not follow upstream: adopt what you want from these changes into it`)),
  );
  add(
    flagged,
    `${upstreamName} changed entries this restaurant patches`,
    true,
    changed.filter((c) => own.patches.has(keyOf(c))).map((c) => item(c, `your patch (${own.patches.get(keyOf(c))}) is applied over the new version: check it still says what you mean`)),
  );
  add(
    flagged,
    `${upstreamName} changed entries this restaurant hides`,
    true,
    [...changed, ...removed].filter((c) => own.hidden.has(keyOf(c))).map((c) => item(c, 'still hidden here; unhide it in layer.yaml if it is worth serving now')),
  );
  add(
    flagged,
    `${upstreamName} added entries with the same name as this restaurant's own`,
    true,
    added.filter((c) => own.entries.has(keyOf(c))).map((c) => item(c, `yours (${own.entries.get(keyOf(c))}) now replaces upstream's: rename yours if they are different dishes`)),
  );

  const ours = (c: UpstreamEntryChange) => own.entries.has(keyOf(c)) || own.patches.has(keyOf(c)) || own.hidden.has(keyOf(c));
  add(rest, `New in ${upstreamName}`, false, added.filter((c) => !ours(c)).map((c) => item(c)));
  add(rest, `Changed in ${upstreamName}`, false, changed.filter((c) => !ours(c)).map((c) => item(c)));
  add(rest, `Removed from ${upstreamName}`, false, removed.filter((c) => !ours(c)).map((c) => item(c)));
  return [...flagged, ...rest];
}

/** The report as text for a terminal. */
export function renderSyncReport(sections: readonly SyncSection[]): string {
  if (sections.length === 0) return 'Upstream changed nothing in the binder.\n';
  const out: string[] = [];
  for (const section of sections) {
    out.push(`${section.flagged ? '⚑ ' : ''}${section.heading}`);
    for (const entry of section.items) {
      out.push(`  ${entry.title}`);
      for (const line of entry.lines) out.push(`      ${line}`);
      if (entry.fix) out.push(`    → ${entry.fix}`);
    }
    out.push('');
  }
  return `${out.join('\n')}`;
}

/** Where an upstream file goes in the layer: `content/recipes/x.mdx` → `layers/<own>/recipes/x.mdx`. */
function layerPath(layer: string, file: string): string {
  const inside = file.replace(/^content\//, '').replace(/^layers\/[^/]+\//, '');
  return `layers/${layer}/${inside}`;
}
