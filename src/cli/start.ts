/**
 * `npm start`: the binder at http://localhost:4321 and, beside it, the local editor's
 * backend on http://localhost:8081, so "Propose a change" works on this machine with
 * no account. Proposals go to an isolated clone (see src/proposals/proposal-repo.ts);
 * the working tree here is never written by the editor.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { startLocalProxy, type LocalProxy } from '../proposals/local-proxy.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

const dev = spawn(process.execPath, [astroBin, 'dev', ...process.argv.slice(2)], { cwd: projectRoot, stdio: 'inherit' });

let proxy: LocalProxy | undefined;
try {
  const branch = await publishingBranch();
  proxy = await startLocalProxy({ projectRoot, branch, log: (line) => console.log(line) });
  console.log(`proposals: local editor backend on ${proxy.url} (branch ${branch}; proposals are isolated in ${path.relative(projectRoot, proxy.repo.workRepo)})`);
} catch (error) {
  console.warn(`proposals: the local editor is off — ${(error as Error).message}`);
}

async function publishingBranch(): Promise<string> {
  const site = parse(await readFile(path.join(projectRoot, 'content', 'site.yaml'), 'utf8')) as { branch?: unknown } | null;
  return typeof site?.branch === 'string' ? site.branch : 'main';
}

async function stop(code: number): Promise<never> {
  dev.kill();
  await proxy?.close().catch(() => undefined);
  process.exit(code);
}

process.on('SIGINT', () => void stop(130));
process.on('SIGTERM', () => void stop(143));
dev.on('exit', (code) => void stop(code ?? 0));
