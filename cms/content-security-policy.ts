import type { CmsConfig } from 'decap-cms-core';

/** GitHub's API, which the `github` backend reads and commits through. */
const GITHUB_API = 'https://api.github.com';

/** Where GitHub serves avatars and raw files the editor shows. */
const GITHUB_IMAGES = ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'];

/**
 * The admin page's Content-Security-Policy, suited to Decap rather than to the
 * reading pages: Decap injects its styles at runtime (CSS-in-JS, so inline styles),
 * compiles its config schema with `new Function` (ajv, so 'unsafe-eval') and
 * instantiates WebAssembly. Scripts still come only from this origin; the only
 * other hosts are GitHub's API and images and the local proxy Decap probes on
 * localhost. `dev` adds Vite's hot-reload socket.
 */
export function adminContentSecurityPolicy(config: CmsConfig, dev = false): string {
  const localBackend = typeof config.local_backend === 'object' && config.local_backend.url ? [new URL(config.local_backend.url).origin] : [];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...GITHUB_IMAGES],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", GITHUB_API, ...localBackend, ...(dev ? ['ws:'] : [])],
    'frame-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
