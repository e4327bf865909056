/**
 * Handing git an access token for one command. It travels as an HTTP header in
 * git's GIT_CONFIG_* environment variables: not on the command line (which `ps`
 * shows to every user), not in .git/config, not in a remote URL git would echo
 * back in its errors.
 */

/**
 * The environment variables that make git send `Authorization: Basic …` (GitHub's
 * `x-access-token` form) to `remoteUrl`, and to nothing else. Config that `env`
 * already passes the same way is kept: the new entry goes after it.
 */
export function gitTokenEnv(remoteUrl: string, token: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const index = Number.parseInt(env['GIT_CONFIG_COUNT'] ?? '', 10) || 0;
  return {
    GIT_CONFIG_COUNT: String(index + 1),
    // Scoped to the remote's URL, so a redirect or submodule elsewhere never receives it.
    [`GIT_CONFIG_KEY_${index}`]: `http.${remoteUrl}.extraHeader`,
    [`GIT_CONFIG_VALUE_${index}`]: `Authorization: Basic ${basicCredentials(token)}`,
  };
}

/** `text` with the token, in every form {@link gitTokenEnv} uses, replaced by `***`. */
export function withoutToken(text: string, token: string): string {
  if (token === '') return text;
  return text.replaceAll(basicCredentials(token), '***').replaceAll(token, '***');
}

function basicCredentials(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString('base64');
}
