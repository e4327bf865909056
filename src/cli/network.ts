/**
 * `npm run network`: what the restaurants that forked this binder changed, and where
 * they agree. Reads GitHub's forks (with GITHUB_TOKEN), `content/network.yaml` and any
 * binder named here; only forks whose head moved are fetched again.
 *
 *   npm run network                                 every known fork
 *   npm run network -- ../brooklyn-slice git@…      these binders too (a folder or a git address)
 *   npm run network -- --format markdown|json       for a comment or for tools
 *   npm run network -- --json network.json          also write the report as JSON
 *   npm run network -- --propose recipes/pizza-dough
 *                                                   turn the restaurants' agreement on that recipe into a proposal branch
 *
 * Exit codes: 0 reported (whatever each fork's fate), 1 nothing could be read, 2 usage error.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readIdentity } from '../binder/layers/identity.ts';
import { renderNetworkMarkdown, renderNetworkText } from '../domain/governance/render-network.ts';
import { githubForkSources, NetworkFileError, networkFileSources, readNetwork, type NetworkSource } from '../governance/network.ts';
import { NetworkProposalError, proposeAgreement } from '../governance/network-proposal.ts';
import { withoutToken } from '../proposals/git-token-env.ts';
import { githubRepository } from '../proposals/open-proposals.ts';
import { GitAddressSchema } from '../schemas/network.ts';
import { parseArguments, usageError as fail } from './arguments.ts';

const USAGE = `usage: npm run network -- [<binder>…] [--format text|markdown|json] [--json <file>] [--repo <dir>]

  <binder>   a fork to read too: a folder on this machine or a git address (https, ssh)
  --format   text (default), markdown or json
  --json     also write the report as JSON to this file
  --propose  <collection>/<slug>: make the amounts restaurants agree on into a branch network-proposal/<…>, crediting them
  --repo     the binder's clone (default: this project)

Set GITHUB_TOKEN to read the repository's forks on GitHub too.`;

function usageError(message: string): never {
  return fail(message, USAGE);
}

const { values, positionals } = parseArguments({ format: { type: 'string', default: 'text' }, json: { type: 'string' }, propose: { type: 'string' }, repo: { type: 'string' } }, USAGE);
if (!['text', 'markdown', 'json'].includes(values.format)) usageError(`Unknown format \`${values.format}\` — use text, markdown or json.`);
for (const named of positionals) {
  if (!GitAddressSchema.safeParse(named).success) usageError(`\`${named}\` is not a git address or a folder — give an https:// or ssh address, or a path like ../brooklyn-slice`);
}
const repoDir = path.resolve(values.repo ?? path.resolve(import.meta.dirname, '../..'));
const token = process.env['GITHUB_TOKEN'];

let listed: NetworkSource[] = [];
try {
  listed = await networkFileSources(repoDir);
} catch (error) {
  if (!(error instanceof NetworkFileError)) throw error;
  console.error(`✗ content/network.yaml cannot be read:\n${error.message}`);
  process.exit(1);
}
const sources: NetworkSource[] = [...listed, ...positionals.map((url) => ({ url: /^(?:\/|\.)/.test(url) ? path.resolve(url) : url, via: 'command line' as const }))];
const repository = githubRepository(((await readIdentity(repoDir)) as { repository?: string }).repository ?? '');
if (token && repository) {
  try {
    sources.unshift(...(await githubForkSources(repository, token)));
  } catch (error) {
    console.error(`GitHub's forks left out: ${withoutToken((error as Error).message, token)}`);
  }
}
if (sources.length === 0) {
  console.error('No forks to read: name one (npm run network -- <folder or git address>), list them in content/network.yaml, or set GITHUB_TOKEN to read the forks on GitHub.');
  process.exit(1);
}

const started = performance.now();
const network = await readNetwork(repoDir, sources, (line) => console.error(line));
const { outcomes, report } = network;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const count = (status: string) => outcomes.filter((outcome) => outcome.status === status).length;
console.error(`${outcomes.length} binders in ${seconds} s: ${count('read')} read, ${count('unchanged')} unchanged since the last run, ${outcomes.length - count('read') - count('unchanged')} skipped`);
const json = JSON.stringify({ format: 'open-franchise/network', version: 1, outcomes, report }, null, 2);
if (values.json) await writeFile(path.resolve(values.json), `${json}\n`);
if (values.format === 'json') console.log(json);
else console.log(values.format === 'markdown' ? renderNetworkMarkdown(report) : renderNetworkText(report));
if (values.propose) {
  const site = (await readIdentity(repoDir)) as { branch?: string };
  try {
    const proposal = await proposeAgreement(repoDir, values.propose, network, site.branch ?? 'main');
    console.log(`\n✓ proposed on branch ${proposal.branch} (${proposal.commit.slice(0, 7)}): see it with npm run diff -- ${site.branch ?? 'main'} ${proposal.branch}\n`);
    console.log(proposal.message.replace(/^/gm, '  '));
  } catch (error) {
    if (!(error instanceof NetworkProposalError)) throw error;
    console.error(`✗ ${error.message}`);
    process.exit(1);
  }
}
process.exit(count('read') + count('unchanged') > 0 ? 0 : 1);
