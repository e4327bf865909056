/**
 * `npm run proposals`: the open proposals, each with its status and what it changes,
 * one "X: old → new" line per change, allergen changes first.
 *
 *   npm run proposals                      local editor proposals (cms/* branches)
 *   GITHUB_TOKEN=… npm run proposals       also the repository's open pull requests
 *   npm run proposals -- --format markdown|json
 *   npm run proposals -- --repo <dir>      another clone of a binder
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { renderJson } from '../domain/kitchen-diff/render-json.ts';
import { renderMarkdown } from '../domain/kitchen-diff/render-markdown.ts';
import { summaryLines } from '../domain/kitchen-diff/summary.ts';
import { githubOpenProposals, githubRepository, localOpenProposals, type OpenProposal } from '../proposals/open-proposals.ts';

const USAGE = 'usage: npm run proposals -- [--format text|markdown|json] [--repo <dir>]';

let values: { format: string; repo?: string | undefined };
try {
  values = parseArgs({ options: { format: { type: 'string', default: 'text' }, repo: { type: 'string' } } }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (!['text', 'markdown', 'json'].includes(values.format)) {
  console.error(`Unknown format \`${values.format}\` — use text, markdown or json.\n${USAGE}`);
  process.exit(2);
}

const repoDir = path.resolve(values.repo ?? path.resolve(import.meta.dirname, '../..'));
const site = parse(await readFile(path.join(repoDir, 'content', 'site.yaml'), 'utf8')) as { branch?: string; repository?: string };
const branch = site.branch ?? 'main';

const proposals: OpenProposal[] = await localOpenProposals(repoDir, branch);
const token = process.env['GITHUB_TOKEN'];
const repository = site.repository ? githubRepository(site.repository) : undefined;
if (token && repository) {
  try {
    proposals.push(...(await githubOpenProposals(repoDir, repository, token)));
  } catch (error) {
    console.error(`GitHub pull requests left out: ${(error as Error).message}`);
  }
}

if (values.format === 'json') {
  const json = proposals.map((p) => ({ source: p.source, id: p.id, reason: p.reason, status: p.status, url: p.url, diff: JSON.parse(renderJson(p.report)) }));
  console.log(JSON.stringify(json, null, 2));
} else if (values.format === 'markdown') {
  for (const p of proposals) console.log(`# ${p.id} — ${p.reason || 'no reason given'} (${p.status})\n\n${renderMarkdown(p.report)}`);
} else {
  if (proposals.length === 0) console.log(`No open proposals. Make one with "Propose a change" on any page of the binder (npm start).`);
  for (const p of proposals) {
    const problems = p.report.headProblems.length;
    console.log(`${p.id} — ${p.reason || 'no reason given'} [${p.status}]${p.url ? ` ${p.url}` : ''}`);
    for (const line of summaryLines(p.report.diff)) console.log(`  ${line}`);
    console.log(problems === 0 ? '  ✓ passes every check' : `  ✗ ${problems} problem${problems === 1 ? '' : 's'} — run: npm run diff -- ${branch} ${p.id}`);
    console.log('');
  }
}
