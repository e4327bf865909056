/**
 * Runs `npm run build` exactly as a user does, timing it from the outside, with the
 * peak memory of its largest process and the CPU time of all its processes when GNU
 * time is there to report them (it reads the kernel's accounting of the whole process
 * tree, at no cost to the build).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BuildPhase } from '../integrations/build-phases.ts';

export interface BuildMeasurement {
  readonly seconds: number;
  /** Peak resident memory of the build's largest process, or null where GNU time is missing. */
  readonly peakMemoryBytes: number | null;
  /**
   * CPU time (user + system) of the build and every process it waited for, or null where
   * GNU time is missing. Less sensitive than `seconds` to other work on the machine.
   */
  readonly cpuSeconds?: number | null;
  /** The build's own last line, e.g. "✓ built 141 pages … in 4.5 s". */
  readonly summary: string;
  /** Each phase of the build and its wall time in milliseconds, as `npm run build` timed them. */
  readonly phases: ReadonlyArray<{ readonly phase: BuildPhase; readonly ms: number }>;
}

export class BuildFailedError extends Error {
  constructor(status: number | null, output: string) {
    super(`npm run build exited with ${status}; fix the build (its output is below), then run the benchmark again.\n${output}`);
    this.name = 'BuildFailedError';
  }
}

const GNU_TIME = '/usr/bin/time';

export async function runBuild(projectRoot: string): Promise<BuildMeasurement> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'bench-build-'));
  const memoryFile = path.join(scratch, 'max-rss-kb');
  const phasesFile = path.join(scratch, 'phases.json');
  try {
    const timed = hasGnuTime();
    const [command, args] = timed ? [GNU_TIME, ['-f', '%M %U %S', '-o', memoryFile, 'npm', 'run', 'build']] : ['npm', ['run', 'build']];
    const started = performance.now();
    const { status, output } = await run(command, args as string[], projectRoot, { BUILD_PHASES_JSON: phasesFile });
    const seconds = (performance.now() - started) / 1000;
    if (status !== 0) throw new BuildFailedError(status, output);
    // GNU time's line: "<max RSS in KB> <user s> <system s>".
    const [kilobytes, user, system] = timed ? ((await readFile(memoryFile, 'utf8').catch(() => '')).trim().split('\n').pop() ?? '').split(' ').map(Number) : [];
    const summary = output.trim().split('\n').filter((line) => line.trim() !== '').pop() ?? '';
    const phases = JSON.parse(await readFile(phasesFile, 'utf8')) as BuildMeasurement['phases'];
    const cpuSeconds = user !== undefined && system !== undefined && Number.isFinite(user + system) ? user + system : null;
    return { seconds, peakMemoryBytes: kilobytes !== undefined && Number.isFinite(kilobytes) && kilobytes > 0 ? kilobytes * 1024 : null, cpuSeconds, summary, phases };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** GNU time takes -f and -o; the BSD one (macOS) does not, so it is tried once rather than assumed. */
function hasGnuTime(): boolean {
  return spawnSync(GNU_TIME, ['-f', '%M', '-o', '/dev/null', 'true'], { stdio: 'ignore' }).status === 0;
}

function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}
