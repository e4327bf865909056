/** Git's convention for a subject line: longer ones are cut in logs and pull-request lists. */
export const COMMIT_SUBJECT_MAX = 72;

/** A cut shorter than this would lose the point; below it the text is cut mid-word. */
const MIN_WORD_CUT = 40;

/**
 * The commit message (and so the pull-request title) for a proposal: the proposer's
 * reason on one line, at most 72 characters (cut at a word, with "…"), or Decap's
 * own message ("Update Recipe “margherita”") when no reason was given.
 */
export function commitMessageFromReason(reason: unknown, fallback: string): string {
  if (typeof reason !== 'string') return fallback;
  const oneLine = reason.replace(/\s+/g, ' ').trim();
  if (oneLine === '') return fallback;
  if (oneLine.length <= COMMIT_SUBJECT_MAX) return oneLine;
  const room = oneLine.slice(0, COMMIT_SUBJECT_MAX - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace >= MIN_WORD_CUT ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.-]+$/, '')}…`;
}
