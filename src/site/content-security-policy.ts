/**
 * The Content-Security-Policy of every reading page, set by BinderLayout as a
 * `<meta http-equiv>` before anything else in the head. Scripts, styles, images and
 * fetches come from the site itself only, and no inline script runs: reading pages
 * have none (the search island is a bundled file), so anything inline that got into
 * a page — say, through content — is blocked.
 *
 * Why not Astro's built-in `security.csp`: it puts its policy on every page, and the
 * proposal editor (src/pages/admin/) carries its own, looser one for Decap CMS; a page
 * with two policies must satisfy both, which would break the editor.
 */
const DIRECTIVES = [
  "default-src 'self'",
  // Pagefind runs its index as WebAssembly in a worker (which this meta policy does not reach), and
  // on the page itself when a worker cannot start: that needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  // The search form submits to the search page.
  "form-action 'self'",
];

/** The policy string for the `content` of the meta tag, on the built site. */
export const READING_PAGE_CSP = DIRECTIVES.join('; ');

/**
 * The policy for a page being rendered: the built site's, except that while `npm start`
 * runs, Vite injects each component's CSS as an inline `<style>` (the build writes
 * files), which a strict style-src would block and report in the console.
 */
export function readingPageCsp(dev: boolean): string {
  return dev ? READING_PAGE_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'") : READING_PAGE_CSP;
}
