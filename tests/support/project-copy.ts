/**
 * A throwaway copy of the project for tests that build, serve or propose against
 * it: the code and the sample binder copied into a temp folder, node_modules linked.
 */
import { cp, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** What a copy needs to check, build and serve the binder; tests, reports and dist/ stay behind. */
const PROJECT_ENTRIES = ['src', 'cms', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface ProjectCopyOptions {
  /** Copy the sample binder into content/ (default); false leaves content/ for the test to write. */
  readonly content?: boolean;
}

/** Copies the project into a new temp folder named after `purpose`; returns its root. */
export async function copyProject(purpose: string, options: ProjectCopyOptions = {}): Promise<string> {
  const project = await mkdtemp(path.join(tmpdir(), `${purpose}-`));
  const present = new Set(await readdir(PROJECT_ROOT));
  const entries = options.content === false ? PROJECT_ENTRIES : [...PROJECT_ENTRIES, 'content'];
  for (const entry of entries.filter((name) => present.has(name))) {
    await cp(path.join(PROJECT_ROOT, entry), path.join(project, entry), { recursive: true });
  }
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(project, 'node_modules'));
  return project;
}
