/**
 * A repository's open pull requests from the GitHub REST API, page after page:
 * GitHub hands out at most 100 per answer and names the next page in its `Link` header.
 */

/** What the GitHub REST API says of an open pull request (the fields used here). */
export interface PullRequest {
  readonly number: number;
  readonly title: string;
  readonly html_url: string;
  readonly labels: ReadonlyArray<{ readonly name: string }>;
  readonly base: { readonly ref: string };
  /** Who opened it. */
  readonly user?: { readonly login: string } | null | undefined;
}

/** Reading pull requests failed, and why. */
export class GitHubProposalsError extends Error {
  override readonly name = 'GitHubProposalsError';
}

/** How many pages of 100 are read at most: past 5,000 open pull requests, listing them all helps nobody. */
export const MAX_PULL_REQUEST_PAGES = 50;

/** How the pull requests are read; every field replaceable, for tests. */
export interface PullRequestListing {
  readonly fetchImpl?: typeof fetch | undefined;
  /** Pages read at most (default {@link MAX_PULL_REQUEST_PAGES}). */
  readonly maxPages?: number | undefined;
  /** Told when the page limit cut the list short (default: console.warn). */
  readonly warn?: ((message: string) => void) | undefined;
}

/** The API's origin: the only place a token is ever sent. */
export const API_ORIGIN = 'https://api.github.com';

/** The first page's address: open pull requests, 100 at a time. */
export function pullRequestsUrl(repository: { owner: string; name: string }): string {
  return `${API_ORIGIN}/repos/${repository.owner}/${repository.name}/pulls?state=open&per_page=100`;
}

/**
 * Every open pull request of `owner/name`, following `rel="next"` links up to
 * `maxPages` pages. The token only ever goes to api.github.com: a next link to
 * another host is refused, not followed.
 */
export async function listOpenPullRequests(repository: { owner: string; name: string }, token: string, listing: PullRequestListing = {}): Promise<PullRequest[]> {
  return readAllPages<PullRequest>(pullRequestsUrl(repository), token, listing, {
    what: 'pull requests',
    repository: `${repository.owner}/${repository.name}`,
    hint: "check that GITHUB_TOKEN can read the repository's pull requests",
    cut: (count, pages) => `Only the first ${count} open pull requests of ${repository.owner}/${repository.name} are listed: reading stops after ${pages} pages — close or merge stale pull requests to see the rest`,
  });
}

/** What a paged list is, for messages. */
interface PagedList {
  /** "pull requests", "reviews". */
  readonly what: string;
  /** `owner/name`. */
  readonly repository: string;
  /** What to check when GitHub refuses. */
  readonly hint: string;
  /** The warning when the page limit cut the list short. */
  readonly cut: (count: number, pages: number) => string;
}

/** Every item of a paged GitHub list, following `rel="next"` links on api.github.com only. */
export async function readAllPages<T>(first: string, token: string, listing: PullRequestListing, list: PagedList): Promise<T[]> {
  const fetchImpl = listing.fetchImpl ?? fetch;
  const maxPages = listing.maxPages ?? MAX_PULL_REQUEST_PAGES;
  const items: T[] = [];
  let url: string | undefined = first;
  for (let page = 1; url !== undefined; page++) {
    if (page > maxPages) {
      (listing.warn ?? console.warn)(list.cut(items.length, maxPages));
      break;
    }
    if (new URL(url).origin !== API_ORIGIN) {
      throw new GitHubProposalsError(`GitHub's next page of ${list.what} is at ${url}, not on ${API_ORIGIN}; the token is not sent there — report this if it keeps happening`);
    }
    const response = await fetchImpl(url, { headers: apiHeaders(token) });
    if (!response.ok) throw new GitHubProposalsError(`GitHub answered ${response.status} for ${url} — ${list.hint}`);
    const body: unknown = await response.json();
    if (!Array.isArray(body)) throw new GitHubProposalsError(`GitHub's answer for ${url} is not a list of ${list.what} — check that ${list.repository} is the right repository`);
    items.push(...(body as T[]));
    url = nextPageUrl(response.headers.get('link'));
  }
  return items;
}

/** The headers of every call: the token, GitHub's JSON, and who is asking. */
export function apiHeaders(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'user-agent': 'open-franchise' };
}


/** The `rel="next"` address of an HTTP `Link` header (RFC 8288), or undefined on the last page. */
export function nextPageUrl(link: string | null): string | undefined {
  for (const [, target, params = ''] of (link ?? '').matchAll(/<([^>]*)>((?:\s*;\s*[^;,]*)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(params);
    if ((rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/).includes('next')) return target;
  }
  return undefined;
}

/** What opening a pull request needs: GitHub's REST `POST /repos/{owner}/{repo}/pulls`. */
export interface NewPullRequest {
  readonly title: string;
  readonly body: string;
  /** `owner:branch` when the branch is in a fork. */
  readonly head: string;
  readonly base: string;
}

/** Opens a pull request on `repository` and returns its address. The token only goes to api.github.com. */
export async function openPullRequest(repository: { owner: string; name: string }, token: string, pull: NewPullRequest, fetchImpl: typeof fetch = fetch): Promise<string> {
  const url = `${API_ORIGIN}/repos/${repository.owner}/${repository.name}/pulls`;
  const response = await fetchImpl(url, {
    method: 'POST',
    headers: { ...apiHeaders(token), 'content-type': 'application/json' },
    body: JSON.stringify({ ...pull, maintainer_can_modify: true }),
  });
  const answer = (await response.json().catch(() => ({}))) as { html_url?: unknown; message?: unknown };
  if (!response.ok || typeof answer.html_url !== 'string') {
    throw new GitHubProposalsError(
      `GitHub answered ${response.status} when opening the pull request on ${repository.owner}/${repository.name}${typeof answer.message === 'string' ? ` (${answer.message})` : ''} — check that GITHUB_TOKEN may open pull requests there and that the branch was pushed`,
    );
  }
  return answer.html_url;
}
