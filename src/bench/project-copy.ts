/**
 * A throwaway copy of the project with another binder in it, for the scale benchmark:
 * the code copied into a temp folder, node_modules linked, and content/ (and layers/)
 * written by the caller, so `npm run build` there builds exactly what production would.
 */
import { cp, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What a copy needs to check, build and serve a binder; tests, reports, dist/ and the sample content stay behind. */
const PROJECT_ENTRIES = ['src', 'cms', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Copies the code of `projectRoot` (and any of `extra`, such as the sample `content`) into a
 * new temp folder named after `purpose`; returns its root. The tests' project copies use it too.
 */
export async function copyProjectCode(projectRoot: string, purpose: string, extra: readonly string[] = []): Promise<string> {
  const project = await mkdtemp(path.join(tmpdir(), `${purpose}-`));
  const present = new Set(await readdir(projectRoot));
  for (const entry of [...PROJECT_ENTRIES, ...extra].filter((name) => present.has(name))) {
    await cp(path.join(projectRoot, entry), path.join(project, entry), { recursive: true });
  }
  await symlink(path.join(projectRoot, 'node_modules'), path.join(project, 'node_modules'));
  return project;
}
