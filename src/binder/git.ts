import { execFile } from 'node:child_process';

/** A git command that failed, with what git said. */
export class GitError extends Error {
  override readonly name = 'GitError';
  readonly args: readonly string[];
  readonly stderr: string;
  readonly exitCode: number | null;
  constructor(args: readonly string[], stderr: string, exitCode: number | null) {
    super(`git ${args.join(' ')} failed: ${stderr.trim() || `exit code ${exitCode}`}`);
    this.args = args;
    this.stderr = stderr;
    this.exitCode = exitCode;
  }
}

/**
 * Runs git in `cwd` and resolves with its trimmed standard output. Never goes through
 * a shell, so branch names and paths from proposals cannot inject commands.
 */
export function git(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args as string[],
      { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new GitError(args, String(stderr), typeof error.code === 'number' ? error.code : null));
        else resolve(String(stdout).trim());
      },
    );
  });
}

/** Like {@link git}, but resolves undefined instead of failing (for questions such as "does this ref exist?"). */
export async function gitMaybe(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    return await git(cwd, args);
  } catch (error) {
    if (error instanceof GitError) return undefined;
    throw error;
  }
}
