/**
 * `npm run peer-review`: judges every open pull request of the binder's GitHub
 * repository under the rules of the branch it would merge into, and posts each
 * verdict as the commit status `peer-review` and into the proposal comment. The
 * `Peer review` workflow runs it; a maintainer can run it too.
 *
 *   GITHUB_TOKEN=… npm run peer-review                  judge and post
 *   GITHUB_TOKEN=… npm run peer-review -- --dry-run     judge and print, post nothing
 *   GITHUB_TOKEN=… npm run peer-review -- --pull 12 --format markdown
 *                                                        print one verdict, as the proposal comment shows it
 *
 * Exit codes: 0 judged (whatever the verdicts), 1 GitHub or git refused, 2 usage error.
 */
import path from 'node:path';
import { parseArguments, usageError as fail } from './arguments.ts';
import { readIdentity } from '../binder/layers/identity.ts';
import { verdictLines } from '../domain/governance/render-verdict.ts';
import { peerReviewOpenPullRequests, verdictSection } from '../governance/github-peer-review.ts';
import { withoutToken } from '../proposals/git-token-env.ts';
import { GitHubProposalsError, githubRepository } from '../proposals/open-proposals.ts';

const USAGE = `usage: GITHUB_TOKEN=… npm run peer-review -- [--dry-run] [--pull <n> --format text|markdown] [--repository owner/name] [--target-url <url>]

  --dry-run      judge and print; post no status and no comment
  --pull <n>     only print the verdict of pull request <n> (implies --dry-run)
  --format       with --pull: text (default) or markdown (the proposal comment's section)
  --repository   owner/name on GitHub (default: GITHUB_REPOSITORY, else the identity's repository)
  --target-url   the address each status links to (the workflow run)`;

function usageError(message: string): never {
  return fail(message, USAGE);
}

const { values } = parseArguments(
  {
    'dry-run': { type: 'boolean', default: false },
    pull: { type: 'string' },
    format: { type: 'string', default: 'text' },
    repository: { type: 'string' },
    'target-url': { type: 'string' },
    repo: { type: 'string' },
  },
  USAGE,
);
if (!['text', 'markdown'].includes(values.format)) usageError(`Unknown format \`${values.format}\` — use text or markdown.`);
const pull = values.pull === undefined ? undefined : Number(values.pull);
if (pull !== undefined && !(Number.isInteger(pull) && pull > 0)) usageError(`--pull ${values.pull} is not a pull request number`);

const token = process.env['GITHUB_TOKEN'];
if (!token) usageError('Set GITHUB_TOKEN: peer review reads the pull requests and their reviews from GitHub.');
const repoDir = path.resolve(values.repo ?? path.resolve(import.meta.dirname, '../..'));
const named = values.repository ?? process.env['GITHUB_REPOSITORY'];
const repository = named
  ? (/^([\w.-]+)\/([\w.-]+)$/.exec(named)?.slice(1, 3) as [string, string] | undefined)
  : undefined;
const identity = (await readIdentity(repoDir)) as { repository?: string; url?: string };
const target = repository ? { owner: repository[0], name: repository[1] } : githubRepository(identity.repository ?? '');
if (!target) usageError(`No GitHub repository: give --repository owner/name (got ${named ?? 'none'}), or set the identity's repository to a github.com address.`);

try {
  const results = await peerReviewOpenPullRequests(repoDir, target, token, { dryRun: values['dry-run'] || pull !== undefined, targetUrl: values['target-url'], siteUrl: identity.url });
  if (pull !== undefined) {
    const result = results.find((r) => r.number === pull);
    if (!result) {
      console.error(`#${pull} is not an open pull request of ${target.owner}/${target.name}.`);
      process.exit(1);
    }
    console.log(values.format === 'markdown' ? verdictSection(result, identity.url) : (result.judged ? verdictLines(result.judged.verdict) : [result.error]).join('\n'));
  } else {
    if (results.length === 0) console.log(`No open pull requests on ${target.owner}/${target.name}.`);
    for (const result of results) {
      console.log(`#${result.number} ${result.sha.slice(0, 7)} → ${result.status.state}: ${result.status.description}`);
      if (result.judged) for (const line of verdictLines(result.judged.verdict).slice(1)) console.log(`  ${line}`);
    }
  }
} catch (error) {
  if (!(error instanceof GitHubProposalsError)) throw error;
  console.error(`✗ ${withoutToken(error.message, token)}`);
  process.exit(1);
}
