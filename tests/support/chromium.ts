/** The browser finder lives in src/browser/chromium.ts, shared with `npm run bench` and `npm run binder:pdf`; tests import it from here as before. */
export { CHROMIUM_ARGS, findChromium, type FoundChromium } from '../../src/browser/chromium.ts';
