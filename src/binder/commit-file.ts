import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { git } from './git.ts';

/**
 * A commit on `parent` with `file` set to `text`, made in a private index under
 * `scratch`: nothing checked out moves, neither HEAD, the index nor the working tree.
 */
export async function commitFile(root: string, scratch: string, parent: string, file: string, text: string, message: string): Promise<string> {
  return commitFiles(root, scratch, parent, [{ file, text }], message);
}

/** The same for several files in one commit (an import's recipes and new ingredients). */
export async function commitFiles(root: string, scratch: string, parent: string, files: ReadonlyArray<{ readonly file: string; readonly text: string | Uint8Array }>, message: string): Promise<string> {
  const index = { GIT_INDEX_FILE: path.join(scratch, 'index') };
  await git(root, ['read-tree', parent], index);
  for (const [n, { file, text }] of files.entries()) {
    const blobSource = path.join(scratch, `blob-${n}`);
    await writeFile(blobSource, text);
    const blob = await git(root, ['hash-object', '-w', '--', blobSource]);
    await git(root, ['update-index', '--add', '--cacheinfo', `100644,${blob},${file}`], index);
  }
  const tree = await git(root, ['write-tree'], index);
  return git(root, ['commit-tree', tree, '-p', parent, '-m', message]);
}
