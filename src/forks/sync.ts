/**
 * `npm run sync`: pulls the binder this restaurant forked. Everything is worked out
 * before anything is touched: git computes the merge as a tree (never in the working
 * tree), that tree (with the restaurant's layer as it is on disk) is checked by its
 * own code, and upstream's kitchen diff is read against what the layer customises.
 * Only when all of that is clean does the real merge run. A failed sync (no network,
 * a refused merge, a failing check) leaves the branch, index and working tree as
 * they were.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractTree } from '../binder/extract-tree.ts';
import { git, GitError, gitMaybe } from '../binder/git.ts';
import type { EntryDiff } from '../domain/kitchen-diff/model.ts';
import { entryChangeLines, statusText } from '../domain/kitchen-diff/summary.ts';
import { buildSyncReport, type OwnLayerContents, type SyncSection, type UpstreamEntryChange } from '../domain/layers/sync-report.ts';
import { BINDER_COLLECTIONS, extensionOf } from '../schemas/collections.ts';
import { LAYERS_FOLDER, PATCHES_FOLDER } from '../schemas/layer.ts';
import { COLLECTION_NAMES } from '../schemas/reference.ts';
import { fail, fetchUpstream, firstLine, ForkCommandError, openFork } from './upstream-remote.ts';

export interface SyncOptions {
  /** Report only; merge nothing. */
  readonly dryRun?: boolean;
  /** The remote to pull from. */
  readonly remote?: string | undefined;
  /** Its branch; the binder's publishing branch by default. */
  readonly branch?: string | undefined;
}

export interface SyncResult {
  readonly status: 'up-to-date' | 'merged' | 'dry-run' | 'refused';
  readonly sections: SyncSection[];
  /** upstream's short commit range, `a1b2c3d..e4f5a6b`. */
  readonly range: string;
  readonly upstreamName: string;
  /** The merge commit, when merged. */
  readonly commit?: string;
}


export async function syncWithUpstream(repoRoot: string, options: SyncOptions = {}): Promise<SyncResult> {
  const { root, own } = await openFork(repoRoot, 'sync');
  const ownFolder = `${LAYERS_FOLDER}/${own.name}/`;
  await refuseUncommittedUpstreamFiles(root, ownFolder);
  const upstream = await fetchUpstream(root, options.remote, options.branch);
  const head = await git(root, ['rev-parse', 'HEAD']);
  const theirs = upstream.commit;
  const base =
    (await gitMaybe(root, ['merge-base', head, theirs])) ??
    fail(`\`${upstream.remote}/${upstream.branch}\` shares no history with this binder — was it forked from somewhere else? Check \`git remote get-url ${upstream.remote}\``);
  const range = `${base.slice(0, 7)}..${theirs.slice(0, 7)}`;
  const upstreamName = upstream.name;
  if (base === theirs) return { status: 'up-to-date', sections: [], range, upstreamName };

  await refuseEditedUpstreamFiles(root, base, head, theirs, ownFolder);

  const scratch = await mkdtemp(path.join(tmpdir(), 'binder-sync-'));
  try {
    const merged = await mergedTree(root, head, theirs, scratch, own.dir, ownFolder);
    const [problems, changes] = await Promise.all([checkMerged(merged), upstreamChanges(merged, root, base, theirs)]);
    const sections = buildSyncReport({
      upstreamName,
      upstream: changes,
      own: await ownLayerContents(own.dir, own.name, root, own.manifest?.hide ?? []),
      problems,
      removedFiles: await removedFiles(root, base, changes),
      base: base.slice(0, 7),
    });
    if (options.dryRun) return { status: 'dry-run', sections, range, upstreamName };
    if (problems.length > 0) return { status: 'refused', sections, range, upstreamName };
    await withLayerUnstaged(root, ownFolder, () =>
      git(root, ['merge', '--quiet', '--no-edit', '-m', `Sync with ${upstreamName} (${range})`, theirs]).catch(async (error: GitError) => {
        // Never left half-merged: the tree above merged cleanly, so this is a local surprise.
        if ((await gitMaybe(root, ['rev-parse', '-q', '--verify', 'MERGE_HEAD'])) !== undefined) await gitMaybe(root, ['merge', '--abort']);
        fail(`git refused the merge (${error.stderr.trim().replace(/\s*\n\s*/g, ' ') || `exit ${error.exitCode}`}) — nothing was changed; see \`git status\``);
      }),
    );
    return { status: 'merged', sections, range, upstreamName, commit: await git(root, ['rev-parse', 'HEAD']) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Uncommitted changes outside the restaurant's layer could be overwritten by a merge: they must be committed first. */
async function refuseUncommittedUpstreamFiles(root: string, ownFolder: string): Promise<void> {
  // Staged or not: every tracked file that differs from HEAD.
  const changed = await git(root, ['diff', '--name-only', '-z', '--no-renames', 'HEAD']);
  const files = changed.split('\0').filter((file) => file !== '' && !file.startsWith(ownFolder));
  if (files.length > 0) {
    fail(`these files have uncommitted changes: ${files.join(', ')} — commit or stash them (\`git stash\`), then sync again; your layer (${ownFolder}) may stay uncommitted`);
  }
}

/**
 * git merges only with nothing staged, but the restaurant's layer may hold staged
 * work in progress (upstream never touches it). Its index entries are set aside for
 * the merge and put back exactly as they were afterwards, whether the merge went through or not.
 */
async function withLayerUnstaged(root: string, ownFolder: string, merge: () => Promise<unknown>): Promise<void> {
  const staged = (await git(root, ['diff', '--cached', '--name-only', '-z', '--no-renames', 'HEAD', '--', ownFolder])).split('\0').filter(Boolean);
  if (staged.length === 0) {
    await merge();
    return;
  }
  // `mode sha stage\tpath` of each staged file still in the index; the others are staged deletions.
  const entries = (await git(root, ['ls-files', '--stage', '-z', '--', ...staged])).split('\0').filter(Boolean);
  const present = new Set(entries.map((entry) => entry.slice(entry.indexOf('\t') + 1)));
  await git(root, ['reset', '--quiet', 'HEAD', '--', ...staged]);
  try {
    await merge();
  } finally {
    if (entries.length > 0) await gitWithInput(root, ['update-index', '-z', '--index-info'], entries.map((entry) => `${entry}\0`).join(''));
    const deleted = staged.filter((file) => !present.has(file));
    if (deleted.length > 0) await git(root, ['update-index', '--force-remove', '--', ...deleted]);
  }
}

function gitWithInput(root: string, args: string[], input: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: root, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new ForkCommandError(`git ${args.join(' ')} failed: ${stderr.trim()}`))));
    child.stdin.end(input);
  });
}

/**
 * A fork that edited upstream's files directly would conflict sooner or later: sync
 * stops and says, file by file, how to move the change into the layer.
 */
async function refuseEditedUpstreamFiles(root: string, base: string, head: string, theirs: string, ownFolder: string): Promise<void> {
  const changed = (await git(root, ['diff', '--name-only', '-z', '--no-renames', base, head])).split('\0').filter(Boolean);
  const edited: string[] = [];
  for (const file of changed) {
    if (file.startsWith(ownFolder)) continue;
    const upstreamHasIt = (await gitMaybe(root, ['cat-file', '-e', `${base}:${file}`])) !== undefined || (await gitMaybe(root, ['cat-file', '-e', `${theirs}:${file}`])) !== undefined;
    if (upstreamHasIt) edited.push(file);
  }
  if (edited.length === 0) return;
  const layer = ownFolder.slice(0, -1);
  const moves = edited.map((file) => `  ${file}\n    → ${moveIntoLayer(file, layer, base.slice(0, 7))}`);
  fail(
    `this binder edits ${edited.length} of upstream's files directly, which would conflict with upstream; nothing was merged. Move each change into ${layer}/, then sync again:\n${moves.join('\n')}`,
  );
}

/** The commands that move a direct edit of an upstream file into the layer. */
function moveIntoLayer(file: string, layer: string, base: string): string {
  const restore = `git checkout ${base} -- ${file}`;
  const match = /^content\/([^/]+)\/([^/]+)\.(mdx|yaml)$/.exec(file);
  const collection = match && COLLECTION_NAMES.find((c) => BINDER_COLLECTIONS[c].directory === match[1] && extensionOf(c) === `.${match[3]}`);
  if (match && collection) {
    const copy = `${layer}/${match[1]}/${match[2]}.${match[3]}`;
    return `npm run customise -- ${collection}/${match[2]} && ${restore} && git add ${copy} ${file} && git commit -m "Move ${collection}/${match[2]} into our layer"`;
  }
  if (file === 'content/site.yaml') return `put the fields you changed under \`site:\` in ${layer}/layer.yaml, then ${restore}`;
  if (file.startsWith('content/media/')) {
    const copy = `${layer}/media/${file.slice('content/media/'.length)}`;
    return `mkdir -p ${path.posix.dirname(copy)} && cp ${file} ${copy} && ${restore} && git add ${copy} ${file} && git commit -m "Move ${file} into our layer"`;
  }
  return `this is upstream's code or docs: propose the change upstream (or keep it on a branch), then ${restore}`;
}

/** The merge as git would make it, written out with the layer as it is on disk now; `git merge-tree` touches nothing. */
async function mergedTree(root: string, head: string, theirs: string, scratch: string, ownDir: string, ownFolder: string): Promise<string> {
  let tree: string;
  try {
    tree = (await git(root, ['merge-tree', '--write-tree', '--no-messages', head, theirs])).split('\n')[0]!;
  } catch (error) {
    const conflicted = (error as GitError).stderr || '';
    fail(`upstream's changes conflict with this binder's (${firstLine(conflicted) || 'see `git merge-tree --write-tree HEAD upstream/main`'}) — nothing was merged`);
  }
  const dir = path.join(scratch, 'merged');
  await extractTree(root, tree, dir);
  await rm(path.join(dir, ownFolder), { recursive: true, force: true });
  await cp(ownDir, path.join(dir, ownFolder), { recursive: true, verbatimSymlinks: true });
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** The merged binder's check, run by the merged code itself (upstream may have changed the rules). */
async function checkMerged(merged: string): Promise<string[]> {
  const output = await runNode(merged, ['src/cli/check.ts', '--content', 'content', '--format', 'json']);
  const result = JSON.parse(output) as { problems: Array<{ text: string }> };
  return result.problems.map((problem) => problem.text);
}

/** Upstream's kitchen diff from the merge base, by upstream's new code. */
async function upstreamChanges(merged: string, root: string, base: string, theirs: string): Promise<UpstreamEntryChange[]> {
  const output = await runNode(merged, ['src/cli/diff.ts', base, theirs, '--repo', root, '--format', 'json']);
  const diff = JSON.parse(output) as { locale: string; currency: string; entries: EntryDiff[] };
  return diff.entries.map((entry) => ({
    collection: entry.collection,
    id: entry.id,
    title: entry.title,
    status: entry.status,
    // An entry the new rules cannot read at the merge base (a renamed field, say) is said so, not left blank.
    lines: entry.status === 'unreadable' ? [statusText(entry)!] : entryChangeLines(entry, diff),
  }));
}

/** Runs a CLI of the merged code; its JSON is on stdout whether or not it exits 0. */
function runNode(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('close', (code) => {
      if (stdout.trimStart().startsWith('{')) resolve(stdout);
      else reject(new ForkCommandError(`the merged binder's \`${args[0]}\` failed (exit ${code}): ${firstLine(stderr) || firstLine(stdout)}`));
    });
  });
}

/** What the restaurant's layer holds on disk now. */
async function ownLayerContents(dir: string, layer: string, root: string, hide: readonly string[]): Promise<OwnLayerContents> {
  const entries = new Map<string, string>();
  const patches = new Map<string, string>();
  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');
  for (const collection of COLLECTION_NAMES) {
    const folder = BINDER_COLLECTIONS[collection].directory;
    for (const name of await namesIn(path.join(dir, folder))) {
      if (name.endsWith(extensionOf(collection))) entries.set(`${collection}/${name.slice(0, -extensionOf(collection).length)}`, relative(path.join(dir, folder, name)));
    }
    for (const name of await namesIn(path.join(dir, PATCHES_FOLDER, folder))) {
      if (name.endsWith('.yaml')) patches.set(`${collection}/${name.slice(0, -'.yaml'.length)}`, relative(path.join(dir, PATCHES_FOLDER, folder, name)));
    }
  }
  return { layer, entries, patches, hidden: new Set(hide) };
}

async function namesIn(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

/** For entries upstream removed: their file at the merge base, the top layer's first. */
async function removedFiles(root: string, base: string, upstream: readonly UpstreamEntryChange[]): Promise<Map<string, string>> {
  const files = (await git(root, ['ls-tree', '-r', '--name-only', base, '--', 'content', LAYERS_FOLDER])).split('\n');
  const found = new Map<string, string>();
  for (const change of upstream.filter((c) => c.status === 'removed' && c.collection !== 'site')) {
    const collection = change.collection as (typeof COLLECTION_NAMES)[number];
    const tail = `/${BINDER_COLLECTIONS[collection].directory}/${change.id}${extensionOf(collection)}`;
    const candidates = files.filter((file) => file.endsWith(tail) && (file.startsWith('content/') || file.split('/').length === 4));
    const file = candidates.find((candidate) => candidate.startsWith(`${LAYERS_FOLDER}/`)) ?? candidates[0];
    if (file) found.set(`${change.collection}/${change.id}`, file);
  }
  return found;
}
