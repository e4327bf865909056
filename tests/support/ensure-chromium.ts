/**
 * Makes sure the browser tests have a Chromium before they start. When none is found
 * and this runs as root on a Debian/Ubuntu machine, it installs the distribution's
 * `chromium` package; otherwise it stops with one line saying how to get one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.ts';

// A CHROMIUM_PATH that names no file is a typo to fix, not a reason to install another browser.
const explicit = process.env['CHROMIUM_PATH'];
if (explicit && !existsSync(explicit)) {
  console.error(`CHROMIUM_PATH is ${explicit}, which does not exist — point it at a Chromium executable, or unset it to let the tests find one.`);
  process.exit(1);
}

const found = findChromium() ?? installWithApt();
if (!found) {
  console.error(
    'No Chromium found for the browser tests — install one (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
console.log(`browser tests will use ${found.source}`);

function installWithApt() {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return undefined;
  console.log("No Chromium found: installing the distribution's chromium package with apt-get…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return undefined;
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  return install.status === 0 ? findChromium() : undefined;
}
