import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Replaces a file's text in one step: writes a hidden temporary file next to it
 * (same folder, so the same file system) and renames it over the original. A crash
 * or a full disk leaves either the old file or the new one, never half of each.
 * The file keeps its permissions.
 */
export async function writeFileAtomically(file: string, text: string | Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await stat(file).then((stats) => stats.mode, () => undefined);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', ...(mode === undefined ? {} : { mode }) });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
