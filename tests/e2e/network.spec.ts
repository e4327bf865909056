/**
 * What upstream learns from its forks, end to end: two restaurants fork the binder
 * and lower the salt in the dough, `npm run network` reads them (and refuses a hostile
 * third), and the site built with its report says so on the dough's page and at /network/.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { npm, run, servePreview, type Preview } from '../support/processes.ts';
import { copyProject } from '../support/project-copy.ts';

test('forks that agree show on the entry page and at /network/, built from npm run network\'s report', async ({ page }) => {
  test.setTimeout(600_000);
  const upstream = await copyProject('network');
  const forks = path.join(upstream, '..', `${path.basename(upstream)}-forks`);
  let preview: Preview | undefined;
  const git = async (cwd: string, ...args: string[]) => {
    const ran = await run(cwd, 'git', ['-c', 'user.name=Cook', '-c', 'user.email=cook@example.org', ...args]);
    expect(ran.status, `git ${args.join(' ')}:\n${ran.stderr}`).toBe(0);
    return ran.stdout.trim();
  };
  try {
    await writeFile(path.join(upstream, '.gitignore'), 'node_modules\ndist/\n.astro/\n.build-staging/\nnetwork-report.json\n');
    await git(upstream, 'init', '--quiet', '-b', 'main');
    await git(upstream, 'add', '.');
    await git(upstream, 'commit', '--quiet', '-m', 'Binder');
    const fork = async (name: string, title: string, salt: number | string) => {
      const dir = path.join(forks, name);
      await git(forks, 'clone', '--quiet', upstream, dir);
      await mkdir(path.join(dir, 'layers', name, 'patches', 'recipes'), { recursive: true });
      await writeFile(path.join(dir, 'layers', name, 'layer.yaml'), `extends: content\nsite:\n  name: ${title}\n  url: https://${name}.example.org\n`);
      await writeFile(path.join(dir, 'layers', name, 'patches', 'recipes', 'pizza-dough.yaml'), `reason: Our water\ningredients:\n  - ingredient: fine-sea-salt\n    quantity: ${salt}\n`);
      await git(dir, 'add', '.');
      await git(dir, 'commit', '--quiet', '-m', `${title}'s layer`);
      return dir;
    };
    await mkdir(forks, { recursive: true });
    const named = [await fork('brooklyn', 'Brooklyn Slice', 38), await fork('harbour', 'Harbour Lane', 40), await fork('evil', 'Evil', '!!js/function "x"')];

    const ran = await npm(upstream, 'network', [...named, '--json', 'network-report.json']);
    expect(ran.status, ran.output).toBe(0);
    expect(ran.stderr).toMatch(/evil: refused — 1 problem in its layer, first: layers\/evil\/patches\/recipes\/pizza-dough\.yaml:4: .*\(rule: yaml-tag\)/);
    expect(ran.stderr).toContain("3 binders in");
    expect(ran.stdout).toMatch(/2 of 2 restaurants lowered Fine sea salt in Pizza dough \(median −\d+(\.\d)? %\): Brooklyn Slice, Harbour Lane/);

    const built = await npm(upstream, 'build');
    expect(built.status, built.output).toBe(0);
    preview = await servePreview(upstream);

    await page.goto(`${preview.url}/recipes/pizza-dough/`);
    const variants = page.locator('details', { hasText: 'Local variants in 2 restaurants' });
    await variants.locator('summary').click();
    await expect(variants.getByRole('link', { name: 'Brooklyn Slice' })).toHaveAttribute('href', 'https://brooklyn.example.org/recipes/pizza-dough/');
    await expect(variants).toContainText(/Fine sea salt: \d+ g → 38 g/);
    await variants.getByRole('link', { name: 'Where restaurants agree' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forks of this binder');
    await expect(page.locator('.network-agreements li')).toHaveText([/^2 of 2 restaurants lowered Fine sea salt in Pizza dough \(median −[\d.]+ %\): Brooklyn Slice, Harbour Lane$/]);
    // A recipe no restaurant changed says nothing of the network.
    await page.goto(`${preview.url}/recipes/tiramisu/`);
    await expect(page.locator('details', { hasText: 'Local variants' })).toHaveCount(0);
  } finally {
    await preview?.stop();
    await rm(upstream, { recursive: true, force: true });
    await rm(forks, { recursive: true, force: true });
  }
});
