/**
 * `npm run proposals`: the open proposals, each with its status and its kitchen
 * diff — first one "X: old → new" line per change (allergens first) and whether it
 * passes every check, then the whole diff exactly as `npm run diff -- <base> <head>`
 * prints it (the effect of each quantity change on a batch, allergens added in
 * capitals, the problems to fix), indented under the proposal.
 *
 *   npm run proposals                      local editor proposals (cms/* branches)
 *   GITHUB_TOKEN=… npm run proposals       also the repository's open pull requests (private ones too)
 *   npm run proposals -- --summary         only the one-line-per-change overview of each
 *   npm run proposals -- --format markdown|json
 *   npm run proposals -- --repo <dir>      another clone of a binder
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readIdentity } from '../binder/layers/identity.ts';
import { renderJson } from '../domain/kitchen-diff/render-json.ts';
import { renderMarkdown } from '../domain/kitchen-diff/render-markdown.ts';
import { renderText } from '../domain/kitchen-diff/render-text.ts';
import { summaryLines } from '../domain/kitchen-diff/summary.ts';
import { withoutToken } from '../proposals/git-token-env.ts';
import { githubOpenProposals, githubRepository, localOpenProposals, type OpenProposal } from '../proposals/open-proposals.ts';
import { judgeProposal, NoRulesInForceError, type JudgedProposal } from '../governance/proposal-verdict.ts';
import { listReviews, reviewsOnCommits } from '../governance/github-peer-review.ts';
import { localReviews } from '../governance/local-reviews.ts';
import { verdictLines, verdictMarkdown } from '../domain/governance/render-verdict.ts';

const USAGE = `usage: npm run proposals -- [--summary] [--format text|markdown|json] [--repo <dir>]

  --summary  text only: one line per change instead of the whole kitchen diff
  --format   text (default), markdown (one pull-request comment per proposal) or json
  --repo     the binder's clone (default: this project)

Set GITHUB_TOKEN to list the repository's open pull requests too.`;

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let values: { format: string; repo?: string | undefined; summary: boolean; help?: boolean | undefined };
try {
  values = parseArgs({
    options: { format: { type: 'string', default: 'text' }, repo: { type: 'string' }, summary: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  }).values;
} catch (error) {
  usageError((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!['text', 'markdown', 'json'].includes(values.format)) usageError(`Unknown format \`${values.format}\` — use text, markdown or json.`);
if (values.summary && values.format !== 'text') usageError(`--summary shortens the text output only — leave it out with --format ${values.format}, which always carries the whole diff.`);

const repoDir = path.resolve(values.repo ?? path.resolve(import.meta.dirname, '../..'));
// A fork's proposals go to its own repository and branch, from its layer's identity.
const site = (await readIdentity(repoDir)) as { branch?: string; repository?: string };
const branch = site.branch ?? 'main';

const proposals: OpenProposal[] = await localOpenProposals(repoDir, branch);
const token = process.env['GITHUB_TOKEN'];
const repository = site.repository ? githubRepository(site.repository) : undefined;
if (token && repository) {
  try {
    proposals.push(...(await githubOpenProposals(repoDir, repository, token, { warn: (message) => console.error(message) })));
  } catch (error) {
    console.error(`GitHub pull requests left out: ${withoutToken((error as Error).message, token)}`);
  }
}

// Each proposal judged by the rules of the branch it would merge into (see src/governance/).
const judged = new Map<OpenProposal, JudgedProposal | string>();
for (const p of proposals) {
  try {
    // Local proposals' reviews are git notes (npm run review); pull requests' are GitHub's.
    const reviews =
      p.source === 'local' ? await localReviews(repoDir, p.base, p.head) : reviewsOnCommits(await listReviews(repository!, Number(p.id.slice(1)), token!));
    judged.set(p, await judgeProposal({ repoDir, target: p.target, base: p.base, head: p.head, proposer: p.proposer, reviews, comparison: p.comparison }));
  } catch (error) {
    if (!(error instanceof NoRulesInForceError)) throw error;
    judged.set(p, error.message);
  }
}
const verdictOf = (p: OpenProposal) => {
  const result = judged.get(p)!;
  return typeof result === 'string' ? { lines: [`? Peer review: ${result}`], markdown: `### ? Peer review\n\n${result}` } : { lines: verdictLines(result.verdict), markdown: verdictMarkdown(result.verdict) };
};

if (values.format === 'json') {
  const json = proposals.map((p) => {
    const result = judged.get(p)!;
    const review = typeof result === 'string' ? { error: result } : { ...result.verdict, trialKitchens: Object.fromEntries(result.verdict.trialKitchens), revision: result.revision, changes: result.changes };
    return { source: p.source, id: p.id, reason: p.reason, status: p.status, url: p.url, proposer: p.proposer, diff: JSON.parse(renderJson(p.report)), review };
  });
  console.log(JSON.stringify(json, null, 2));
} else if (values.format === 'markdown') {
  for (const p of proposals) console.log(`# ${p.id} — ${p.reason || 'no reason given'} (${p.status})\n\n${renderMarkdown(p.report)}\n\n${verdictOf(p).markdown}`);
} else {
  const colour = process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined;
  if (proposals.length === 0) console.log(`No open proposals. Make one with "Propose a change" on any page of the binder (npm start).`);
  for (const p of proposals) {
    const problems = p.report.headProblems.length;
    console.log(`${p.id} — ${p.reason || 'no reason given'} [${p.status}]${p.url ? ` ${p.url}` : ''}`);
    for (const line of summaryLines(p.report.diff)) console.log(`  ${line}`);
    const where = values.summary ? `run: npm run diff -- ${p.base} ${p.head}` : 'listed at the end of its kitchen diff below';
    console.log(problems === 0 ? '  ✓ passes every check' : `  ✗ ${problems} problem${problems === 1 ? '' : 's'} — ${where}`);
    for (const line of verdictOf(p).lines) console.log(`  ${line}`);
    console.log('');
    if (!values.summary) console.log(`${indented(renderText(p.report, { colour }))}`);
  }
}

/** `text` moved two spaces right, under its proposal's header; blank lines stay empty. */
function indented(text: string): string {
  return text.replace(/^(?=.)/gm, '  ');
}
