/**
 * `npm run bench:network`: how long `npm run network` takes over many forks, measured
 * here rather than in a timed test (these machines are shared and noisy). Makes a
 * binder from this project's content and N restaurant forks of it (network-forks.ts)
 * in a temporary folder, then reads them all cold (nothing cached), and again with
 * none moved. Targets: 200 forks in under 60 s cold and under 5 s when none moved.
 *
 *   npm run bench:network                     200 forks, seed 1
 *   npm run bench:network -- --forks 20 --seed 7 --json bench-results/network.json
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkBinder } from '../binder/check-binder.ts';
import { git } from '../binder/git.ts';
import { parseArguments, usageError as fail } from '../cli/arguments.ts';
import { readNetwork, type NetworkSource } from '../governance/network.ts';
import { seededRandom } from './generate/random.ts';
import { makeFork } from './network-forks.ts';

const USAGE = `usage: npm run bench:network -- [--forks <n>] [--seed <s>] [--json <file>]

  --forks   how many restaurant forks to make and read (default 200)
  --seed    the generator's seed (default 1): the same seed, the same forks
  --json    also write the figures to this file`;

/** What the issue asks of 200 forks on a 2-core machine, in seconds. */
const TARGETS = { cold: 60, unchanged: 5 };

const { values } = parseArguments({ forks: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' }, json: { type: 'string' } }, USAGE);
const forks = Number(values.forks);
if (!Number.isInteger(forks) || forks < 1) fail(`--forks ${values.forks} is not a number of forks`, USAGE);

const projectRoot = path.resolve(import.meta.dirname, '../..');
const scratch = await mkdtemp(path.join(tmpdir(), 'bench-network-'));
try {
  const upstream = path.join(scratch, 'upstream');
  await cp(path.join(projectRoot, 'content'), path.join(upstream, 'content'), { recursive: true });
  await git(scratch, ['init', '--quiet', '--initial-branch=main', upstream]);
  await git(upstream, ['add', '-A']);
  await git(upstream, ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', 'commit', '--quiet', '-m', 'Binder']);
  const binder = await checkBinder(path.join(upstream, 'content'), upstream);
  const random = seededRandom(values.seed);
  const made = performance.now();
  await mkdir(path.join(scratch, 'forks'));
  const sources: NetworkSource[] = [];
  for (let index = 1; index <= forks; index++) {
    sources.push({ url: await makeFork(upstream, path.join(scratch, 'forks', `restaurant-${index}`), index, binder, random), via: 'command line' as const });
  }
  console.error(`made ${forks} forks in ${((performance.now() - made) / 1000).toFixed(1)} s (not part of the figures)`);

  const timed = async () => {
    const started = performance.now();
    const run = await readNetwork(upstream, sources);
    return { seconds: (performance.now() - started) / 1000, run };
  };
  const cold = await timed();
  const unchanged = await timed();
  const count = (run: typeof cold.run, status: string) => run.outcomes.filter((outcome) => outcome.status === status).length;
  const figures = {
    forks,
    seed: values.seed,
    coldSeconds: Number(cold.seconds.toFixed(2)),
    unchangedSeconds: Number(unchanged.seconds.toFixed(2)),
    read: count(cold.run, 'read'),
    refused: count(cold.run, 'refused'),
    unchangedOnRerun: count(unchanged.run, 'unchanged'),
    agreements: cold.run.report.agreements.length,
    strongest: cold.run.report.agreements[0]?.text,
    peakMemoryMB: Math.round(process.memoryUsage().rss / 1e6),
  };
  const verdict = (seconds: number, target: number) => (forks >= 200 ? (seconds <= target ? `✓ under ${target} s` : `✗ over ${target} s`) : `(the ${target} s target is for 200 forks)`);
  console.log(`| Forks | Cold | None moved | Read | Refused | Agreements |
| --- | --- | --- | --- | --- | --- |
| ${forks} | ${figures.coldSeconds} s ${verdict(figures.coldSeconds, TARGETS.cold)} | ${figures.unchangedSeconds} s ${verdict(figures.unchangedSeconds, TARGETS.unchanged)} | ${figures.read} | ${figures.refused} | ${figures.agreements} |`);
  if (figures.strongest) console.log(`\nStrongest agreement: ${figures.strongest}`);
  if (values.json) {
    await mkdir(path.dirname(path.resolve(values.json)), { recursive: true });
    await writeFile(path.resolve(values.json), `${JSON.stringify(figures, null, 2)}\n`);
  }
  process.exitCode = forks >= 200 && (figures.coldSeconds > TARGETS.cold || figures.unchangedSeconds > TARGETS.unchanged) ? 1 : 0;
} finally {
  await rm(scratch, { recursive: true, force: true });
}
