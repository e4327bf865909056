/**
 * A web address fetched for `npm run import` (a recipe page, a photo): redirects
 * followed, a time limit, and never more than `limit` bytes read — a body that says
 * or turns out to be bigger is dropped at that point, not after. Its outcome says why
 * it failed, for each caller to word for its user.
 */

export type Fetched =
  | { readonly kind: 'read'; readonly bytes: Buffer; readonly contentType: string }
  | { readonly kind: 'unreachable'; readonly reason: string }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'too-big' };

/** How long an address may take to answer in full. */
const FETCH_TIMEOUT_MS = 30_000;

export async function fetchLimited(url: string, limit: number, fetchPage: typeof fetch, accept = '*/*'): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetchPage(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { Accept: accept } });
  } catch (error) {
    return { kind: 'unreachable', reason: (error as Error).message };
  }
  if (!response.ok) return { kind: 'status', status: response.status };
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return { kind: 'too-big' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of (response.body ?? []) as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) return { kind: 'too-big' };
    chunks.push(chunk);
  }
  return { kind: 'read', bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type') ?? '' };
}

/** A size as the import's messages give it: "5.0 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
