/**
 * `npm run upstream-proposal`: turns one of this restaurant's changes (a copy or a
 * patch in its layer) into a proposal to the binder it forked.
 *
 *   npm run upstream-proposal -- recipes/margherita            branch + kitchen diff (+ pull request with GITHUB_TOKEN)
 *   npm run upstream-proposal -- recipes/margherita --force    replace an earlier branch of that name
 *
 * Exit codes: 0 proposed, 1 refused (nothing changed), 2 usage error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { git } from '../binder/git.ts';
import { readIdentity } from '../binder/layers/identity.ts';
import { renderMarkdown } from '../domain/kitchen-diff/render-markdown.ts';
import { renderText } from '../domain/kitchen-diff/render-text.ts';
import { ForkCommandError } from '../forks/upstream-remote.ts';
import { proposeUpstream } from '../forks/upstream-proposal.ts';
import { gitTokenEnv, withoutToken } from '../proposals/git-token-env.ts';
import { openPullRequest } from '../proposals/github-pull-requests.ts';
import { githubRepository } from '../proposals/open-proposals.ts';

const USAGE = `usage: npm run upstream-proposal -- <collection>/<slug> [--force] [--remote <name>]

  <collection>/<slug>   an entry this restaurant replaced, patched or added, like recipes/margherita
  --force               replace an existing upstream-proposal branch for it
  --remote              the remote of the binder forked (default: upstream)

With GITHUB_TOKEN set, the branch is pushed to your repository (origin) and a pull
request is opened against upstream; otherwise the commands to do so are printed.`;

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' }, remote: { type: 'string' } } });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) {
  console.error(`give one entry, like recipes/margherita\n\n${USAGE}`);
  process.exit(2);
}
const projectRoot = path.resolve(import.meta.dirname, '../..');

let proposal;
try {
  proposal = await proposeUpstream(projectRoot, positionals[0]!, { force: values.force, remote: values.remote });
} catch (error) {
  if (!(error instanceof ForkCommandError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}

const colour = process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined;
console.log(`✓ branch ${proposal.branch}: ${proposal.title}, on ${proposal.upstreamName}'s ${proposal.base}, changing ${proposal.file}\n`);
process.stdout.write(renderText(proposal.report, { colour }));
if (proposal.behind) {
  console.log(`\n⚠ this binder has not synced ${proposal.upstreamName}'s latest changes: lines above that undo them come from your older copy — run \`npm run sync\`, update your copy, then propose again with --force`);
}

const ours = await readIdentity(projectRoot);
const theirs = await readIdentity(projectRoot, { upstreamOnly: true });
const fork = typeof ours['repository'] === 'string' ? githubRepository(ours['repository']) : undefined;
const upstream = typeof theirs['repository'] === 'string' ? githubRepository(theirs['repository']) : undefined;
const token = process.env['GITHUB_TOKEN'];
if (!token || !fork || !upstream) {
  console.log(`\nTo propose it: git push origin ${proposal.branch}`);
  if (fork && upstream) console.log(`then open https://github.com/${upstream.owner}/${upstream.name}/compare/${proposal.base}...${fork.owner}:${fork.name}:${proposal.branch}`);
  console.log('(with GITHUB_TOKEN set, this command pushes and opens the pull request itself)');
  process.exit(0);
}
try {
  const origin = await git(projectRoot, ['remote', 'get-url', 'origin']);
  await git(projectRoot, ['push', '--quiet', origin, `refs/heads/${proposal.branch}:refs/heads/${proposal.branch}`], gitTokenEnv(origin, token));
  const url = await openPullRequest(upstream, token, {
    title: proposal.title,
    body: renderMarkdown(proposal.report),
    head: `${fork.owner}:${proposal.branch}`,
    base: proposal.base,
  });
  console.log(`\n✓ pull request opened: ${url}`);
} catch (error) {
  console.error(`✗ ${withoutToken((error as Error).message, token)} — the branch ${proposal.branch} is ready: push it and open the pull request by hand`);
  process.exit(1);
}
