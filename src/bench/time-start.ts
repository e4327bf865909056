/**
 * Times `npm start` until the first page answers: `astro dev` (what `npm start` runs to
 * serve the binder; the local editor's backend beside it serves no page) started in
 * the project, and the home page asked for until it answers 200. The server is stopped
 * afterwards, with everything it started.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../net/free-port.ts';

export class StartFailedError extends Error {
  override name = 'StartFailedError';
}

const GIVE_UP_MS = 180_000;
const POLL_MS = 100;

/** Seconds from starting the dev server to the home page's first 200. */
export async function timeStart(projectRoot: string): Promise<number> {
  const port = await freePort();
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const started = performance.now();
  // Its own process group, so stopping it stops Vite's workers too.
  const server = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: projectRoot, detached: true, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  try {
    while (performance.now() - started < GIVE_UP_MS) {
      if (server.exitCode !== null) throw new StartFailedError(`astro dev exited with ${server.exitCode} before answering: run npm start in the project to see why.`);
      const status = await fetch(`http://127.0.0.1:${port}/`).then((response) => response.status, () => 0);
      if (status === 200) return (performance.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    throw new StartFailedError(`astro dev did not answer http://127.0.0.1:${port}/ within ${GIVE_UP_MS / 1000} s: run npm start in the project to see why.`);
  } finally {
    if (server.pid !== undefined && server.exitCode === null) {
      process.kill(-server.pid, 'SIGTERM');
      await exited;
    }
  }
}

