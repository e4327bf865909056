import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium.ts';

// E2E_PORT lets several checkouts run their end-to-end tests side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4329);
const browser = findChromium();

/**
 * End-to-end tests run against the built site (dist/) served as plain files, at a
 * phone and a tablet width, in whichever Chromium tests/support/chromium.ts finds.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env['CI'] && { workers: 2 }),
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { args: CHROMIUM_ARGS, ...(browser?.executablePath && { executablePath: browser.executablePath }) },
    trace: 'retain-on-failure',
    // The binder's service worker would precache the whole site behind every test and answer
    // requests that page.route means to stub; tests/e2e/offline.spec.ts allows it for its own tests.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
    { name: 'tablet', use: { viewport: { width: 1024, height: 1366 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
  ],
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
