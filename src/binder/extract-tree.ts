/**
 * Writes a commit's or tree's files (or some of its folders) into a folder, with
 * `git archive | tar`, without a shell and without touching the repository's
 * working tree or index.
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';

export async function extractTree(repoDir: string, treeish: string, target: string, paths: readonly string[] = []): Promise<void> {
  await mkdir(target, { recursive: true });
  await pipe(['git', ['archive', '--format=tar', treeish, ...paths], repoDir], ['tar', ['-x', '-f', '-', '-C', target], target]);
}

type Command = [file: string, args: readonly string[], cwd: string];

/** Runs `from | to` without a shell, failing with the stderr of whichever side failed. */
function pipe(from: Command, to: Command): Promise<void> {
  return new Promise((resolve, reject) => {
    const producer = spawn(from[0], from[1] as string[], { cwd: from[2], stdio: ['ignore', 'pipe', 'pipe'] });
    const consumer = spawn(to[0], to[1] as string[], { cwd: to[2], stdio: ['pipe', 'ignore', 'pipe'] });
    const errors = { producer: '', consumer: '' };
    producer.stderr.on('data', (chunk) => (errors.producer += String(chunk)));
    consumer.stderr.on('data', (chunk) => (errors.consumer += String(chunk)));
    producer.stdout.pipe(consumer.stdin);
    let pending = 2;
    let failed = false;
    const done = (name: 'producer' | 'consumer', command: Command) => (code: number | null) => {
      if (failed) return;
      if (code !== 0) {
        failed = true;
        reject(new Error(`${command[0]} ${command[1].join(' ')} failed: ${errors[name].trim() || `exit code ${code}`}`));
        return;
      }
      if (--pending === 0) resolve();
    };
    producer.on('error', reject);
    consumer.on('error', reject);
    producer.on('close', done('producer', from));
    consumer.on('close', done('consumer', to));
  });
}
