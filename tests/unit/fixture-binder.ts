/**
 * The small fixture binder (tests/fixtures/binder) copied into a temporary folder as
 * content/, with `files` written beside it (paths from the folder:
 * `layers/brooklyn/layer.yaml`, `content/recipes/pizza.mdx`): a function edits the
 * file there, `null` deletes it. Returns content/; `copies` collects the folders for
 * the test file to remove after each test.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURE_BINDER = path.resolve(import.meta.dirname, '../fixtures/binder');

export type Edit = string | ((text: string) => string) | null;

export async function fixtureBinderWith(files: Record<string, Edit>, copies: string[], prefix = 'binder-'): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), prefix));
  copies.push(root);
  const content = path.join(root, 'content');
  await cp(FIXTURE_BINDER, content, { recursive: true });
  for (const [file, edit] of Object.entries(files)) {
    const target = path.join(root, file);
    await mkdir(path.dirname(target), { recursive: true });
    if (edit === null) await rm(target);
    else await writeFile(target, typeof edit === 'string' ? edit : edit(await readFile(target, 'utf8')));
  }
  return content;
}
