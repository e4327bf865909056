/**
 * The hostile-proposal corpus (tests/fixtures/hostile/, listed in cases.json) and how
 * one case is dropped into a binder: shared by the checker's unit test and the build's
 * end-to-end test, so both try exactly the same files the same way.
 */
import { readFileSync } from 'node:fs';
import { appendFile, copyFile, mkdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const HOSTILE_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/hostile');

/** One row of cases.json. */
export interface HostileCase {
  /** Fixture file name under tests/fixtures/hostile/. */
  readonly file: string;
  /** Folder under content/ it is dropped into. */
  readonly folder: string;
  /** The rule that must refuse it. */
  readonly rule: string;
  /** The file line the refusal must point at. */
  readonly line: number;
  /** `symlink`: drop a link to it; `linked-folder`: make the whole folder a link to a folder outside content/. */
  readonly as?: 'symlink' | 'linked-folder';
  /** Pad the file with YAML comments to this many bytes. */
  readonly padToBytes?: number;
  /** Also put this link into content/media/. */
  readonly mediaLink?: { readonly name: string; readonly target: string };
}

export const HOSTILE_CASES = JSON.parse(readFileSync(path.join(HOSTILE_FIXTURES, 'cases.json'), 'utf8')) as HostileCase[];

/** Where the corpus's payloads try to write; `placeHostileCase` can point them elsewhere. */
export const CORPUS_MARKER = '/tmp/pwned';

export interface PlaceOptions {
  /** Write payloads' marker path as this file instead of /tmp/pwned, so a test can look for it in its own folder. */
  readonly marker?: string;
}

/**
 * Drops one case into `content` (a copy of a binder inside `root`); files that must
 * live outside content/ go into `root`. Returns the path of the hostile entry.
 */
export async function placeHostileCase(hostile: HostileCase, root: string, content: string, options: PlaceOptions = {}): Promise<string> {
  const fixture = path.join(HOSTILE_FIXTURES, hostile.file);
  const text = async () => {
    const original = await readFile(fixture, 'utf8');
    return options.marker ? original.replaceAll(CORPUS_MARKER, options.marker) : original;
  };
  const folder = path.join(content, hostile.folder);
  const placed = path.join(folder, hostile.file);
  if (hostile.as === 'symlink') {
    const outside = path.join(root, 'outside', hostile.file);
    await mkdir(path.dirname(outside), { recursive: true });
    await writeFile(outside, await text());
    await symlink(outside, placed);
  } else if (hostile.as === 'linked-folder') {
    const elsewhere = path.join(root, 'elsewhere', hostile.folder);
    await mkdir(path.dirname(elsewhere), { recursive: true });
    await rename(folder, elsewhere);
    await writeFile(path.join(elsewhere, hostile.file), await text());
    await symlink(elsewhere, folder);
  } else {
    await mkdir(folder, { recursive: true });
    if (hostile.file.endsWith('.mdx') || hostile.file.endsWith('.yaml')) await writeFile(placed, await text());
    else await copyFile(fixture, placed); // media: bytes as they are
    if (hostile.padToBytes) await appendFile(placed, padding(hostile.padToBytes));
  }
  if (hostile.mediaLink) {
    await mkdir(path.join(content, 'media'), { recursive: true });
    await symlink(hostile.mediaLink.target, path.join(content, 'media', hostile.mediaLink.name));
  }
  return placed;
}

function padding(bytes: number): string {
  const line = `# ${'x'.repeat(77)}\n`;
  return line.repeat(Math.ceil(bytes / line.length));
}
