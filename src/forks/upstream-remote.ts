/**
 * The fork's side of talking to upstream, shared by `npm run sync` and
 * `npm run upstream-proposal`: which layer is the restaurant's own, and upstream's
 * branch fetched into `refs/remotes/<remote>/<branch>` (only that ref moves).
 */
import path from 'node:path';
import { git, type GitError, gitMaybe } from '../binder/git.ts';
import { discoverLayers, ownLayer, type LayerFolder } from '../binder/layers/discover-layers.ts';
import { identityField } from '../binder/layers/identity.ts';
import { BASE_LAYER } from '../schemas/layer.ts';

/** Something about the fork or its upstream that stops the command; nothing was changed. */
export class ForkCommandError extends Error {
  override readonly name = 'ForkCommandError';
}

export function fail(message: string): never {
  throw new ForkCommandError(message);
}

export function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

export interface ForkRepository {
  /** The repository's top folder. */
  readonly root: string;
  /** The restaurant's own layer. */
  readonly own: LayerFolder;
}

/** The fork around `repoRoot`, or a clear error when it is not one. */
export async function openFork(repoRoot: string, command: string): Promise<ForkRepository> {
  const root = (await gitMaybe(repoRoot, ['rev-parse', '--show-toplevel'])) ?? fail(`${repoRoot} is not a git repository — run \`npm run ${command}\` in your binder's clone`);
  const { layers } = await discoverLayers(path.join(root, 'content'), (absolute) => absolute);
  const own = ownLayer(layers);
  if (own.name === BASE_LAYER) fail(`this binder has no layer of its own, so it is not a fork — \`npm run fork\` starts one; \`npm run ${command}\` is for forks`);
  return { root, own };
}

export interface FetchedUpstream {
  readonly remote: string;
  readonly branch: string;
  /** upstream's head commit. */
  readonly commit: string;
  /** The name of the binder forked, from the identity below this restaurant's layer. */
  readonly name: string;
}

/** Fetches upstream's publishing branch (or `branch`) from `remote`. */
export async function fetchUpstream(root: string, remote = 'upstream', branch?: string): Promise<FetchedUpstream> {
  if ((await gitMaybe(root, ['remote', 'get-url', remote])) === undefined) {
    fail(`there is no remote \`${remote}\` — add the binder you forked: \`git remote add ${remote} <its repository address>\``);
  }
  const wanted = branch ?? (await identityField(root, 'branch', 'main', { upstreamOnly: true }));
  const tracking = `refs/remotes/${remote}/${wanted}`;
  await git(root, ['fetch', '--quiet', '--no-tags', remote, `+refs/heads/${wanted}:${tracking}`]).catch((error: GitError) => {
    fail(`could not fetch \`${wanted}\` from \`${remote}\` (${firstLine(error.stderr)}) — check the network and \`git remote get-url ${remote}\`; nothing was changed`);
  });
  return { remote, branch: wanted, commit: await git(root, ['rev-parse', tracking]), name: await identityField(root, 'name', 'upstream', { upstreamOnly: true }) };
}
