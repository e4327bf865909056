/** The repository address in content/site.yaml is not one the editor's GitHub backend can use. */
export class NotAGitHubRepositoryError extends Error {
  override name = 'NotAGitHubRepositoryError';
  constructor(url: string) {
    super(
      `content/site.yaml: repository: \`${url}\` is not a GitHub repository address — ` +
        'the proposal editor opens pull requests on GitHub; write it like https://github.com/owner/name',
    );
  }
}

/** "https://github.com/open-franchise/open-franchise(.git)(/)" → "open-franchise/open-franchise". */
export function githubRepo(url: string): string {
  const match = /^https:\/\/github\.com\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(url);
  if (!match) throw new NotAGitHubRepositoryError(url);
  return `${match[1]}/${match[2]}`;
}
