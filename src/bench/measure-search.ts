/**
 * Search on a built site, as a cook's browser runs it: Chromium loads /search/, the
 * page's <binder-search> loads Pagefind, then a query goes through Pagefind's own API
 * (the one the island calls) and is timed from setting the query to the first result's
 * data in hand. Cold: the first query of the page (it fetches index chunks); warm: the
 * same query again (everything loaded); other: a second word after it (what a cook's
 * next query costs, fetching the chunks it needs). Bytes: what each query fetched.
 * Each figure is the median of several fresh page loads (warm: of several repeats in
 * each), since one query on a shared machine can take twice as long as the next.
 */
import { SEARCHED_INGREDIENTS } from './generate/words.ts';
import { chromium, type Page, type Request } from '@playwright/test';
import { chromiumExecutablePath, findChromium } from '../browser/chromium.ts';
import { serveStaticSite } from '../browser/static-server.ts';
import { median } from '../domain/median.ts';

export interface SearchMeasurement {
  readonly query: string;
  /** Results of the query (at least 1, or the timing means nothing). */
  readonly results: number;
  readonly coldMs: number;
  readonly warmMs: number;
  /** Response bodies fetched during the cold query, as sent (compressed). */
  readonly coldBytes: number;
  readonly coldRequests: number;
  readonly otherQuery: string;
  readonly otherResults: number;
  readonly otherMs: number;
  readonly otherBytes: number;
}

export class SearchFailedError extends Error {
  override name = 'SearchFailedError';
}

/** Fresh page loads searched, and warm repeats in each: the figures are their medians. */
export const SEARCH_ROUNDS = 3;
export const WARM_REPEATS = 3;

interface Timed {
  readonly ms: number;
  readonly results: number;
  readonly bytes: number;
  readonly requests: number;
}

/** Re-exported for the bench's tests and callers, which knew it from here. */
export { median };

/** A word every binder has, the sample one and the generated ones (an ingredient of both). */
export const [SEARCH_QUERY, OTHER_QUERY] = SEARCHED_INGREDIENTS as [string, string];

export async function measureSearch(dist: string, basePath: string, query = SEARCH_QUERY, otherQuery = OTHER_QUERY): Promise<SearchMeasurement> {
  const found = findChromium();
  if (!found) throw new SearchFailedError('No Chromium found to time search: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH.');
  const server = await serveStaticSite(dist, { basePath, gzip: true });
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath(found) });
  try {
    const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
    const timeQuery = async (page: Page, term: string) => {
      const fetched: Request[] = [];
      const onRequest = (request: Request) => fetched.push(request);
      page.on('requestfinished', onRequest);
      const timed = await page.evaluate(
        async ({ bundle, term }) => {
          // The module the island imported: the same instance, already initialised.
          type Pagefind = { search(term: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
          const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
          const started = performance.now();
          const response = await pagefind.search(term);
          await response.results[0]?.data();
          return { ms: performance.now() - started, results: response.results.length };
        },
        { bundle: `${base}pagefind/`, term },
      );
      page.off('requestfinished', onRequest);
      const sizes = await Promise.all(fetched.map((request) => request.sizes()));
      return { ...timed, bytes: sizes.reduce((sum, size) => sum + size.responseBodySize, 0), requests: fetched.length };
    };
    const rounds: Array<{ cold: Timed; warm: Timed[]; other: Timed }> = [];
    for (let round = 0; round < SEARCH_ROUNDS; round++) {
      // A fresh context each round (its own empty HTTP cache): its first query is cold again.
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${server.origin}${base}search/`);
      // A bound for a search that never starts, far above the second it takes on a busy machine.
      await page.locator('binder-search[data-ready]').waitFor({ timeout: 120_000 });
      const cold = await timeQuery(page, query);
      const warm: Timed[] = [];
      for (let repeat = 0; repeat < WARM_REPEATS; repeat++) warm.push(await timeQuery(page, query));
      const other = await timeQuery(page, otherQuery);
      await context.close();
      rounds.push({ cold, warm, other });
      for (const [term, found] of [[query, cold.results], [otherQuery, other.results]] as const) {
        if (found === 0) throw new SearchFailedError(`Search for "${term}" found nothing on the built site: the timings would measure an empty search — check that the binder mentions it.`);
      }
    }
    const [first] = rounds;
    return {
      query,
      results: first!.cold.results,
      coldMs: median(rounds.map((round) => round.cold.ms)),
      warmMs: median(rounds.flatMap((round) => round.warm.map((warm) => warm.ms))),
      coldBytes: first!.cold.bytes,
      coldRequests: first!.cold.requests,
      otherQuery,
      otherResults: first!.other.results,
      otherMs: median(rounds.map((round) => round.other.ms)),
      otherBytes: first!.other.bytes,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
