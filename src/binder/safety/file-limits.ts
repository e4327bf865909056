import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { SafetyFinding } from './rules.ts';

/** The largest content file (YAML or MDX) the binder reads: 256 KB. */
export const MAX_CONTENT_FILE_BYTES = 256 * 1024;

/**
 * Checks a content file on disk before a byte of it is read: it must be a regular
 * file (not a symlink, pipe or device), lie inside content/ once every link in its
 * path is followed, and be at most MAX_CONTENT_FILE_BYTES long.
 */
export async function checkFileOnDisk(absolute: string, contentDir: string): Promise<SafetyFinding[]> {
  const stats = await lstat(absolute);
  if (stats.isSymbolicLink()) return [{ rule: 'file-symlink', line: 1, message: 'is a symbolic link, which could point at any file on the computer' }];
  if (!stats.isFile()) return [{ rule: 'file-not-regular', line: 1, message: 'is not a regular file (a pipe, device or folder cannot be content)' }];
  if (!(await isInside(contentDir, absolute))) {
    return [{ rule: 'file-outside-content', line: 1, message: 'resolves to a file outside content/ (a folder on its path is a link)' }];
  }
  if (stats.size > MAX_CONTENT_FILE_BYTES) {
    return [{ rule: 'file-too-large', line: 1, message: `is ${Math.ceil(stats.size / 1024)} KB, over the ${MAX_CONTENT_FILE_BYTES / 1024} KB limit for a content file` }];
  }
  return [];
}

/** True when `file`, with every link followed, lies inside `directory` (links in `directory`'s own path allowed). */
export async function isInside(directory: string, file: string): Promise<boolean> {
  const [realDirectory, realFile] = await Promise.all([realpath(directory), realpath(file)]);
  const relative = path.relative(realDirectory, realFile);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
