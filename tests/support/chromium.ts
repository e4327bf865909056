/** The tests find Chromium the way `npm run binder:pdf` does: one finder, in src/print/. */
export { CHROMIUM_ARGS, findChromium, type FoundChromium } from '../../src/print/chromium.ts';
