/**
 * `npm run review`: records a review of a local proposal (a `cms/*` branch or any
 * branch) on the commit it saw, as GitHub records a pull request's review, so
 * `npm run proposals` and `npm run accept` judge local proposals by the same rules.
 *
 *   npm run review -- cms/recipes/margherita --approve --as harbour-lane-kitchen
 *   npm run review -- cms/recipes/margherita --request-changes --as brooklyn-slice-marco
 *   npm run review -- cms/recipes/margherita --dismiss --as brooklyn-slice-marco
 *   npm run review -- cms/recipes/margherita --approve --as corner-forno-ana --override "Supplier recall: the label must change today"
 *
 * `--as` defaults to git's `github.user` setting. Exit codes: 0 recorded, 1 refused, 2 usage error.
 */
import path from 'node:path';
import { parseArguments, usageError as fail } from './arguments.ts';
import { gitMaybe } from '../binder/git.ts';
import { recordLocalReview } from '../governance/local-reviews.ts';

const USAGE = `usage: npm run review -- <branch> --approve|--request-changes|--dismiss|--comment [--as <github-user>] [--override "reason"]

  --approve           vouch for the proposal as it is now
  --request-changes   block it until you approve or dismiss
  --dismiss           withdraw your earlier review
  --comment           say nothing that counts (with --override: a maintainer's override)
  --as                your GitHub user name, as the register of kitchens or the maintainers list it (default: git config github.user)
  --override          a maintainer's reason to override the rules; two maintainers must give one`;

function usageError(message: string): never {
  return fail(message, USAGE);
}

const parsed = parseArguments(
  {
    approve: { type: 'boolean' },
    'request-changes': { type: 'boolean' },
    dismiss: { type: 'boolean' },
    comment: { type: 'boolean' },
    as: { type: 'string' },
    override: { type: 'string' },
    repo: { type: 'string' },
  },
  USAGE,
);
const { values, positionals } = parsed;
if (positionals.length !== 1) usageError('give one proposal branch, like cms/recipes/margherita');
const states = (['approve', 'request-changes', 'dismiss', 'comment'] as const).filter((flag) => values[flag]);
if (states.length !== 1) usageError('say one of --approve, --request-changes, --dismiss or --comment');
const repoDir = path.resolve(values.repo ?? path.resolve(import.meta.dirname, '../..'));
const login = values.as ?? (await gitMaybe(repoDir, ['config', 'github.user']));
if (!login) usageError('say who you are: --as <your GitHub user name> (or set it once with `git config github.user <name>`)');
const branch = positionals[0]!;
if (branch.startsWith('-') || !(await gitMaybe(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/heads/${branch}`]))) {
  console.error(`✗ \`${branch}\` is not a local branch — list the proposals with \`npm run proposals\``);
  process.exit(1);
}
const state = ({ approve: 'approved', 'request-changes': 'changes-requested', dismiss: 'dismissed', comment: 'commented' } as const)[states[0]!];
try {
  const commit = await recordLocalReview(repoDir, `refs/heads/${branch}`, { login, state, override: values.override });
  console.log(`✓ ${login} ${state.replace('-', ' ')} ${branch} at ${commit.slice(0, 7)}${values.override ? `, overriding: ${values.override}` : ''}. See the verdict: npm run proposals`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
