/**
 * The whole local proposal flow, through the real Decap editor: "Propose a change" on
 * a recipe page, one quantity changed with a reason, saved as a `cms/…` branch with one
 * commit touching one line, listed by `npm run proposals`, moved to Ready, published
 * into main, rebuilt into the site. The user's own untracked and staged files are
 * never swept into a commit nor disturbed. The preview pane draws the entry with the
 * page's own markup (src/render/), in Decap's React; a translation's, as its page in
 * that language with what the translator has left to do. A page that is not the binder's own (one
 * reaching the backend through DNS rebinding, or another site) is refused.
 */
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { startLocalProxy, type LocalProxy } from '../../src/proposals/local-proxy.ts';
import { listLocalProposals } from '../../src/proposals/proposal-repo.ts';
import { npm, run, servePreview, type Preview } from '../support/processes.ts';
import { copyProject } from '../support/project-copy.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where Decap's built config looks for the local backend (cms/config.ts LOCAL_BACKEND_URL). */
const PROXY_PORT = 8081;
const ENTRY = 'content/recipes/margherita.mdx';
const BRANCH = 'cms/recipes/margherita';
const INGREDIENT = 'extra-virgin-olive-oil';
const REASON = 'Margherita: a fuller thread of olive oil';
/** A file of the user's own, committed once, then edited and staged but not committed. */
const STAGED_FILE = 'KITCHEN.md';

// Two flows below need port 8081 (where the built editor looks for its backend): one at a time.
test.describe.configure({ mode: 'default' });

/** The olive oil's quantity in the sample binder's Margherita, read from the file itself. */
async function currentQuantity(): Promise<number> {
  const text = await readFile(path.join(ROOT, ENTRY), 'utf8');
  const frontmatter = parse(text.split(/^---$/m)[1]!) as { ingredients: Array<{ ingredient?: string; quantity: number }> };
  const line = frontmatter.ingredients.find((l) => l.ingredient === INGREDIENT);
  expect(line, `${ENTRY} has a ${INGREDIENT} line`).toBeDefined();
  return line!.quantity;
}

/** A committed copy of the project in a temp dir, with node_modules linked in. */
async function projectRepo(): Promise<string> {
  const project = await copyProject('propose');
  // The node_modules symlink and build output stay out of the commits, as in a real checkout.
  await writeFile(path.join(project, '.gitignore'), 'node_modules\ndist/\n.astro/\n.build-staging/\n');
  await writeFile(path.join(project, STAGED_FILE), 'Kitchen notes\n');
  const git = gitIn(project);
  await git('init', '--quiet', '-b', 'main');
  await git('config', 'user.name', 'Head Chef');
  await git('config', 'user.email', 'chef@example.org');
  await git('add', '.');
  await git('commit', '--quiet', '-m', 'Binder');
  return project;
}

function gitIn(dir: string) {
  return async (...args: string[]) => {
    const ran = await run(dir, 'git', args);
    expect(ran.status, `git ${args.join(' ')}:\n${ran.stderr}`).toBe(0);
    return ran.stdout.trim();
  };
}

/** `npm run <script>` in the project, as a user runs it; it must succeed. */
async function npmOk(project: string, script: string, args: readonly string[] = []): Promise<string> {
  const ran = await npm(project, script, args);
  expect(ran.status, `npm run ${script}:\n${ran.output}`).toBe(0);
  return ran.stdout;
}

/** The +/- lines of a `git diff --unified=0`, without the file headers. */
function changedLines(diff: string): string[] {
  return diff.split('\n').filter((line) => /^[-+]/.test(line) && !/^(---|\+\+\+) /.test(line));
}

/** Opens a collapsed-by-default list field (its label's `for` names the list) and returns it. */
async function expandedList(page: Page, label: string) {
  const id = await page.locator('label').filter({ hasText: new RegExp(`^${label}$`) }).getAttribute('for');
  const list = page.locator(`[id="${id}"]`);
  await list.getByRole('button', { name: 'Expand' }).click();
  return list;
}

test('a change proposed in the editor becomes a one-line commit, is listed, published and built', async ({ page, baseURL }) => {
  test.setTimeout(600_000);
  const oldQuantity = await currentQuantity();
  // A fifth more at most: the sample rules then ask one maintainer's approval, no kitchen's trial.
  const newQuantity = oldQuantity + 1;
  const project = await projectRepo();
  const git = gitIn(project);
  let proxy: LocalProxy | undefined;
  try {
    // The user's own unfinished work, which must stay exactly as it is.
    await writeFile(path.join(project, 'notes.txt'), 'my private notes\n');
    await appendFile(path.join(project, STAGED_FILE), 'Order more basil on Friday\n');
    await git('add', STAGED_FILE);
    const staged = await git('diff', '--cached');
    expect(staged).toContain('+Order more basil on Friday');
    const userFilesUntouched = async () => {
      expect((await git('status', '--porcelain', '--untracked-files=all')).split('\n')).toEqual([`M  ${STAGED_FILE}`, '?? notes.txt']);
      expect(await git('diff', '--cached')).toBe(staged);
      expect(await readFile(path.join(project, 'notes.txt'), 'utf8')).toBe('my private notes\n');
      expect(await git('log', '--all', '--format=%h %s', '--', 'notes.txt'), 'notes.txt in a commit').toBe('');
      expect((await git('log', '--all', '--format=%s', '--', STAGED_FILE)).split('\n'), 'commits touching the staged file').toEqual(['Binder']);
    };

    const logs: string[] = [];
    // Fails with "port 8081 is already in use — …" while `npm start` runs.
    // The editor is served by the test server (playwright.config.ts), not astro dev: let its page call.
    const allowedOrigins = [new URL(baseURL!).origin];
    proxy = await startLocalProxy({ projectRoot: project, branch: 'main', port: PROXY_PORT, allowedOrigins, log: (line) => logs.push(line) });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });

    await test.step('propose the change in the editor', async () => {
      await page.goto('/recipes/margherita/');
      await page.getByRole('link', { name: 'Propose a change' }).click();
      await expect(page).toHaveURL(/\/admin\/#\/collections\/recipes\/entries\/margherita$/);
      // Decap found the local backend: it offers the proxy's plain "Login", not GitHub's.
      const login = page.getByRole('button', { name: 'Login', exact: true });
      await expect(login, 'the proxy login (Decap did not find the local backend)').toBeVisible();
      await login.click();

      // Collapsed, each line reads like the recipe page: amount first, then the ingredient.
      const listId = await page.locator('label').filter({ hasText: /^Ingredients$/ }).getAttribute('for');
      await expect(page.locator(`[id="${listId}"]`).getByText(`${oldQuantity} g ${INGREDIENT}`, { exact: true })).toBeVisible();
      const ingredients = await expandedList(page, 'Ingredients');
      // Expanded, the line is the nearest block holding both the chosen ingredient and a quantity.
      const oliveOil = ingredients
        .getByText('Extra-virgin olive oil', { exact: true })
        .locator('xpath=ancestor::*[.//input[@type="number"]][1]');
      const quantity = oliveOil.getByLabel(/^Quantity/);
      await expect(quantity).toHaveValue(String(oldQuantity));
      await quantity.fill(String(newQuantity));
      await page.getByLabel('Why this change? (one line)').fill(REASON);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByText('Entry saved')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Status: Draft' })).toBeVisible();
    });

    await test.step('the proposal is one commit changing one line, and nothing of the user\'s', async () => {
      expect(await git('branch', '--list', '--format=%(refname:short)')).toBe(`${BRANCH}\nmain`);
      expect(await git('log', '--format=%s', `main..${BRANCH}`)).toBe(REASON);
      expect(await git('merge-base', 'main', BRANCH)).toBe(await git('rev-parse', 'main'));
      expect(await git('diff', '--name-only', 'main', BRANCH)).toBe(ENTRY);
      expect(changedLines(await git('diff', '--unified=0', 'main', BRANCH))).toEqual([`-    quantity: ${oldQuantity}`, `+    quantity: ${newQuantity}`]);
      // The user's working tree was never written: main's file is as committed.
      expect(await readFile(path.join(project, ENTRY), 'utf8')).toBe(await readFile(path.join(ROOT, ENTRY), 'utf8'));
      await userFilesUntouched();
    });

    await test.step('npm run proposals lists it with its reason, change and status', async () => {
      // As a user runs it: the project's own npm script, in the project.
      const stdout = await npmOk(project, 'proposals');
      expect(stdout).toContain(`${BRANCH} — ${REASON} [draft]`);
      expect(stdout).toContain(`  Margherita — Extra-virgin olive oil: ${oldQuantity} g → ${newQuantity} g\n`);
      expect(stdout).toContain('✓ passes every check');
      // Then the whole kitchen diff, with the effect on one batch.
      expect(stdout).toMatch(new RegExp(`Extra-virgin olive oil: ${oldQuantity} g → ${newQuantity} g  \\(\\+1 g, \\+[\\d.]+%`));
      // And what it still needs under the rules in force.
      expect(stdout).toContain("… Peer review: waiting\n    • needs 1 more maintainer's approval for: Margherita — Extra-virgin olive oil");
    });

    await test.step('move it to Ready and publish', async () => {
      await page.getByRole('button', { name: 'Status: Draft' }).click();
      await page.getByRole('menuitem', { name: 'Ready' }).click();
      await expect(page.getByRole('button', { name: 'Status: Ready' })).toBeVisible();
      expect(await listLocalProposals(project)).toEqual([{ branch: BRANCH, collection: 'recipes', slug: 'margherita', status: 'pending_publish' }]);

      // Publishing is accepting: refused, with what is missing, until a maintainer approves.
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Publish now' }).click();
      await expect(page.getByText(/Failed to publish: .*needs 1 more maintainer's approval for: Margherita — Extra-virgin olive oil/)).toBeVisible();
      expect(await git('rev-parse', 'main')).toBe(await git('rev-parse', `${BRANCH}~1`));

      await npmOk(project, 'review', [BRANCH, '--approve', '--as', 'corner-forno-ana']);
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Publish now' }).click();
      await expect(page.getByText('Entry published')).toBeVisible();
      expect(dialogs).toHaveLength(2);
      expect(dialogs[1]).toMatch(/publish/i);
    });

    await test.step('main has the new quantity, the branch is gone, the user\'s files are as they were', async () => {
      expect(logs).toContain('proposals: published into main');
      expect(logs.filter((line) => line !== 'proposals: published into main' && !line.startsWith('proposals: not published: ')), 'proxy warnings').toEqual([]);
      expect(await git('log', '--format=%s', '-3', 'main')).toBe(`Accept ${BRANCH}: ${REASON}\n${REASON}\nBinder`);
      expect((await git('log', '-1', '--format=%(trailers:only,unfold)', 'main')).split('\n')).toEqual(['Reviewed-by: corner-forno-ana (Corner Forno)', 'Peer-review: satisfied']);
      expect(await git('branch', '--list', '--format=%(refname:short)')).toBe('main');
      expect(changedLines(await git('diff', '--unified=0', 'main~1', 'main'))).toEqual([`-    quantity: ${oldQuantity}`, `+    quantity: ${newQuantity}`]);
      // main is checked out, so the working tree has it too (the status check below shows nothing else changed).
      expect(await readFile(path.join(project, ENTRY), 'utf8')).toContain(`ingredient: ${INGREDIENT}\n    quantity: ${newQuantity}\n`);
      await userFilesUntouched();
    });

    await test.step('the rebuilt site shows the new quantity', async () => {
      expect(await npmOk(project, 'build')).toMatch(/✓ built \d+ pages/);
      const html = await readFile(path.join(project, 'dist', 'recipes', 'margherita', 'index.html'), 'utf8');
      const row = /<tr id="ingredient-\d+"[^>]*><td class="qty"[^>]*>([^<]*)<\/td><td><a href="\/ingredients\/extra-virgin-olive-oil\/">/.exec(html);
      expect(row?.[1]).toBe(`${newQuantity} g`);
      // The page's change history shows this change first, by its reason and its author.
      const history = /<section[^>]*aria-labelledby="change-history"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1];
      expect(history, 'the change history section').toBeDefined();
      const newest = /<li[^>]*>([\s\S]*?)<\/li>/.exec(history!)?.[1];
      expect(newest).toContain(REASON);
      expect(newest).toContain('Head Chef');
      // corner-forno-ana is a maintainer who also speaks for the Corner Forno kitchen: the record names the kitchen.
      expect(newest).toMatch(/· accepted <time datetime="[^"]+"[^>]*>[^<]+<\/time>: reviewed by Corner Forno/);
    });
  } finally {
    await proxy?.close();
    await rm(project, { recursive: true, force: true });
  }
});

/**
 * Opens the built editor at `route` (after `#/`), logged in to the local backend of a
 * committed project copy, and runs `check` with the preview pane; nothing on the page
 * may throw meanwhile.
 */
async function inEditor(page: Page, baseURL: string | undefined, route: string, check: (preview: FrameLocator) => Promise<void>): Promise<void> {
  const project = await projectRepo();
  let proxy: LocalProxy | undefined;
  try {
    proxy = await startLocalProxy({ projectRoot: project, branch: 'main', port: PROXY_PORT, allowedOrigins: [new URL(baseURL!).origin], log: () => {} });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/admin/#/${route}`);
    await page.getByRole('button', { name: 'Login', exact: true }).click();
    // Decap draws the preview pane in an iframe, with the site's stylesheet.
    await check(page.frameLocator('iframe'));
    expect(errors).toEqual([]);
  } finally {
    await proxy?.close();
    await rm(project, { recursive: true, force: true });
  }
}

test('the editor previews a recipe with the page\'s own markup, in Decap\'s React, and redraws it as the draft changes', async ({ page, baseURL }) => {
  await inEditor(page, baseURL, 'collections/recipes/entries/tiramisu', async (preview) => {
    await expect(preview.locator('article > p.eyebrow')).toHaveText('Recipes · dessert · Dessert');
    await expect(preview.locator('.allergen-panel .allergen-badge').first()).toHaveText('Contains Gluten');
    // The sub-recipe line links to the espresso at the amount the tiramisu needs, as on the page.
    await expect(preview.locator('a[data-sub-line]').first()).toHaveAttribute('href', /^\/recipes\/espresso-shot\/\?portions=10$/);
    await expect(preview.locator('.critical-limit .critical-limit__limit')).toContainText('Critical limit');

    await page.getByLabel('Title', { exact: true }).fill('Tiramisù della casa');
    await expect(preview.locator('article > h1')).toHaveText('Tiramisù della casa');
  });
});

test('the editor previews a translation as its page in that language, and tells the translator what the page will not show in their words', async ({ page, baseURL }) => {
  await inEditor(page, baseURL, 'collections/recipes-es/entries/margherita', async (preview) => {
    // The Spanish page: its words, the original's numbers and allergens, Spanish links; the translation is complete and current.
    await expect(preview.locator('.translation-status')).toContainText('Spanish: every part translated and current');
    await expect(preview.locator('[lang="es"] article > h1')).toHaveText('Margherita');
    await expect(preview.locator('article > p.lede')).toContainText('La pizza de referencia');
    await expect(preview.locator('.allergen-panel h2')).toHaveText('Alérgenos');
    await expect(preview.locator('a[data-sub-line]').first()).toHaveAttribute('href', /^\/es\/recipes\/pizza-dough\/\?portions=1$/);

    // A number the original does not have: the page would show the original's words there, and the preview says why.
    await page.getByLabel('Title (optional)', { exact: true }).fill('Margherita 2');
    await expect(preview.locator('.translation-status li[data-prose-state="withheld"]')).toContainText("title: its numbers (2) are not the original's");
    await expect(preview.locator('[lang="es"] article > h1')).toHaveText('Margherita');
    await page.getByLabel('Title (optional)', { exact: true }).fill('Pizza Margarita');
    await expect(preview.locator('[lang="es"] article > h1')).toHaveText('Pizza Margarita');
    await expect(preview.locator('.translation-status')).toContainText('Spanish: every part translated and current');
  });
});

/** A Decap action POSTed with the Host and Origin a caller chooses (fetch would set its own Host). */
function post(url: string, caller: { host: string; origin: string }, payload: unknown): Promise<{ status: number; allowOrigin: unknown; body: any }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/v1', headers: { 'content-type': 'application/json', ...caller } }, (incoming) => {
      let text = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (text += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, allowOrigin: incoming.headers['access-control-allow-origin'], body: JSON.parse(text) }));
    });
    outgoing.on('error', reject);
    outgoing.end(JSON.stringify(payload));
  });
}

test('a page reaching the backend through DNS rebinding, or from another site, cannot save a proposal', async ({ baseURL }) => {
  const project = await projectRepo();
  const git = gitIn(project);
  const binderPage = new URL(baseURL!).origin;
  let proxy: LocalProxy | undefined;
  try {
    const logs: string[] = [];
    // Any free port: the flow above holds 8081, maybe at the same time.
    proxy = await startLocalProxy({ projectRoot: project, branch: 'main', port: 0, allowedOrigins: [binderPage], log: (line) => logs.push(line) });
    const port = new URL(proxy.url).port;
    const original = await readFile(path.join(project, ENTRY), 'utf8');
    const save = {
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ path: ENTRY, slug: 'margherita', raw: original.replace(/quantity: (\d+)/, 'quantity: 1$1') }],
        assets: [],
        options: { collectionName: 'recipes', commitMessage: 'Rebound', useWorkflow: true, status: 'draft' },
      },
    };

    const rebound = await post(proxy.url, { host: `attacker.example:${port}`, origin: `http://attacker.example:${port}` }, save);
    expect(rebound.status).toBe(403);
    expect(rebound.body.error).toBe(
      `refused a request for host \`attacker.example:${port}\`: the local editor backend answers only http://localhost:${port} and http://127.0.0.1:${port} (a web page may be trying to reach it through DNS rebinding)`,
    );
    expect(rebound.allowOrigin).toBeUndefined();

    const otherSite = await post(proxy.url, { host: `127.0.0.1:${port}`, origin: 'http://attacker.example' }, save);
    expect(otherSite.status).toBe(403);
    expect(otherSite.body.error).toBe(`refused a request from \`http://attacker.example\`: the local editor backend takes requests only from the binder's own pages (${binderPage})`);
    expect(otherSite.allowOrigin).toBeUndefined();

    expect(logs).toEqual([`proposals: ${rebound.body.error}`, `proposals: ${otherSite.body.error}`]);
    expect(await git('branch', '--list', '--format=%(refname:short)')).toBe('main');
    expect(await git('log', '--format=%s', 'main')).toBe('Binder');
    // The binder's own page is still answered, by the same backend.
    const own = await post(proxy.url, { host: `localhost:${port}`, origin: binderPage }, { action: 'info' });
    expect(own.status).toBe(200);
    expect(own.allowOrigin).toBe(binderPage);
  } finally {
    await proxy?.close();
    await rm(project, { recursive: true, force: true });
  }
});

test('in a fork, "Propose a change" on an upstream entry saves a copy into the restaurant\'s layer, never into content/', async ({ page }) => {
  test.setTimeout(600_000);
  const oldQuantity = await currentQuantity();
  const newQuantity = oldQuantity + 2;
  const project = await projectRepo();
  const git = gitIn(project);
  const layerEntry = 'layers/brooklyn/recipes/margherita.mdx';
  let proxy: LocalProxy | undefined;
  let preview: Preview | undefined;
  try {
    // The restaurant's layer, as `npm run fork` writes it (that command is tested in fork.spec.ts).
    await mkdir(path.join(project, 'layers', 'brooklyn'), { recursive: true });
    await writeFile(
      path.join(project, 'layers', 'brooklyn', 'layer.yaml'),
      'extends: content\nsite:\n  name: Brooklyn Slice\n  repository: https://github.com/brooklyn-slice/binder\n  upstream: https://github.com/open-franchise/open-franchise\n',
    );
    await git('add', 'layers');
    await git('commit', '--quiet', '-m', "Brooklyn's layer");
    expect(await npmOk(project, 'build')).toMatch(/✓ built \d+ pages/);
    preview = await servePreview(project);
    proxy = await startLocalProxy({ projectRoot: project, branch: 'main', port: PROXY_PORT, allowedOrigins: [preview.url] });

    await test.step('edit the upstream Margherita in the fork\'s editor', async () => {
      await page.goto(`${preview!.url}/recipes/margherita/`);
      await page.getByRole('link', { name: 'Propose a change' }).click();
      await expect(page).toHaveURL(/\/admin\/#\/collections\/recipes\/entries\/margherita$/);
      const login = page.getByRole('button', { name: 'Login', exact: true });
      await expect(login).toBeVisible();
      await login.click();
      const ingredients = await expandedList(page, 'Ingredients');
      const oliveOil = ingredients.getByText('Extra-virgin olive oil', { exact: true }).locator('xpath=ancestor::*[.//input[@type="number"]][1]');
      const quantity = oliveOil.getByLabel(/^Quantity/);
      // The editor opened upstream's entry, read through the layer.
      await expect(quantity).toHaveValue(String(oldQuantity));
      await quantity.fill(String(newQuantity));
      await page.getByLabel('Why this change? (one line)').fill('Brooklyn: more oil');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByText('Entry saved')).toBeVisible();
    });

    await test.step('the proposal adds the copy to the layer, one line away from upstream\'s, and leaves content/ alone', async () => {
      expect(await git('diff', '--name-only', 'main', BRANCH)).toBe(layerEntry);
      expect(await git('log', '--format=%s', `main..${BRANCH}`)).toBe('Brooklyn: more oil');
      const copy = await git('show', `${BRANCH}:${layerEntry}`);
      const upstream = await git('show', `main:${ENTRY}`);
      const copyLines = copy.split('\n');
      const upstreamLines = upstream.split('\n');
      expect(copyLines).toHaveLength(upstreamLines.length);
      const differing = upstreamLines.flatMap((line, i) => (line === copyLines[i] ? [] : [[line, copyLines[i]]]));
      expect(differing).toEqual([[`    quantity: ${oldQuantity}`, `    quantity: ${newQuantity}`]]);
    });

    await test.step('its kitchen diff reads as the change to the dish', async () => {
      const stdout = await npmOk(project, 'proposals', ['--summary']);
      expect(stdout).toContain(`${BRANCH} — Brooklyn: more oil [draft]`);
      expect(stdout).toContain(`  Margherita — Extra-virgin olive oil: ${oldQuantity} g → ${newQuantity} g\n`);
      expect(stdout).toContain('✓ passes every check');
    });
  } finally {
    await proxy?.close();
    await preview?.stop();
    await rm(project, { recursive: true, force: true });
  }
});

test('"We cooked this" in the real editor saves one trial file, pinned to the revision the page showed, as a proposal of its own', async ({ page, baseURL }) => {
  test.setTimeout(600_000);
  const project = await projectRepo();
  const git = gitIn(project);
  // A cook of Harbour Lane, known to GitHub (and so to the register) by the no-reply address GitHub gives every user.
  await git('config', 'user.email', 'harbour-lane-kitchen@users.noreply.github.com');
  let proxy: LocalProxy | undefined;
  try {
    proxy = await startLocalProxy({ projectRoot: project, branch: 'main', port: PROXY_PORT, allowedOrigins: [new URL(baseURL!).origin] });
    const today = new Date().toISOString().slice(0, 10);

    await test.step('open a new trial from the entry page', async () => {
      await page.goto('/recipes/margherita/');
      const revision = (await page.locator('section', { has: page.getByRole('heading', { name: 'Cooked in kitchens' }) }).locator('> p').first().textContent())?.match(/revision ([0-9a-f]{12})/)?.[1];
      expect(revision, 'the page names the revision it shows').toMatch(/^[0-9a-f]{12}$/);
      await page.getByRole('link', { name: 'We cooked this' }).click();
      await expect(page).toHaveURL(new RegExp(`/admin/#/collections/trials/new\\?entry=recipes%2Fmargherita&revision=${revision}$`));
      await page.getByRole('button', { name: 'Login', exact: true }).click();
      await expect(page.getByLabel(/^Entry/)).toHaveValue('recipes/margherita');
      await expect(page.getByLabel(/^Revision/)).toHaveValue(revision!);
    });

    await test.step('say who cooked it, how much and how it went, and save', async () => {
      await page.getByLabel('Why this change? (one line)').fill('Harbour Lane cooked the margherita');
      // The kitchen comes from the register (a relation to content/kitchens/).
      const kitchenId = await page.locator('label').filter({ hasText: /^Kitchen/ }).getAttribute('for');
      await page.locator(`[id="${kitchenId}"]`).click();
      await page.getByRole('option', { name: 'Harbour Lane' }).click();
      await page.getByLabel(/^Batches/).fill('2');
      const outcomeId = await page.locator('label').filter({ hasText: /^Outcome/ }).getAttribute('for');
      await page.locator(`[id="${outcomeId}"]`).click();
      await page.getByRole('option', { name: 'adopt', exact: true }).click();
      await page.getByLabel(/^Notes/).fill('Two trays for Friday lunch; the base held up to the end of service.');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByText('Entry saved')).toBeVisible();
    });

    await test.step('the proposal adds one file, which the binder accepts and the rules judge', async () => {
      const file = `content/trials/${today}-harbour-lane-recipes-margherita.yaml`;
      const branch = `cms/trials/${today}-harbour-lane-recipes-margherita`;
      expect(await git('branch', '--list', '--format=%(refname:short)', 'cms/*')).toBe(branch);
      expect(await git('diff', '--name-status', 'main', branch)).toBe(`A\t${file}`);
      const written = parse(await git('show', `${branch}:${file}`)) as Record<string, unknown>;
      expect(written).toMatchObject({ entry: 'recipes/margherita', kitchen: 'harbour-lane', date: today, batches: 2, outcome: 'adopt' });
      const stdout = await npmOk(project, 'proposals');
      expect(stdout).toContain(`${branch} — Harbour Lane cooked the margherita [draft]`);
      expect(stdout).toContain('✓ passes every check');
      // Its author speaks for Harbour Lane, so the trial is theirs to report: no block.
      expect(stdout).not.toContain('does not speak for that kitchen');
    });
  } finally {
    await proxy?.close();
    await rm(project, { recursive: true, force: true });
  }
});
