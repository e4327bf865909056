/**
 * Who proposed a local branch, as the rules know people: by GitHub user name. A commit
 * whose author email is GitHub's no-reply address (`1234+maria-rossi@users.noreply.github.com`,
 * which GitHub itself gives every user) names its user; otherwise the author's name
 * stands, which no kitchen or maintainer list holds.
 */
const GITHUB_NOREPLY = /^(?:\d+\+)?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})@users\.noreply\.github\.com$/i;

export function proposerOf(authorName: string, authorEmail: string): string {
  return GITHUB_NOREPLY.exec(authorEmail.trim())?.[1] ?? authorName;
}
