import { z } from 'astro/zod';

/** GitHub's own rule for user names: letters, digits and single inner hyphens, at most 39 characters. */
const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** A GitHub user name, as reviews and pull requests name their author. */
export const GitHubLoginSchema = z.string().regex(GITHUB_LOGIN, {
  error: 'is not a GitHub user name — write it as GitHub shows it, like `maria-rossi` (letters, digits and single hyphens, no @)',
});

/** A list of GitHub user names with no repeats (GitHub compares them ignoring case). */
export function gitHubLogins() {
  return z.array(GitHubLoginSchema).refine((logins) => new Set(logins.map((login) => login.toLowerCase())).size === logins.length, {
    error: 'names the same user twice — remove the repeat',
  });
}
