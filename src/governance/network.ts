/**
 * `npm run network`: reads the binders that forked this one (GitHub's forks, the
 * opt-in `content/network.yaml`, and any named on the command line), each fork's
 * layer only, through the same checks as any proposal (a fork's layer is hostile
 * input), and reports what they changed and where they agree. A fork whose head has
 * not moved since the last run is not fetched again (after the Cooklang federation's
 * index); a refused, malformed or vanished fork is reported and skipped, never fatal.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkBinder, formatProblem, type BinderCheck } from '../binder/check-binder.ts';
import { extractTree } from '../binder/extract-tree.ts';
import type { LayerFiles } from '../binder/layers/read-layer.ts';
import { git, gitMaybe } from '../binder/git.ts';
import { BINDER_COLLECTIONS } from '../schemas/collections.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { diffBinders } from '../domain/kitchen-diff/diff-binders.ts';
import type { BinderRevision } from '../domain/kitchen-diff/model.ts';
import { networkReport, type ForkReading, type NetworkReport } from '../domain/governance/network-agreement.ts';
import { NETWORK_FILE } from '../schemas/network.ts';
import { discoverLayers } from '../binder/layers/discover-layers.ts';
import { readGovernanceRecords } from '../binder/governance/read-records.ts';
import { LAYERS_FOLDER } from '../schemas/layer.ts';
import { API_ORIGIN, readAllPages, type PullRequestListing } from '../proposals/github-pull-requests.ts';

/** One binder to read, and where it was heard of. */
export interface NetworkSource {
  readonly url: string;
  readonly name?: string | undefined;
  readonly branch?: string | undefined;
  readonly via: 'github' | 'network.yaml' | 'command line';
}

/** What became of one fork in this run. */
export interface ForkOutcome {
  readonly source: NetworkSource;
  /** `read`: fetched and read; `unchanged`: its head had not moved, the last reading stands; the rest are skipped. */
  readonly status: 'read' | 'unchanged' | 'refused' | 'vanished' | 'no-layer';
  readonly head?: string | undefined;
  /** Why it was skipped. */
  readonly reason?: string | undefined;
}

export interface NetworkRun {
  readonly outcomes: readonly ForkOutcome[];
  readonly report: NetworkReport;
  /** Each fork read (or unchanged), as read. */
  readonly readings: readonly ForkReading[];
}

/** A fork's reading as the cache keeps it (JSON: no Maps). */
interface CachedReading {
  readonly head: string;
  readonly upstream: string;
  readonly reading: Omit<ForkReading, 'kinds'> & { kinds: Array<[string, 'replaced' | 'patched']> };
}

/**
 * Where fetched forks and the last readings are kept: inside the repository's git
 * folder, never in the working tree or a commit; outside a git checkout (a downloaded
 * archive), in node_modules/.cache.
 */
export async function networkCacheDir(projectRoot: string): Promise<string> {
  const gitDir = await gitMaybe(projectRoot, ['rev-parse', '--absolute-git-dir']);
  return gitDir ? path.join(gitDir, 'open-franchise', 'network') : path.join(projectRoot, 'node_modules', '.cache', 'open-franchise-network');
}

/**
 * The binders `content/network.yaml` lists (a fork's own list in its layer), read like
 * every binder file: through the hostile-input rules and its schema. A file with
 * problems is an error naming them.
 */
export async function networkFileSources(projectRoot: string): Promise<NetworkSource[]> {
  const display = (absolute: string) => path.relative(projectRoot, absolute).split(path.sep).join('/');
  const { layers } = await discoverLayers(path.join(projectRoot, 'content'), display);
  const records = await readGovernanceRecords(layers, display);
  const problems = records.problems.filter((problem) => problem.file.endsWith(`/${NETWORK_FILE}`));
  if (problems.length > 0) throw new NetworkFileError(problems.map(formatProblem).join('\n'));
  return (records.network?.data.binders ?? []).map((binder) => ({ url: binder.url, name: binder.name, branch: binder.branch, via: 'network.yaml' as const }));
}

/** `network.yaml` has problems; the message lists them as `npm run check` does. */
export class NetworkFileError extends Error {
  override readonly name = 'NetworkFileError';
}

/** The repository's forks on GitHub, every page. */
export async function githubForkSources(repository: { owner: string; name: string }, token: string, listing: PullRequestListing = {}): Promise<NetworkSource[]> {
  const forks = await readAllPages<{ full_name: string; clone_url: string; default_branch: string }>(
    `${API_ORIGIN}/repos/${repository.owner}/${repository.name}/forks?per_page=100`,
    token,
    listing,
    { what: 'forks', repository: `${repository.owner}/${repository.name}`, hint: 'check that GITHUB_TOKEN can read the repository', cut: (count) => `Only the first ${count} forks were read` },
  );
  return forks.map((fork) => ({ url: fork.clone_url, name: fork.full_name, branch: fork.default_branch, via: 'github' as const }));
}

/** Reads every source and reports; `log` hears of each fork as it is read. */
export async function readNetwork(projectRoot: string, sources: readonly NetworkSource[], log: (line: string) => void = () => {}): Promise<NetworkRun> {
  const cacheDir = await networkCacheDir(projectRoot);
  const cacheRepo = path.join(cacheDir, 'forks.git');
  await mkdir(cacheDir, { recursive: true });
  if (!(await gitMaybe(cacheRepo, ['rev-parse', '--git-dir']))) await git(projectRoot, ['init', '--quiet', '--bare', cacheRepo]);
  const statePath = path.join(cacheDir, 'state.json');
  const state = JSON.parse(await readFile(statePath, 'utf8').catch(() => '{}')) as Record<string, CachedReading>;

  const contentDir = path.join(projectRoot, 'content');
  const ours = await checkBinder(contentDir, projectRoot);
  // Readings are against this binder as committed: when it moves, forks are read again (from the cache, no fetch).
  const upstream = (await gitMaybe(projectRoot, ['rev-parse', 'HEAD:content'])) ?? 'uncommitted';
  const scratch = await mkdtemp(path.join(tmpdir(), 'network-'));
  // One copy of this binder, read once: each fork's layers are laid beside it in turn.
  const base = path.join(scratch, 'binder');
  await cp(contentDir, path.join(base, 'content'), { recursive: true });
  const layerReads = new ContentReads(path.join(base, LAYERS_FOLDER));
  const outcomes: ForkOutcome[] = [];
  const readings: ForkReading[] = [];
  try {
    const seen = new Set<string>();
    for (const [index, source] of sources.entries()) {
      if (seen.has(source.url)) continue;
      seen.add(source.url);
      const outcome = await readFork(source, index);
      outcomes.push(outcome);
      log(`${source.name ?? source.url}: ${outcome.status}${outcome.reason ? ` — ${outcome.reason}` : ''}`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await writeFile(statePath, `${JSON.stringify(state)}\n`);
  }
  return { outcomes, report: networkReport(readings), readings };

  async function readFork(source: NetworkSource, index: number): Promise<ForkOutcome> {
    const ref = source.branch ? `refs/heads/${source.branch}` : 'HEAD';
    // Never a transport that runs a command (ext::); a fork's address is untrusted.
    const safe = ['-c', 'protocol.ext.allow=never'];
    const listed = await gitMaybe(cacheRepo, [...safe, 'ls-remote', '--end-of-options', source.url, ref]);
    const head = listed?.split(/\s/)[0];
    if (!head) return { source, status: 'vanished', reason: `no ${source.branch ? `branch ${source.branch}` : 'default branch'} answers at ${source.url} (deleted, private, or moved)` };
    const cached = state[source.url];
    if (cached && cached.head === head && cached.upstream === upstream) {
      readings.push(revive(cached.reading));
      return { source, status: 'unchanged', head };
    }
    const local = `refs/network/${index}`;
    const have = await gitMaybe(cacheRepo, ['cat-file', '-e', `${head}^{commit}`]);
    if (have === undefined) {
      const fetched = await gitMaybe(cacheRepo, [...safe, 'fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', source.url, `+${ref}:${local}`]);
      if (fetched === undefined) return { source, status: 'vanished', reason: `fetching ${source.url} failed` };
    }
    const layers = (await git(cacheRepo, ['ls-tree', '--name-only', head, `${LAYERS_FOLDER}/`])).split('\n').filter(Boolean);
    if (layers.length === 0) {
      delete state[source.url];
      return { source, status: 'no-layer', head, reason: 'it has no layers/ folder: it changes nothing, or edits upstream\'s files directly (npm run sync tells it how to move them)' };
    }
    await rm(path.join(base, LAYERS_FOLDER), { recursive: true, force: true });
    await extractTree(cacheRepo, head, base, [LAYERS_FOLDER]);
    const theirs = await checkBinder(path.join(base, 'content'), base, { layerReads });
    const theirProblems = theirs.problems.filter((problem) => problem.file.startsWith(`${LAYERS_FOLDER}/`));
    if (theirProblems.length > 0) {
      delete state[source.url];
      return { source, status: 'refused', head, reason: `${theirProblems.length} problem${theirProblems.length === 1 ? '' : 's'} in its layer, first: ${formatProblem(theirProblems[0]!)}` };
    }
    const author = await gitMaybe(cacheRepo, ['log', '-1', '--format=%an <%ae>', head]);
    const reading = { ...forkReading(source, ours, theirs), ...(author ? { author } : {}) };
    readings.push(reading);
    state[source.url] = { head, upstream, reading: { ...reading, kinds: [...reading.kinds] } };
    return { source, status: 'read', head };
  }
}

/**
 * The layer reads checkBinder may share between forks: this binder's own content/ (the
 * same files for every fork), never a layer, whose folder holds another fork's each time.
 */
class ContentReads extends Map<string, Promise<LayerFiles>> {
  readonly layersDir: string;
  constructor(layersDir: string) {
    super();
    this.layersDir = layersDir;
  }
  override get(key: string): Promise<LayerFiles> | undefined {
    return key.startsWith(this.layersDir) ? undefined : super.get(key);
  }
  override set(key: string, value: Promise<LayerFiles>): this {
    return key.startsWith(this.layersDir) ? this : super.set(key, value);
  }
}

function revive(cached: CachedReading['reading']): ForkReading {
  return { ...cached, kinds: new Map(cached.kinds) };
}

/** How a fork's binder differs from this one, over the entries this one has. */
function forkReading(source: NetworkSource, ours: BinderCheck, theirs: BinderCheck): ForkReading {
  const revision = (check: BinderCheck): BinderRevision => ({ entries: check.entries, allergens: check.allergens, bodies: check.bodies, site: check.site });
  const kinds = new Map<string, 'replaced' | 'patched'>();
  for (const [key, origin] of theirs.origins) if (origin.kind === 'replaced' || origin.kind === 'patched') kinds.set(key, origin.kind);
  const hidden = [...theirs.hidden.keys()].map((entry) => {
    const [collection, id] = entry.split('/') as [CollectionName, string];
    const data = ours.entries[collection].get(id) as Record<string, unknown> | undefined;
    return { entry, title: String(data?.[BINDER_COLLECTIONS[collection].titleField] ?? id) };
  });
  const diff = diffBinders(revision(ours), revision(theirs));
  // Their own new entries are theirs; upstream learns from changes to its own.
  const own = { ...diff, entries: diff.entries.filter((entry) => entry.status === 'changed' && entry.collection !== 'site') };
  const trials = theirs.governance.trials
    .filter((trial) => trial.file.startsWith(`${LAYERS_FOLDER}/`))
    .map((trial) => ({ entry: trial.data.entry, kitchen: trial.data.kitchen, date: trial.data.date, outcome: trial.data.outcome, file: trial.file }));
  return { name: theirs.site?.name ?? source.name ?? source.url, url: source.url, ...(theirs.site?.url && theirs.site.url !== ours.site?.url ? { site: theirs.site.url } : {}), diff: own, hidden, kinds, trials };
}
