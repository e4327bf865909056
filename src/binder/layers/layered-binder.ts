/**
 * The binder as a fork's site shows it: every layer stacked and checked (see
 * check-binder.ts), plus, for each entry the restaurant changed, what differs from the
 * binder it forked, as kitchen-diff lines. Read once per build by the content loader.
 */
import { diffBinders } from '../../domain/kitchen-diff/diff-binders.ts';
import type { BinderRevision } from '../../domain/kitchen-diff/model.ts';
import { entryChangeLines } from '../../domain/kitchen-diff/summary.ts';
import { cookLogOf } from '../../domain/governance/cook-log.ts';
import { entryRevisions } from '../../domain/governance/entry-revision.ts';
import type { CookLog } from '../../schemas/cook-log.ts';
import { collectionJsonSchema } from '../../schemas/json-schema.ts';
import { BINDER_COLLECTIONS } from '../../schemas/collections.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import type { Variant } from '../../schemas/variant.ts';
import { loadCanonicalForm } from '../canonical-form.ts';
import { checkBinder, type BinderCheck } from '../check-binder.ts';
import { entryText } from '../entry-text.ts';

export interface LayeredBinder {
  readonly check: BinderCheck;
  /** By `collection/id`: the entries this restaurant replaced, patched or added. */
  readonly variants: ReadonlyMap<string, Variant>;
  /** By `collection/id`: the kitchens that cooked each recipe and procedure (none yet, for many). */
  readonly cookLogs: ReadonlyMap<string, CookLog>;
}

export async function readLayeredBinder(contentDir: string, displayRoot?: string): Promise<LayeredBinder> {
  // The binder it forked is the same files minus the top layer: each layer is read once for both.
  const layerReads = new Map();
  const check = await checkBinder(contentDir, displayRoot, { layerReads });
  const cookLogs = cookLogsOf(check);
  const own = new Map([...check.origins].filter(([, origin]) => origin.kind !== 'upstream'));
  if (own.size === 0) return { check, variants: new Map(), cookLogs };

  const upstream = await checkBinder(contentDir, displayRoot, { upstreamOnly: true, layerReads });
  const diff = diffBinders(revisionOf(upstream), revisionOf(check));
  const changes = new Map(diff.entries.map((entry) => [`${entry.collection}/${entry.id}`, entryChangeLines(entry, diff)]));
  const variants = new Map<string, Variant>();
  // Loaded only when a fork patches something: the editor opens a patched entry as patched.
  const canonical = [...own.values()].some((origin) => origin.kind === 'patched') ? await loadCanonicalForm() : undefined;
  for (const [key, origin] of own) {
    const [collection, id] = key.split('/') as [CollectionName, string];
    const before = upstream.entries[collection].get(id) as Record<string, unknown> | undefined;
    const after = check.entries[collection].get(id) as Record<string, unknown> | undefined;
    const title = before?.[BINDER_COLLECTIONS[collection].titleField];
    variants.set(key, {
      kind: origin.kind as Variant['kind'],
      layer: origin.layer,
      ...(origin.reason ? { reason: origin.reason } : {}),
      ...(typeof title === 'string' ? { upstreamTitle: title } : {}),
      changes: origin.kind === 'added' ? [] : (changes.get(key) ?? []),
      ...(origin.kind === 'patched' && canonical && after ? { editorText: entryText(canonical, collection, after, check.bodies.get(key)) } : {}),
    });
  }
  return { check, variants, cookLogs };
}

/** Each recipe's and procedure's cook log, from the trials of every layer (trials of hidden entries are left out). */
function cookLogsOf(check: BinderCheck): Map<string, CookLog> {
  const byEntry = Map.groupBy(check.governance.trials, (trial) => trial.data.entry);
  const kitchens = new Map([...check.governance.kitchens].map(([id, file]) => [id, file.data]));
  const revisions = entryRevisions(check);
  const format = { locale: check.site?.locale ?? 'en-US', currency: check.site?.currency ?? 'USD' };
  const logs = new Map<string, CookLog>();
  // Every recipe and procedure has one, trials or not: its page offers "We cooked this" at its revision.
  for (const [entry, revision] of revisions) {
    const trials = (byEntry.get(entry) ?? []).map((trial) => trial.data);
    logs.set(entry, cookLogOf({ entry, revision, trials, kitchens, entries: check.entries, recipeSchema: collectionJsonSchema('recipes'), format }));
  }
  return logs;
}

function revisionOf(check: BinderCheck): BinderRevision {
  return { entries: check.entries, allergens: check.allergens, bodies: check.bodies, site: check.site };
}
