import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from './file-limits.ts';
import type { SafetyFinding } from './rules.ts';

/** The folder under content/ that holds images; it is copied into the site as it is. */
export const MEDIA_FOLDER = 'media';

/** How each allowed image type begins, so a script or page renamed `.jpg` is caught. */
const SIGNATURES: Record<string, (head: Buffer) => boolean> = {
  '.jpg': isJpeg,
  '.jpeg': isJpeg,
  '.png': (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  '.webp': (head) => head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP',
  '.avif': (head) => head.toString('latin1', 4, 8) === 'ftyp',
};

/** The extension an image's first bytes say it is (`.jpg`, `.png`, `.webp`, `.avif`), or undefined for anything else. */
export function imageExtensionOf(head: Buffer): string | undefined {
  return ['.jpg', '.png', '.webp', '.avif'].find((extension) => SIGNATURES[extension]!(head));
}

function isJpeg(head: Buffer): boolean {
  return head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
}

/** A file under content/media/ that is refused, with its absolute path. */
export interface MediaFinding {
  readonly absolute: string;
  readonly finding: SafetyFinding;
}

/**
 * Checks an image `src` written in a content file: it must name a regular file
 * (not a symlink) that lies inside content/media/ with every link followed.
 */
export async function checkMediaSource(contentDir: string, src: { value: string; line: number; field: string }): Promise<SafetyFinding | undefined> {
  const { value, line, field } = src;
  const mediaRoot = path.join(contentDir, MEDIA_FOLDER);
  const target = path.resolve(contentDir, value);
  const relative = path.relative(mediaRoot, target);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { rule: 'path-escape', line, field, message: `\`${value}\` points outside content/${MEDIA_FOLDER}/` };
  }
  const stats = await lstat(target).catch(() => undefined);
  if (stats?.isSymbolicLink()) return { rule: 'file-symlink', line, field, message: `\`${value}\` is a symbolic link, which could point at any file on the computer` };
  if (!stats?.isFile()) return { rule: 'media-file', line, field, message: `\`${value}\` is not a file in content/${MEDIA_FOLDER}/` };
  if (!(await isInside(mediaRoot, target))) {
    return { rule: 'file-outside-content', line, field, message: `\`${value}\` resolves outside content/${MEDIA_FOLDER}/ (a folder on its path is a link)` };
  }
  return undefined;
}

/**
 * Checks every file under content/media/, since the whole folder is published: only
 * real image files whose contents match their extension, no links, no other files.
 * An empty `.gitkeep` is allowed so the folder can exist in git before it has images.
 */
export async function checkMediaFolder(contentDir: string): Promise<MediaFinding[]> {
  const mediaRoot = path.join(contentDir, MEDIA_FOLDER);
  const stats = await lstat(mediaRoot).catch(() => undefined);
  if (!stats) return [];
  if (stats.isSymbolicLink()) return [{ absolute: mediaRoot, finding: { rule: 'file-symlink', line: 1, message: 'is a symbolic link, which could publish any folder of the computer' } }];
  if (!stats.isDirectory()) return [{ absolute: mediaRoot, finding: { rule: 'media-file', line: 1, message: 'is not a folder' } }];
  return walk(mediaRoot);
}

async function walk(directory: string): Promise<MediaFinding[]> {
  const findings: MediaFinding[] = [];
  const entries = (await readdir(directory, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const absolute = path.join(directory, entry.name);
    const refuse = (finding: Omit<SafetyFinding, 'line'>) => findings.push({ absolute, finding: { ...finding, line: 1 } });
    if (entry.isSymbolicLink()) refuse({ rule: 'file-symlink', message: 'is a symbolic link, which could publish any file of the computer' });
    else if (entry.isDirectory()) findings.push(...(await walk(absolute)));
    else if (!entry.isFile()) refuse({ rule: 'media-file', message: 'is not a regular file' });
    else if (entry.name === '.gitkeep' && (await lstat(absolute)).size === 0) continue;
    else {
      const extension = path.extname(entry.name).toLowerCase();
      const matches = SIGNATURES[extension];
      if (!matches) refuse({ rule: 'media-file', message: `is not an image: content/${MEDIA_FOLDER}/ holds only jpg, jpeg, png, webp and avif files` });
      else if (!matches(await head(absolute))) refuse({ rule: 'media-file', message: `does not hold ${extension.slice(1)} image data, whatever its name says` });
    }
  }
  return findings;
}

/** The first bytes of a file, enough for any signature above. */
async function head(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const { bytesRead } = await handle.read(buffer, 0, 16, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
