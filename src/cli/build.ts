/**
 * `npm run build`: builds the site and its search index into a staging folder and
 * only then swaps it into dist/. Invalid content stops the build before any page is
 * written (see src/integrations/binder.ts), and a failed build leaves the previous
 * dist/ exactly as it was: never a half-written site.
 */
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import { beginBuildPhases, buildPhaseTimes, endBuildPhase } from '../integrations/build-phases.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const staging = path.join(projectRoot, '.build-staging');
const stagedDist = path.join(staging, 'dist');
const dist = path.join(projectRoot, 'dist');

// Where the pages' helpers find the project's source (the QR codes' worker: src/site/qr-codes.ts).
process.env['OPEN_FRANCHISE_ROOT'] = projectRoot;

const started = performance.now();
beginBuildPhases();
await rm(staging, { recursive: true, force: true });
try {
  await build({ root: projectRoot, outDir: stagedDist, logLevel: 'warn' });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  const name = (error as Error).name;
  console.error(`\n✗ build failed: ${(error as Error).message}`);
  if (name !== 'InvalidBinderError') console.error(error);
  console.error('dist/ was left as it was.');
  process.exit(1);
}

const previous = path.join(staging, 'previous-dist');
await rename(dist, previous).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'ENOENT') throw error;
});
await rename(stagedDist, dist);
await rm(staging, { recursive: true, force: true });

endBuildPhase('finish');

const phases = buildPhaseTimes();
console.log(`phases: ${phases.map(({ phase, ms }) => `${phase} ${(ms / 1000).toFixed(1)} s`).join(' · ')}`);
// The scale benchmark reads the phases from here (src/bench/run-build.ts).
if (process.env.BUILD_PHASES_JSON) await writeFile(process.env.BUILD_PHASES_JSON, JSON.stringify(phases));
const pages = await countPages(dist);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`✓ built ${pages} pages with their search index into dist/ in ${seconds} s`);

async function countPages(directory: string): Promise<number> {
  const files = await readdir(directory, { recursive: true });
  return files.filter((file) => file.endsWith('.html')).length;
}
