import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium.ts';
import { EACH_WIDTH_PATTERN } from './tests/support/width.ts';

// E2E_PORT lets several checkouts run their end-to-end tests side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4329);
const browser = findChromium();

/** Touch devices of the kitchen: the phone by the line and the tablet on the pass. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const TABLET = { viewport: { width: 1024, height: 1366 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/**
 * End-to-end tests run against the built site (dist/) served as plain files, in
 * whichever Chromium tests/support/chromium.ts finds. Every test runs at the tablet's
 * width; the phone runs again only what can differ by width (tagged @width).
 *
 * No wait has a budget of its own: an assertion waits until the page reaches its state,
 * and only the test's timeout, far above what an idle machine needs, ends a hang. So a
 * busy machine makes the suite slower, never red.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Half the cores, but at least two: most of a browser test is waiting on Chromium or a child process.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 0 },
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { args: CHROMIUM_ARGS, ...(browser?.executablePath && { executablePath: browser.executablePath }) },
    // Recording a trace for every test costs a tenth of the suite's time; a failure still leaves
    // its error context and screenshot. For a trace, rerun it: npx playwright test <file> --trace on
    trace: 'off',
    screenshot: 'only-on-failure',
    // The binder's service worker would precache the whole site behind every test and answer
    // requests that page.route means to stub; tests/e2e/offline.spec.ts allows it for its own tests.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'tablet', use: TABLET },
    { name: 'phone', use: PHONE, grep: EACH_WIDTH_PATTERN },
  ],
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    // Only a bound for a server that never starts: astro preview answers within seconds.
    timeout: 300_000,
  },
});
