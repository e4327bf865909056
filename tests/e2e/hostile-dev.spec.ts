/**
 * The dev server is held to the same rule as the build: hostile content never reaches
 * the site. With such a file present, `astro dev` does not start; a file
 * that arrives while it runs is refused by the content loader, named, and not served.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { INNOCENT_RECIPE_FRONTMATTER } from '../support/innocent-recipe.ts';
import { freePort, run } from '../support/processes.ts';
import { copyProject } from '../support/project-copy.ts';

/** A recipe valid in the sample binder whose body writes `marker` if it is ever compiled and run. */
const hostileRecipe = (marker: string) => `${INNOCENT_RECIPE_FRONTMATTER}
Knead {process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'pwned')} well.
`;

/** Astro colours its log; the assertions read the text. */
function withoutColours(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

const projectCopy = () => copyProject('hostile-dev');

test('astro dev does not start while a hostile file is in content/', async () => {
  test.setTimeout(300_000);
  const project = await projectCopy();
  try {
    const marker = path.join(project, 'PWNED');
    await writeFile(path.join(project, 'content', 'recipes', 'innocent-focaccia.mdx'), hostileRecipe(marker));
    // Run to its end: a server that started instead would hold the test until its timeout.
    const dev = await run(project, 'npx', ['astro', 'dev', '--port', String(await freePort()), '--host', '127.0.0.1']);
    const output = withoutColours(dev.output);
    expect(dev.status, output).not.toBe(0);
    expect(dev.status, 'exited by itself, not by a signal').not.toBeNull();
    expect(output).toMatch(/content\/recipes\/innocent-focaccia\.mdx:19: .+ \(rule: mdx-expression\) — /);
    expect(output).toContain('nothing was built or served');
    expect(existsSync(marker)).toBe(false);
  } finally {
    await rm(project, { recursive: true, force: true });
  }
});

test('a hostile file that arrives while astro dev runs is refused, not compiled', async () => {
  test.setTimeout(300_000);
  const project = await projectCopy();
  const PORT = await freePort();
  // Its own process group, so the whole server can be stopped at the end.
  const server = spawn('npx', ['astro', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], { cwd: project, detached: true });
  let log = '';
  const append = (chunk: Buffer) => (log += withoutColours(chunk.toString()));
  server.stdout.on('data', append);
  server.stderr.on('data', append);
  try {
    await expect.poll(() => log).toMatch(/ready in/);
    const clean = await fetch(`http://127.0.0.1:${PORT}/recipes/pizza-dough/`);
    expect(clean.status).toBe(200);

    const marker = path.join(project, 'PWNED');
    await writeFile(path.join(project, 'content', 'recipes', 'innocent-focaccia.mdx'), hostileRecipe(marker));
    // The content loader reads the binder again through the same rules, says why, and leaves the file out.
    // (A file is written in more than one step: the report that counts is the one on the whole file.)
    await expect.poll(() => log).toMatch(/content\/recipes\/innocent-focaccia\.mdx:19: .+ \(rule: mdx-expression\) — /);
    expect(log).toMatch(/content\/recipes\/innocent-focaccia\.mdx changed: the binder has 1 problem/);
    const page = (slug: string) => fetch(`http://127.0.0.1:${PORT}/recipes/${slug}/`).then((response) => response.status);
    expect(await page('innocent-focaccia')).toBe(404);
    expect(await page('pizza-dough')).toBe(200);
    expect(existsSync(marker)).toBe(false);

    // Fixed, the same file is taken in and served.
    await writeFile(path.join(project, 'content', 'recipes', 'innocent-focaccia.mdx'), hostileRecipe(marker).replace(/\{process[^}]*\}/, 'gently'));
    await expect.poll(() => log).toMatch(/content\/recipes\/innocent-focaccia\.mdx changed: the binder is valid/);
    await expect.poll(() => page('innocent-focaccia'), { intervals: [1_000] }).toBe(200);
    expect(existsSync(marker)).toBe(false);
  } finally {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    await new Promise((resolve) => (server.exitCode === null ? server.once('exit', resolve) : resolve(undefined)));
    await rm(project, { recursive: true, force: true });
  }
});
