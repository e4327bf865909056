import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffBinders } from '../domain/kitchen-diff/diff-binders.ts';
import type { BinderRevision } from '../domain/kitchen-diff/model.ts';
import type { DiffReport } from '../domain/kitchen-diff/report.ts';
import { checkBinderWithForm } from './binder-check-with-form.ts';
import { checkBinder, type BinderCheck } from './check-binder.ts';
import { translationSnapshots } from './translations/translation-snapshots.ts';
import { extractTree } from './extract-tree.ts';
import { LAYERS_FOLDER } from '../schemas/layer.ts';
import { git } from './git.ts';

/** The folder of the binder's content inside the repository. */
const CONTENT = 'content';

/** The binder's folders: content/, and a fork's layers beside it. */
const BINDER_FOLDERS = [CONTENT, LAYERS_FOLDER];

/** What to compare: two revisions of a repository, or a revision and the working tree. */
export interface RevisionDiffOptions {
  /** The repository's folder (any folder inside it works). */
  readonly repoDir: string;
  /** A revision git understands: a branch, a tag, a commit, `HEAD~1`. */
  readonly base: string;
  /** The revision to review; leave out to compare with the files as they are now (the working tree). */
  readonly head?: string | undefined;
}

/** The name used for the working tree in place of a revision. */
export const WORKING_TREE = 'working tree';

/** A revision git does not know, with how to find the right name. */
export class UnknownRevisionError extends Error {
  override readonly name = 'UnknownRevisionError';
  readonly revision: string;
  constructor(revision: string, repoDir: string) {
    super(
      `\`${revision}\` is not a revision of the repository at ${repoDir} — list branches with \`git branch -a\` and recent commits with \`git log --oneline -20\`, then give one of those names`,
    );
    this.revision = revision;
  }
}

/** A folder that is not inside a git repository, or git missing. */
export class NotARepositoryError extends Error {
  override readonly name = 'NotARepositoryError';
  constructor(repoDir: string, detail: string) {
    super(`${repoDir} is not inside a git repository (${detail}) — run the diff from the binder's clone, or pass its folder`);
  }
}

/**
 * Compares the binder's content at two revisions: extracts content/ and layers/ of each into a
 * temporary folder (the working tree is read where it is), checks both with
 * checkBinder, and diffs what passed. Returns the diff and the head's problems.
 * Temporary folders are removed whatever happens.
 */
export async function diffRevisions(options: RevisionDiffOptions): Promise<DiffReport> {
  return (await compareRevisions(options)).report;
}

/** The kitchen diff, and both sides as the checker read them (their entries, governance records and problems). */
export interface RevisionComparison {
  readonly report: DiffReport;
  readonly base: BinderCheck;
  readonly head: BinderCheck;
}

/** diffRevisions, keeping both sides' checks for what reads more than the diff (the governance judge). */
export async function compareRevisions(options: RevisionDiffOptions): Promise<RevisionComparison> {
  const repoDir = path.resolve(options.repoDir);
  const top = await gitTopLevel(repoDir);
  const baseCommit = await resolveRevision(top, options.base);
  const headCommit = options.head === undefined ? undefined : await resolveRevision(top, options.head);

  const scratch = await mkdtemp(path.join(tmpdir(), 'kitchen-diff-'));
  try {
    const [base, head] = await Promise.all([
      extractContent(top, baseCommit, path.join(scratch, 'base')).then((dir) => readRevision(dir, checkBinder)),
      // The head's verdict is exactly `npm run check`'s, canonical form included.
      (headCommit === undefined ? Promise.resolve(path.join(top, CONTENT)) : extractContent(top, headCommit, path.join(scratch, 'head'))).then((dir) =>
        readRevision(dir, checkBinderWithForm),
      ),
    ]);
    const report = {
      diff: diffBinders(base.revision, head.revision),
      headProblems: head.check.problems,
      baseRef: options.base,
      headRef: options.head ?? WORKING_TREE,
    };
    return { report, base: base.check, head: head.check };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * The binder as it stands at a revision, checked like `npm run check` checks the files
 * on disk (its layers included). The temporary copy is removed whatever happens.
 */
export async function checkRevision(repoDir: string, revision: string): Promise<BinderCheck> {
  const top = await gitTopLevel(path.resolve(repoDir));
  const commit = await resolveRevision(top, revision);
  const scratch = await mkdtemp(path.join(tmpdir(), 'binder-revision-'));
  try {
    return await checkBinder(await extractContent(top, commit, scratch));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Checks a content folder and gathers what the diff needs from it: the checker has read every file once already. */
async function readRevision(contentDir: string, checkWith: (dir: string) => Promise<BinderCheck>): Promise<{ check: BinderCheck; revision: BinderRevision }> {
  const check = await checkWith(contentDir);
  const invalid = new Set<string>();
  for (const [collection, ids] of check.listed) {
    for (const id of ids) if (!check.entries[collection].has(id)) invalid.add(`${collection}/${id}`);
  }
  return { check, revision: { entries: check.entries, allergens: check.allergens, bodies: check.bodies, site: check.site, invalid, translations: translationSnapshots(check.translations) } };
}

/**
 * Writes content/ (and a fork's layers/) as they are at `commit` into `target/` and
 * returns `target/content`; an empty folder when the revision has none.
 */
async function extractContent(repoDir: string, commit: string, target: string): Promise<string> {
  const contentDir = path.join(target, CONTENT);
  await mkdir(contentDir, { recursive: true });
  const present = (await git(repoDir, ['ls-tree', '--name-only', commit, ...BINDER_FOLDERS])).split('\n').filter(Boolean);
  if (present.length === 0) return contentDir;
  await extractTree(repoDir, commit, target, present);
  // `git archive` obeys the revision's own .gitattributes: a proposal could mark files
  // export-ignore to keep them out of its review. Every file git lists must be here.
  const listed = (await git(repoDir, ['ls-tree', '-r', '-z', '--name-only', commit, ...present])).split('\0').filter(Boolean);
  const files = await Promise.all(present.map((folder) => readdir(path.join(target, folder), { recursive: true, withFileTypes: true }).catch(() => [])));
  const extracted = new Set(files.flat().filter((d) => !d.isDirectory()).map((d) => path.relative(target, path.join(d.parentPath, d.name)).split(path.sep).join('/')));
  const hidden = listed.filter((file) => !extracted.has(file));
  if (hidden.length > 0) throw new HiddenFilesError(commit, hidden);
  return contentDir;
}

/** A revision whose .gitattributes keeps some of its content out of `git archive`. */
export class HiddenFilesError extends Error {
  override readonly name = 'HiddenFilesError';
  constructor(commit: string, files: readonly string[]) {
    super(
      `${commit.slice(0, 7)} hides ${files.length} content file${files.length === 1 ? '' : 's'} from the diff (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}), most likely with \`export-ignore\` in a .gitattributes file — remove that attribute so every file can be reviewed`,
    );
  }
}

async function gitTopLevel(repoDir: string): Promise<string> {
  try {
    return (await git(repoDir, ['rev-parse', '--show-toplevel'])).trim();
  } catch (error) {
    throw new NotARepositoryError(repoDir, (error as Error).message.split('\n')[0] ?? '');
  }
}

/** The commit a revision name stands for, or a clear error naming it. */
async function resolveRevision(repoDir: string, revision: string): Promise<string> {
  if (revision.startsWith('-')) throw new UnknownRevisionError(revision, repoDir); // never let a name pass as a git option
  try {
    return (await git(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])).trim();
  } catch {
    throw new UnknownRevisionError(revision, repoDir);
  }
}
