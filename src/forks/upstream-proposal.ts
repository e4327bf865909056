/**
 * `npm run upstream-proposal`: gives one of the restaurant's changes back. The entry as
 * this restaurant has it (its copy, or upstream's current version with its patch
 * applied) becomes a commit on a branch based on upstream's head, touching exactly
 * upstream's file for that entry. It is built with git's plumbing in a private index,
 * so the working tree, the index and the checked-out branch are never touched.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCanonicalForm } from '../binder/canonical-form.ts';
import { checkBinder } from '../binder/check-binder.ts';
import { entryText } from '../binder/entry-text.ts';
import { commitFile } from '../binder/commit-file.ts';
import { extractTree } from '../binder/extract-tree.ts';
import { git, gitMaybe } from '../binder/git.ts';
import { diffRevisions } from '../binder/revision-diff.ts';
import type { DiffReport } from '../domain/kitchen-diff/report.ts';
import { applyPatch } from '../domain/layers/apply-patch.ts';
import { BINDER_COLLECTIONS, extensionOf } from '../schemas/collections.ts';
import { collectionJsonSchema } from '../schemas/json-schema.ts';
import { EntryPathSchema, LAYERS_FOLDER, patchFilePath } from '../schemas/layer.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { parseYamlFile } from '../binder/source-file.ts';
import { fail, fetchUpstream, openFork } from './upstream-remote.ts';

export interface UpstreamProposal {
  /** The new branch, `upstream-proposal/<collection>/<slug>`. */
  readonly branch: string;
  readonly commit: string;
  /** Upstream's file the commit changes (or adds). */
  readonly file: string;
  /** What the proposal changes, as a cook reads it, with upstream's checks on it. */
  readonly report: DiffReport;
  readonly title: string;
  readonly upstreamName: string;
  /** Upstream's branch the proposal is against. */
  readonly base: string;
  /** A whole copy, and this binder has not synced upstream's latest: the proposal may undo some of it. */
  readonly behind: boolean;
}

export interface UpstreamProposalOptions {
  readonly remote?: string | undefined;
  /** Replace an existing branch of the same name. */
  readonly force?: boolean | undefined;
}

export async function proposeUpstream(repoRoot: string, entry: string, options: UpstreamProposalOptions = {}): Promise<UpstreamProposal> {
  const parsed = EntryPathSchema.safeParse(entry);
  if (!parsed.success) fail(`\`${entry}\` ${parsed.error.issues[0]!.message}`);
  const [collection, id] = entry.split('/') as [CollectionName, string];
  const { root, own } = await openFork(repoRoot, 'upstream-proposal');
  const definition = BINDER_COLLECTIONS[collection];
  const ownFile = path.join(own.dir, definition.directory, `${id}${extensionOf(collection)}`);
  const patchFile = path.join(root, patchFilePath(own.name, collection, id));
  const [whole, patch] = await Promise.all([readFile(ownFile, 'utf8').catch(() => undefined), readFile(patchFile, 'utf8').catch(() => undefined)]);
  if (whole === undefined && patch === undefined) {
    fail(`\`${entry}\` is not customised in layers/${own.name}/ — there is nothing of this restaurant's to give back (see \`npm run customise\`)`);
  }

  const upstream = await fetchUpstream(root, options.remote);
  const branch = `upstream-proposal/${collection}/${id}`;
  if (!options.force && (await gitMaybe(root, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`])) !== undefined) {
    fail(`the branch \`${branch}\` already exists — push it as it is, delete it (\`git branch -D ${branch}\`), or run again with --force to replace it`);
  }

  const scratch = await mkdtemp(path.join(tmpdir(), 'upstream-proposal-'));
  try {
    // Upstream's binder as it is now, read by the checker: where the entry lives and what it says.
    const upstreamDir = path.join(scratch, 'upstream');
    const present = (await git(root, ['ls-tree', '--name-only', upstream.commit, 'content', LAYERS_FOLDER])).split('\n').filter(Boolean);
    await extractTree(root, upstream.commit, upstreamDir, present);
    const current = await checkBinder(path.join(upstreamDir, 'content'), upstreamDir);
    const key = `${collection}/${id}`;
    const upstreamAbsolute = current.files.get(key);
    let text: string;
    if (patch !== undefined) {
      const data = current.entries[collection].get(id) as Record<string, unknown> | undefined;
      if (!data || !upstreamAbsolute) fail(`upstream has no valid \`${entry}\` to patch any more — run \`npm run sync\` to see what happened to it`);
      const patchData = (parseYamlFile(patchFilePath(own.name, collection, id), patch).data ?? {}) as Record<string, unknown>;
      const result = applyPatch(data, patchData, collectionJsonSchema(collection));
      if (result.problems.length > 0) {
        fail(`your patch no longer applies to upstream's current ${entry} (${result.problems[0]!.message}) — run \`npm run sync\`, fix the patch, then propose again`);
      }
      text = entryText(await loadCanonicalForm(), collection, result.data, current.bodies.get(key));
    } else {
      text = whole!;
    }
    // Upstream's own file for the entry; a new entry goes where upstream keeps its own.
    const top = current.layers[current.layers.length - 1]!;
    const file = upstreamAbsolute
      ? path.relative(upstreamDir, upstreamAbsolute).split(path.sep).join('/')
      : `${top.name === 'content' ? 'content' : `${LAYERS_FOLDER}/${top.name}`}/${definition.directory}/${id}${extensionOf(collection)}`;

    const title = proposalTitle(current.entries[collection].get(id), whole, definition.titleField, id);
    const reason = patch !== undefined ? (parseYamlFile('patch', patch).data as { reason?: unknown } | null)?.reason : undefined;
    const restaurant = await gitMaybe(root, ['config', '--get', 'remote.origin.url']);
    const message = `${title}: ${typeof reason === 'string' ? reason : `as ${own.manifest?.site?.name ?? own.name} makes it`}\n\nProposed from ${own.manifest?.site?.name ?? own.name}'s binder${restaurant ? ` (${restaurant})` : ''}, layers/${own.name}/.`;
    const commit = await commitFile(root, scratch, upstream.commit, file, text, message);
    if ((await git(root, ['rev-parse', `${commit}^{tree}`])) === (await git(root, ['rev-parse', `${upstream.commit}^{tree}`]))) {
      fail(`upstream's ${entry} is already exactly this restaurant's version — nothing to propose`);
    }
    await git(root, ['update-ref', `refs/heads/${branch}`, commit]);
    const report = await diffRevisions({ repoDir: root, base: `${upstream.remote}/${upstream.branch}`, head: branch });
    // A copy made before upstream's latest changes would undo them: say so, the diff shows which.
    const behind = patch === undefined && (await gitMaybe(root, ['merge-base', '--is-ancestor', upstream.commit, 'HEAD'])) === undefined;
    return { branch, commit, file, report, title, upstreamName: upstream.name, base: upstream.branch, behind };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function proposalTitle(upstreamData: unknown, whole: string | undefined, field: 'title' | 'name', id: string): string {
  const fromUpstream = (upstreamData as Record<string, unknown> | undefined)?.[field];
  if (typeof fromUpstream === 'string') return fromUpstream;
  const fromCopy = whole && new RegExp(`^${field}:\\s*(.+)$`, 'm').exec(whole)?.[1];
  return fromCopy ? fromCopy.replace(/^["']|["']$/g, '') : id;
}
