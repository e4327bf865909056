/**
 * Reading pages carry a Content-Security-Policy that lets no unhashed inline script
 * run, and search (Pagefind, WebAssembly) still works under it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const READING_PAGES = ['/', '/recipes/margherita/', '/procedures/handwashing/', '/ingredients/flour-00/', '/allergens/', '/search/'];

/** Script types a browser never runs, so no policy needs to allow them. */
const DATA_BLOCK_TYPES = new Set(['application/ld+json', 'application/json']);

/** The page's policy, from the `<meta http-equiv>` that must come before any script or stylesheet. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
  const head = await page.evaluate(() =>
    [...document.head.children].map((el) => ({ tag: el.tagName.toLowerCase(), httpEquiv: el.getAttribute('http-equiv'), content: el.getAttribute('content') })),
  );
  const index = head.findIndex((el) => el.httpEquiv?.toLowerCase() === 'content-security-policy');
  expect(index, 'a content-security-policy meta tag').toBeGreaterThanOrEqual(0);
  expect(head.slice(0, index).filter((el) => el.tag === 'script' || el.tag === 'link' || el.tag === 'style')).toEqual([]);
  expect(head.filter((el) => el.httpEquiv?.toLowerCase() === 'content-security-policy')).toHaveLength(1);
  const directives = (head[index]!.content ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]);
  return new Map(directives.map(([name, ...sources]) => [name!, sources]));
}

for (const path of READING_PAGES) {
  test(`${path} carries the policy and has no inline script without a hash`, async ({ page }) => {
    await page.goto(path);
    const policy = await policyOf(page);
    const scriptSrc = policy.get('script-src') ?? policy.get('default-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('style-src')).not.toContain("'unsafe-inline'");

    const inline = await page.locator('script:not([src])').evaluateAll((scripts) =>
      scripts.map((s) => ({ type: (s.getAttribute('type') ?? '').trim().toLowerCase(), text: s.textContent ?? '' })),
    );
    for (const script of inline) {
      if (DATA_BLOCK_TYPES.has(script.type)) {
        // A data block never runs, but must not be able to end its element early either.
        expect(script.text).not.toContain('<');
        continue;
      }
      const hash = `'sha256-${createHash('sha256').update(script.text).digest('base64')}'`;
      expect(scriptSrc, `inline script on ${path}: ${script.text.slice(0, 80)}`).toContain(hash);
    }
  });
}

test('every built page carries a policy, and no inline script on any of them runs without its hash', async () => {
  const dist = path.resolve(import.meta.dirname, '../../dist');
  const pages = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(100);
  const faults: string[] = [];
  for (const file of pages) {
    const html = await readFile(path.join(dist, file), 'utf8');
    const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
    if (metas.length !== 1) {
      faults.push(`${file}: ${metas.length} policies`);
      continue;
    }
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(metas[0]![1]!)?.[1]?.split(/\s+/) ?? [];
    if (!scriptSrc.includes("'self'") || scriptSrc.includes("'unsafe-inline'")) faults.push(`${file}: script-src ${scriptSrc.join(' ')}`);
    // The editor needs eval (Decap compiles its widgets); no reading page does.
    if (!file.startsWith('admin') && scriptSrc.includes("'unsafe-eval'")) faults.push(`${file}: allows eval`);
    for (const [, attributes, text] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (/\bsrc=/.test(attributes!)) continue;
      const type = /\btype="([^"]*)"/.exec(attributes!)?.[1]?.toLowerCase() ?? '';
      if (DATA_BLOCK_TYPES.has(type)) continue;
      const hash = `'sha256-${createHash('sha256').update(text!).digest('base64')}'`;
      if (!scriptSrc.includes(hash)) faults.push(`${file}: inline script without its hash: ${text!.slice(0, 60)}`);
    }
    if (/\son[a-z]+\s*=/i.test(html.replace(/<script\b[\s\S]*?<\/script>/gi, ''))) faults.push(`${file}: an event-handler attribute`);
  }
  expect(faults).toEqual([]);
});

test('the recipe page’s structured data is escaped and still parses', async ({ page }) => {
  await page.goto('/recipes/margherita/');
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  expect(JSON.parse(json ?? '')).toMatchObject({ '@type': 'Recipe', name: 'Margherita' });
});

test('search works under the policy, with no violation reported', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(message.text());
  });

  await page.goto('/search/?q=gorgonzola');
  const results = page.locator('[data-results] > li');
  await expect(results.filter({ hasText: 'Quattro formaggi' })).toBeVisible();
  await page.locator('fieldset', { hasText: 'Section' }).getByLabel('Recipes').check();
  await expect(results.first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('search works under the policy when Pagefind runs its WebAssembly on the page (no worker)', async ({ page }) => {
  // The worker's own policy comes from its HTTP response, not from this page's meta tag:
  // without a worker, Pagefind instantiates WebAssembly under the page's policy.
  await page.route('**/pagefind-worker.js', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/search/?q=gorgonzola');
  await expect(page.locator('[data-results] > li').filter({ hasText: 'Quattro formaggi' })).toBeVisible();
});

test('an inline script injected into a reading page is blocked', async ({ page }) => {
  await page.goto('/recipes/margherita/');
  const { ran, refusedBy } = await page.evaluate(async () => {
    // The browser says when it refuses a script: wait for that, not for a while.
    const refused = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true }));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    // An inline script that is allowed runs as it is inserted, before append() returns.
    document.body.append(script);
    const ran = (window as unknown as { __injected?: boolean }).__injected === true;
    return { ran, refusedBy: ran ? null : await refused };
  });
  expect(ran).toBe(false);
  expect(refusedBy).toBe('script-src-elem');
});
