/**
 * Loading Decap CMS in the browser: its UMD bundle (served same-origin from
 * /admin/decap-cms.js) defines `window.CMS`. The previews make their elements with
 * React's own `jsx` runtime (cms/preview/to-react.ts), which Decap's React 19 renders.
 */
import type { CMS } from 'decap-cms-core';

declare global {
  interface Window {
    CMS?: CMS;
    /** Tells the bundle not to start itself: the page starts it with the generated config. */
    CMS_MANUAL_INIT?: boolean;
  }
}

/** The Decap bundle did not load: the editor cannot start. */
export class DecapLoadError extends Error {
  override name = 'DecapLoadError';
  constructor(src: string) {
    super(`could not load the editor from ${src} — reload the page; if it persists, run \`npm run build\` again (the build copies Decap into dist/admin/)`);
  }
}

/**
 * Adds the Decap bundle's script tag and resolves with `window.CMS` once it ran.
 * The bundle finds its lazily loaded chunks next to itself (from the script's src).
 */
export function loadDecap(src: string): Promise<CMS> {
  window.CMS_MANUAL_INIT = true;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => (window.CMS ? resolve(window.CMS) : reject(new DecapLoadError(src))));
    script.addEventListener('error', () => reject(new DecapLoadError(src)));
    document.head.append(script);
  });
}
