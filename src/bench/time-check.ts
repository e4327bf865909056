/**
 * Times `npm run check` alone on a binder: the validation of every file and
 * cross-reference (`--content`, so without the code's type check, which does not grow
 * with the binder). Run in its own process, as a user runs it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export class CheckFailedError extends Error {
  constructor(status: number | null, output: string) {
    super(`npm run check found problems in the generated binder (exit ${status}); the generator must write a valid binder — fix it, then run the benchmark again.\n${output}`);
    this.name = 'CheckFailedError';
  }
}

/** Seconds of `node src/cli/check.ts --content <projectRoot>/content`, run in `projectRoot`. */
export function timeCheck(projectRoot: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join('src', 'cli', 'check.ts'), '--content', 'content'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      if (status === 0) resolve(seconds);
      else reject(new CheckFailedError(status, output));
    });
  });
}
