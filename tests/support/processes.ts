/**
 * Child processes as the browser tests run them: a command as a user types it, run to
 * its end, and a project's built site served by `astro preview` on a free port.
 * Everything here is asynchronous and has no deadline of its own, so the test's own
 * timeout (the one clock the suite has) is what ends a command that hangs, and a busy
 * machine only makes a command slower.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../src/net/free-port.ts';

export { freePort };

export interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout, then stderr: what the user would see. */
  readonly output: string;
  /** Wall time, for the log (never asserted: these machines are shared). */
  readonly seconds: number;
}

/** Runs a command to its end, never throwing on its exit code. */
export function run(cwd: string, command: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<Ran> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr, output: `${stdout}\n${stderr}`, seconds: (performance.now() - started) / 1000 }));
  });
}

/** `npm run --silent <script> -- <args>` in a project, as a user types it. */
export function npm(cwd: string, script: string, args: readonly string[] = [], env: Readonly<Record<string, string>> = {}): Promise<Ran> {
  return run(cwd, 'npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], env);
}

export interface Preview {
  /** The site's origin, e.g. http://127.0.0.1:40123 (no trailing slash). */
  readonly url: string;
  stop(): Promise<void>;
}

/** `astro preview` of a project's dist/, as the project serves its own, once it answers; stop() ends it. */
export async function servePreview(project: string): Promise<Preview> {
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(project, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  server.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill();
    await exited;
  };
  const url = `http://127.0.0.1:${port}`;
  // Until it answers or gives up: the state waited for, not a time.
  for (;;) {
    if (server.exitCode !== null) throw new Error(`astro preview exited ${server.exitCode}:\n${output}`);
    if (await fetch(`${url}/`).then((response) => response.ok, () => false)) return { url, stop };
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
}
