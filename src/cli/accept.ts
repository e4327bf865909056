/**
 * `npm run accept`: merges a proposal whose peer-review verdict allows it, with who
 * vouched for it (reviews, trials, an override) written into the merge commit as
 * trailers. Refuses, changing nothing, while the rules are not met.
 *
 *   npm run accept -- cms/recipes/margherita     a local proposal, into the identity's branch
 *   GITHUB_TOKEN=… npm run accept -- '#12'       a pull request, merged on GitHub
 *
 * Exit codes: 0 accepted, 1 refused (nothing changed), 2 usage error.
 */
import path from 'node:path';
import { parseArguments, usageError as fail } from './arguments.ts';
import { readIdentity } from '../binder/layers/identity.ts';
import { acceptLocalProposal, acceptPullRequest, AcceptRefusedError } from '../governance/accept.ts';
import { NoRulesInForceError } from '../governance/proposal-verdict.ts';
import { withoutToken } from '../proposals/git-token-env.ts';
import { GitHubProposalsError, githubRepository } from '../proposals/open-proposals.ts';

const USAGE = `usage: npm run accept -- <branch | #<pull request>> [--repo <dir>]

  <branch>          a local proposal, like cms/recipes/margherita: merged into the binder's branch
  #<pull request>   a GitHub pull request, like #12 (needs GITHUB_TOKEN with "contents: write")`;

function usageError(message: string): never {
  return fail(message, USAGE);
}

const parsed = parseArguments({ repo: { type: 'string' } }, USAGE);
if (parsed.positionals.length !== 1) usageError('give one proposal: a branch or #<number>');
const proposal = parsed.positionals[0]!;
const repoDir = path.resolve(parsed.values.repo ?? path.resolve(import.meta.dirname, '../..'));
const site = (await readIdentity(repoDir)) as { branch?: string; repository?: string };
const token = process.env['GITHUB_TOKEN'];

try {
  let accepted;
  if (/^#\d+$/.test(proposal)) {
    const repository = githubRepository(site.repository ?? '');
    if (!repository) usageError(`The identity's repository (${site.repository ?? 'none'}) is not on github.com, so #${proposal.slice(1)} cannot be a pull request of it.`);
    if (!token) usageError('Set GITHUB_TOKEN to accept a pull request: it is merged on GitHub.');
    accepted = await acceptPullRequest(repoDir, repository, Number(proposal.slice(1)), token);
  } else {
    accepted = await acceptLocalProposal(repoDir, proposal, site.branch ?? 'main');
  }
  console.log(`✓ accepted ${proposal} as ${accepted.commit.slice(0, 7)}\n`);
  console.log(accepted.message.replace(/^/gm, '  '));
} catch (error) {
  if (error instanceof AcceptRefusedError || error instanceof NoRulesInForceError) {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  }
  if (error instanceof GitHubProposalsError) {
    console.error(`✗ ${token ? withoutToken(error.message, token) : error.message}`);
    process.exit(1);
  }
  throw error;
}
