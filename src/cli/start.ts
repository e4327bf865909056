/**
 * `npm start`: the binder at http://localhost:4321 and, beside it, the local editor's
 * backend on http://localhost:8081, so "Propose a change" works on this machine with
 * no account. Proposals go to an isolated clone (see src/proposals/proposal-repo.ts);
 * the working tree here is never written by the editor.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { identityField } from '../binder/layers/identity.ts';
import { binderOrigins, DEV_SERVER_PORT, startLocalProxy, type LocalProxy } from '../proposals/local-proxy.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

const dev = spawn(process.execPath, [astroBin, 'dev', ...process.argv.slice(2)], { cwd: projectRoot, stdio: 'inherit' });

let proxy: LocalProxy | undefined;
try {
  const branch = await publishingBranch();
  // The backend takes requests only from the editor's page, wherever astro dev serves it.
  proxy = await startLocalProxy({ projectRoot, branch, allowedOrigins: binderOrigins(devServerPort(process.argv.slice(2))), log: (line) => console.log(line) });
  console.log(`proposals: local editor backend on ${proxy.url} (branch ${branch}; proposals are isolated in ${path.relative(projectRoot, proxy.repo.workRepo)})`);
} catch (error) {
  console.warn(`proposals: the local editor is off — ${(error as Error).message}`);
}

/** The port given to astro dev (`--port 4000` or `--port=4000`), or its default. */
function devServerPort(args: readonly string[]): number {
  const given = args.flatMap((arg, i) => (arg === '--port' ? [args[i + 1]] : arg.startsWith('--port=') ? [arg.slice('--port='.length)] : []));
  const port = Number(given.at(-1));
  return Number.isInteger(port) && port > 0 ? port : DEV_SERVER_PORT;
}

/** The branch proposals go to, from the identity (a fork's layer may set its own). */
function publishingBranch(): Promise<string> {
  return identityField(projectRoot, 'branch', 'main');
}

async function stop(code: number): Promise<never> {
  dev.kill();
  await proxy?.close().catch(() => undefined);
  process.exit(code);
}

process.on('SIGINT', () => void stop(130));
process.on('SIGTERM', () => void stop(143));
dev.on('exit', (code) => void stop(code ?? 0));
