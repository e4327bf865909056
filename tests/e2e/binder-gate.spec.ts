/**
 * What a contributor sees when the binder is broken: `npm run check` names the file
 * and the field, and `npm run build` refuses and leaves the previous site untouched.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { run } from '../support/processes.ts';
import { copyProject } from '../support/project-copy.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A copy of the sample binder with one sub-recipe reference broken. */
async function brokenBinder(into: string): Promise<void> {
  await cp(path.join(ROOT, 'content'), into, { recursive: true });
  const file = path.join(into, 'recipes', 'margherita.mdx');
  const text = await readFile(file, 'utf8');
  expect(text).toContain('recipe: pizza-sauce');
  await writeFile(file, text.replace('recipe: pizza-sauce', 'recipe: pizza-sause'));
}

test('npm run check on a binder with a broken reference exits non-zero and names file and field', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'binder-check-'));
  try {
    await brokenBinder(path.join(dir, 'content'));
    const check = await run(ROOT, 'npm', ['run', 'check', '--', '--content', path.join(dir, 'content')]);
    expect(check.status).not.toBe(0);
    expect(check.stderr).toMatch(
      /recipes\/margherita\.mdx:\d+: ingredients\.\d+\.recipe: `pizza-sause` is not in recipes — did you mean `pizza-sauce`\?/,
    );
    // The step that mentions the sauce loses its line too, and says which mentions remain.
    expect(check.stderr).toMatch(/recipes\/margherita\.mdx:\d+: steps\.\d+\.text: `@pizza-sauce` names no ingredient line/);
    expect(check.stderr).toMatch(/✗ 2 problems in \d+ files/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('npm run build refuses invalid content and leaves the previous dist/ as it was', async () => {
  const project = await copyProject('binder-build', { content: false });
  try {
    await brokenBinder(path.join(project, 'content'));
    await mkdir(path.join(project, 'dist'));
    await writeFile(path.join(project, 'dist', 'index.html'), 'previous site');

    const build = await run(project, 'npm', ['run', 'build']);
    const output = build.output;
    expect(build.status).not.toBe(0);
    expect(output).toContain('`pizza-sause` is not in recipes');
    expect(output).toContain('nothing was built');
    expect(await readFile(path.join(project, 'dist', 'index.html'), 'utf8')).toBe('previous site');
    expect(existsSync(path.join(project, 'dist', 'recipes'))).toBe(false);
    expect(existsSync(path.join(project, '.build-staging'))).toBe(false);
  } finally {
    await rm(project, { recursive: true, force: true });
  }
});
