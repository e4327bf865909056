/**
 * Peer review on GitHub against a local fake of its REST API that answers in the
 * shapes of real responses (pull requests with their head in a fork, reviews with
 * `commit_id` and `author_association`, `Link` paging, statuses, comments), over a
 * local "GitHub" repository with refs/pull/<n>/head: the right status on each head.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkRevision } from '../../src/binder/revision-diff.ts';
import { entryRevisionOf } from '../../src/domain/governance/entry-revision.ts';
import { COMMENT_MARKER, commitStatusOf, peerReviewOpenPullRequests, reviewsOnCommits, withVerdictSection, type GitHubReview } from '../../src/governance/github-peer-review.ts';
import { KITCHEN, RULES } from './governance-fixtures.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/binder');
const REPO = 'https://api.github.com/repos/acme/binder';
let root: string;
let remote: string;
let local: string;
const run = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
const shas: Record<string, string> = {};

function write(dir: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'peer-review-'));
  remote = path.join(root, 'remote');
  local = path.join(root, 'local');
  cpSync(FIXTURE, path.join(remote, 'content'), { recursive: true });
  write(remote, 'content/kitchens/harbour-lane.yaml', KITCHEN);
  write(remote, 'content/kitchens/brooklyn.yaml', 'name: Brooklyn Slice\nrepository: https://github.com/b/binder\nlogins:\n  - marco\n');
  write(remote, 'content/governance.yaml', RULES.replace('otherwise:', '  - name: Big amounts\n    when:\n      - quantity-changed\n    abovePercent: 20\n    needs:\n      trials: 1\notherwise:'));
  run(remote, 'init', '--quiet', '--initial-branch=main');
  run(remote, 'config', 'user.name', 'Upstream');
  run(remote, 'config', 'user.email', 'upstream@example.org');
  run(remote, 'add', '.');
  run(remote, 'commit', '--quiet', '-m', 'Binder with rules');
  // #7, from a stranger's fork: cheese in the dough (an allergen) and much more water.
  run(remote, 'checkout', '--quiet', '-b', 'cheesy', 'main');
  const dough = path.join(remote, 'content/recipes/dough.mdx');
  writeFileSync(dough, readFileSync(dough, 'utf8').replace('ingredients:\n', 'ingredients:\n  - ingredient: mozzarella\n    quantity: 10\n    unit: g\n'));
  run(remote, 'commit', '--quiet', '-am', 'Cheese in the dough');
  shas['old'] = run(remote, 'rev-parse', 'HEAD');
  writeFileSync(dough, readFileSync(dough, 'utf8').replace(/quantity: 400\n/, 'quantity: 600\n'));
  run(remote, 'commit', '--quiet', '-am', 'Much more water');
  shas['7'] = run(remote, 'rev-parse', 'HEAD');
  run(remote, 'update-ref', 'refs/pull/7/head', 'cheesy');
  // #8: Harbour Lane's trial of the dough as #7 proposes it.
  const revision = entryRevisionOf(await checkRevision(remote, 'cheesy'), 'recipes/dough')!;
  run(remote, 'checkout', '--quiet', '-b', 'trial', 'main');
  write(remote, 'content/trials/2026-12-01-harbour-lane-dough.yaml', `entry: recipes/dough\nrevision: ${revision}\nproposal: "#7"\nkitchen: harbour-lane\ndate: 2026-12-01\nbatches: 1\noutcome: adopt\n`);
  run(remote, 'add', '.');
  run(remote, 'commit', '--quiet', '-m', 'We cooked #7');
  shas['8'] = run(remote, 'rev-parse', 'HEAD');
  run(remote, 'update-ref', 'refs/pull/8/head', 'trial');
  run(remote, 'checkout', '--quiet', 'main');
  run(root, 'clone', '--quiet', remote, local);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const pull = (number: number, login: string, fork: string) => ({
  number,
  title: `Proposal ${number}`,
  html_url: `https://github.com/acme/binder/pull/${number}`,
  labels: [],
  base: { ref: 'main', repo: { full_name: 'acme/binder' } },
  head: { sha: shas[String(number)], ref: 'patch-1', repo: { full_name: `${fork}/binder` } },
  user: { login },
});
const review = (login: string, state: GitHubReview['state'], commit: string, body = '', association = 'NONE'): GitHubReview => ({
  user: { login },
  state,
  commit_id: commit,
  body,
  author_association: association,
  submitted_at: '2026-12-01T10:00:00Z',
});

/** A fake GitHub API: GETs answered from `pages` (with `Link` headers), POSTs and PATCHes recorded. */
function fakeApi(pages: Record<string, { body: unknown; link?: string }>) {
  const sent: Array<{ method: string; url: string; body: Record<string, unknown> }> = [];
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    if (new Headers(init?.headers).get('authorization') !== 'Bearer t0ken') return new Response('{}', { status: 401 });
    if (method !== 'GET') {
      sent.push({ method, url, body: JSON.parse(String(init?.body)) });
      return new Response('{"id":1}', { status: 201 });
    }
    const page = pages[url];
    if (!page) return new Response('{"message":"Not Found"}', { status: 404 });
    return new Response(JSON.stringify(page.body), { status: 200, headers: page.link ? { link: page.link } : {} });
  }) as typeof fetch;
  return { sent, fetchImpl };
}

const PULLS = `${REPO}/pulls?state=open&per_page=100`;
const reviewsOf = (n: number) => `${REPO}/pulls/${n}/reviews?per_page=100`;
const commentsOf = (n: number) => `${REPO}/issues/${n}/comments?per_page=100`;

describe('peer review of open pull requests', () => {
  test('a proposal from a fork, approved on its head by a food-safety kitchen and a maintainer, with a trial in another pull request, is a success', async () => {
    const page2 = `${reviewsOf(7)}&page=2`;
    const { sent, fetchImpl } = fakeApi({
      [PULLS]: { body: [pull(7, 'stranger', 'stranger'), pull(8, 'harbour-lane-kitchen', 'harbour-lane')] },
      [reviewsOf(7)]: { body: [review('harbour-lane-kitchen', 'APPROVED', shas['old']!)], link: `<${page2}>; rel="next"` },
      [page2]: { body: [review('harbour-lane-kitchen', 'APPROVED', shas['7']!, 'Cooked it, fine.'), review('ana', 'APPROVED', shas['7']!, '', 'MEMBER'), review('passer-by', 'COMMENTED', shas['7']!, 'Nice')] },
      [reviewsOf(8)]: { body: [review('ana', 'APPROVED', shas['8']!, '', 'MEMBER')] },
      [commentsOf(7)]: { body: [{ id: 70, user: { login: 'github-actions[bot]' }, body: `${COMMENT_MARKER}\nThe kitchen diff…\n` }, { id: 71, user: { login: 'stranger' }, body: `${COMMENT_MARKER}\nforged` }] },
      [commentsOf(8)]: { body: [] },
    });
    const results = await peerReviewOpenPullRequests(local, { owner: 'acme', name: 'binder' }, 't0ken', {
      fetchImpl,
      remoteUrl: remote,
      targetUrl: 'https://github.com/acme/binder/actions/runs/1',
      siteUrl: 'https://binder.example.com/corner',
    });
    expect(results.map((r) => [r.number, r.status.state])).toEqual([
      [7, 'success'],
      [8, 'success'],
    ]);
    expect(results[0]!.judged!.verdict.trialKitchens.get('recipes/dough')).toEqual(['harbour-lane']);
    const statuses = sent.filter((s) => s.url.includes('/statuses/'));
    expect(statuses).toEqual([
      { method: 'POST', url: `${REPO}/statuses/${shas['7']}`, body: { state: 'success', description: 'Every rule is met', target_url: 'https://github.com/acme/binder/actions/runs/1', context: 'peer-review' } },
      { method: 'POST', url: `${REPO}/statuses/${shas['8']}`, body: { state: 'success', description: 'Every rule is met', target_url: 'https://github.com/acme/binder/actions/runs/1', context: 'peer-review' } },
    ]);
    // The bot's own comment gets the verdict; the forged one is left alone; #8 gets a new comment.
    const comments = sent.filter((s) => !s.url.includes('/statuses/'));
    expect(comments.map((c) => [c.method, c.url])).toEqual([
      ['PATCH', `${REPO}/issues/comments/70`],
      ['POST', `${REPO}/issues/8/comments`],
    ]);
    expect(comments[0]!.body['body']).toMatch(/^<!-- open-franchise-kitchen-diff -->\nThe kitchen diff…\n\n<!-- peer-review -->\n### ✓ Peer review: every rule is met/);
    // "We cooked this" on the proposal: the editor's new trial, pinned to the dough as #7 proposes it.
    const revision = results[0]!.judged!.proposedRevisions.get('recipes/dough');
    expect(revision).toMatch(/^[0-9a-f]{12}$/);
    expect(comments[0]!.body['body']).toContain(
      `- [We cooked recipes/dough as proposed](https://binder.example.com/corner/admin/#/collections/trials/new?entry=recipes%2Fdough&revision=${revision}&proposal=%237) (revision ${revision})`,
    );
  });

  test('without the trial, the big change waits; a stale approval is not counted and says why', async () => {
    const { sent, fetchImpl } = fakeApi({
      [PULLS]: { body: [pull(7, 'stranger', 'stranger')] },
      [reviewsOf(7)]: { body: [review('harbour-lane-kitchen', 'APPROVED', shas['old']!), review('ana', 'APPROVED', shas['7']!)] },
      [commentsOf(7)]: { body: [] },
    });
    const [result] = await peerReviewOpenPullRequests(local, { owner: 'acme', name: 'binder' }, 't0ken', { fetchImpl, remoteUrl: remote });
    expect(result!.status.state).toBe('pending');
    expect(result!.status.description).toMatch(/^Waiting: needs 1 more kitchen's approval for: Dough — ALLERGEN ADDED: Milk \(from Mozzarella\) \(\+\d+ more\)$/);
    expect(result!.judged!.verdict.notCounted).toContainEqual(expect.stringMatching(/^Harbour Lane \(@harbour-lane-kitchen\) approved an earlier revision/));
    expect(result!.judged!.verdict.unmet).toContainEqual(expect.stringMatching(/^needs a trial from 1 more kitchen of recipes\/dough as proposed/));
    expect(sent[0]).toMatchObject({ url: `${REPO}/statuses/${shas['7']}`, body: { state: 'pending', context: 'peer-review' } });
  });

  test('a request for changes from a registered kitchen fails the status', async () => {
    const { sent, fetchImpl } = fakeApi({
      [PULLS]: { body: [pull(7, 'stranger', 'stranger')] },
      [reviewsOf(7)]: { body: [review('marco', 'CHANGES_REQUESTED', shas['7']!, 'Milk in a base dough? No.')] },
      [commentsOf(7)]: { body: [] },
    });
    const [result] = await peerReviewOpenPullRequests(local, { owner: 'acme', name: 'binder' }, 't0ken', { fetchImpl, remoteUrl: remote });
    expect(result!.status).toEqual({ state: 'failure', description: expect.stringMatching(/^Blocked: Brooklyn Slice \(@marco\) requested changes/) });
    expect(sent.find((s) => s.url.includes('/statuses/'))!.body['state']).toBe('failure');
  });

  test('a dry run posts nothing', async () => {
    const { sent, fetchImpl } = fakeApi({ [PULLS]: { body: [pull(7, 'stranger', 'stranger')] }, [reviewsOf(7)]: { body: [] } });
    const results = await peerReviewOpenPullRequests(local, { owner: 'acme', name: 'binder' }, 't0ken', { fetchImpl, remoteUrl: remote, dryRun: true });
    expect(results).toHaveLength(1);
    expect(sent).toEqual([]);
  });
});

describe('reading reviews and writing statuses', () => {
  test('reviews become the judge\'s: drafts and deleted users dropped, an override line read', () => {
    expect(
      reviewsOnCommits([
        review('ana', 'APPROVED', 'c1', 'Looks right.\nOverride: supplier recall, the label must change today\n'),
        review('sam', 'PENDING', 'c1'),
        { ...review('x', 'APPROVED', 'c1'), user: null },
        review('marco', 'DISMISSED', 'c2'),
      ]),
    ).toEqual([
      { login: 'ana', state: 'approved', commit: 'c1', override: 'supplier recall, the label must change today' },
      { login: 'marco', state: 'dismissed', commit: 'c2' },
    ]);
  });

  test('a status description fits GitHub\'s 140 characters', () => {
    const long = 'x'.repeat(300);
    const status = commitStatusOf({ state: 'waiting', unmet: [long, 'b'], blocks: [] } as never);
    expect(status.state).toBe('pending');
    expect(status.description).toHaveLength(140);
  });

  test('the verdict section is replaced in place, or added at the end', () => {
    const section = '<!-- peer-review -->\nnew\n<!-- /peer-review -->';
    expect(withVerdictSection('head\n<!-- peer-review -->\nold\n<!-- /peer-review -->\ntail', section)).toBe(`head\n${section}\ntail`);
    expect(withVerdictSection('head\n', section)).toBe(`head\n\n${section}\n`);
  });
});
