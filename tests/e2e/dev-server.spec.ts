/**
 * `npm start` serves the binder as the build does, policy included: a reading page
 * raises no Content-Security-Policy report in the browser while Vite injects its styles,
 * and a page in another language serves even when it is the first page asked for.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { freePort } from '../support/processes.ts';
import { copyProject } from '../support/project-copy.ts';

test('a reading page served by astro dev raises no Content-Security-Policy report', async ({ page }) => {
  test.setTimeout(300_000);
  const project = await copyProject('dev-server');
  const PORT = await freePort();
  const server = spawn('npx', ['astro', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], { cwd: project, detached: true, stdio: 'ignore' });
  const reports: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) reports.push(message.text());
  });
  try {
    // The first page asked for is a Spanish one: the binder is first read inside a page in another language.
    await expect.poll(() => fetch(`http://127.0.0.1:${PORT}/es/recipes/margherita/`).then((r) => r.status, () => 0)).toBe(200);
    await page.goto(`http://127.0.0.1:${PORT}/es/recipes/pizza-dough/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masa de pizza');
    await page.goto(`http://127.0.0.1:${PORT}/recipes/margherita/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Margherita');
    // The page's own styles arrived (inline, in dev): the allergen panel has its border.
    await expect(page.locator('.allergen-panel')).toHaveCSS('border-top-style', 'solid');
    expect(reports).toEqual([]);
  } finally {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    await new Promise((resolve) => (server.exitCode === null ? server.once('exit', resolve) : resolve(undefined)));
    await rm(project, { recursive: true, force: true });
  }
});
