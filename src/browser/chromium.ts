/**
 * Finds a Chromium for the browser tests, `npm run bench` and `npm run binder:pdf`, in this
 * order: $CHROMIUM_PATH, Playwright's own download, the system's (chromium, chromium-browser,
 * google-chrome). Shared by playwright.config.ts, tests/support/ensure-chromium.ts, src/bench
 * and src/print, so all agree on the same browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface FoundChromium {
  /** Executable to launch; undefined means Playwright's own browser. */
  readonly executablePath: string | undefined;
  readonly source: string;
}

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findChromium(): FoundChromium | undefined {
  const explicit = process.env['CHROMIUM_PATH'];
  if (explicit) return existsSync(explicit) ? { executablePath: explicit, source: '$CHROMIUM_PATH' } : undefined;
  try {
    if (existsSync(chromium.executablePath())) return { executablePath: undefined, source: "Playwright's Chromium" };
  } catch {
    // Playwright has no browser of its own installed.
  }
  for (const name of SYSTEM_BROWSERS) {
    const path = which(name);
    if (path) return { executablePath: path, source: path };
  }
  return undefined;
}

function which(command: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Flags for a headless Chromium on a locked-down machine: no sandbox (root in CI
 * containers), no GPU, and none of the background calls home that a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The executable itself, for tools that launch Chromium on their own (Lighthouse
 * through chrome-launcher): Playwright's download when that is the browser found.
 */
export function chromiumExecutablePath(found: FoundChromium): string {
  return found.executablePath ?? chromium.executablePath();
}
