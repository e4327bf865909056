/**
 * Reviews of local proposals (the editor's `cms/*` branches, any branch), kept in git
 * as notes on the commit each review saw (`refs/notes/open-franchise-reviews`): the
 * same shape as GitHub's reviews, so the same judge reads them. Notes travel with
 * `git push origin refs/notes/*` and never change a commit.
 *
 * On one machine anyone can write any name here; the binding check is GitHub's, where
 * the login is GitHub's own. Locally this is the record of who said what.
 */
import { git } from '../binder/git.ts';
import type { ReviewOnCommit } from './proposal-verdict.ts';

export const REVIEW_NOTES_REF = 'refs/notes/open-franchise-reviews';

const STATES = ['approved', 'changes-requested', 'commented', 'dismissed'] as const;
type State = (typeof STATES)[number];

/** One review line of a note: `approved ana` or `commented sam Override: the reason`. */
const LINE = /^(approved|changes-requested|commented|dismissed) ([A-Za-z0-9-]+)(?: Override: (.+))?$/;

/** Records a review of `revision` (a branch's head, usually) by `login`. */
export async function recordLocalReview(repoDir: string, revision: string, review: { login: string; state: State; override?: string | undefined }): Promise<string> {
  const commit = (await git(repoDir, ['rev-parse', '--verify', '--end-of-options', `${revision}^{commit}`])).trim();
  const override = review.override?.replace(/[\r\n]+/g, ' ').trim();
  const line = `${review.state} ${review.login}${override ? ` Override: ${override}` : ''}`;
  if (!LINE.test(line)) throw new Error(`\`${review.login}\` is not a GitHub user name — give the name as GitHub shows it, like \`maria-rossi\``);
  await git(repoDir, ['notes', `--ref=${REVIEW_NOTES_REF}`, 'append', '-m', line, commit]);
  return commit;
}

/** Every review recorded on the commits of `base..head`, oldest commit first, each note's lines in order. */
export async function localReviews(repoDir: string, base: string, head: string): Promise<ReviewOnCommit[]> {
  const log = await git(repoDir, ['log', '--reverse', `--notes=${REVIEW_NOTES_REF}`, '--format=%x1e%H%x1f%N', `${base}..${head}`]);
  const reviews: ReviewOnCommit[] = [];
  for (const record of log.split('\x1e')) {
    const [commit, notes = ''] = record.split('\x1f');
    if (!commit?.trim()) continue;
    for (const text of notes.split('\n')) {
      const match = LINE.exec(text.trim());
      if (match) reviews.push({ state: match[1] as State, login: match[2]!, commit: commit.trim(), ...(match[3] ? { override: match[3] } : {}) });
    }
  }
  return reviews;
}
