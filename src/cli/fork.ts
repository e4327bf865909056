/**
 * `npm run fork`: starts a new restaurant's binder on this one.
 *
 *   npm run fork -- <dir> --name "Brooklyn Slice" --repository https://github.com/you/brooklyn-slice
 *   npm run fork -- --here --name "Brooklyn Slice"     in a clone of a GitHub fork (Fork button)
 *
 * Exit codes: 0 started, 1 could not start (nothing left behind), 2 usage error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { forkHere, ForkError, forkInto, type ForkOptions } from '../forks/start-fork.ts';

const USAGE = `usage: npm run fork -- <dir> --name "<Restaurant name>" --repository <https://github.com/owner/name> [options]
       npm run fork -- --here --name "<Restaurant name>" [options]      (in a clone of a GitHub fork)

  <dir>           a new folder for the restaurant's binder (a git repository, with this binder's history)
  --here          start the restaurant's layer in this repository instead (after GitHub's Fork button)
  --name          the restaurant's name, shown on every page
  --repository    its own repository; with --here, read from the \`origin\` remote when left out
  --tagline       one line under the name
  --locale        language tag of the content, like en-GB (default: upstream's)
  --unit-system   metric or us (default: upstream's)
  --currency      ISO 4217 code, like EUR (default: upstream's)
  --url           where the site is published (default: the repository's GitHub Pages address)
  --accent        brand colour, #rrggbb, dark enough to read on white
  --logo          a png, webp, jpg or avif image for the header
  --layer         the layer's folder name under layers/ (default: the name as a slug)
  --upstream      what the \`upstream\` remote points at (default: this binder's \`origin\`, else its folder)`;

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const projectRoot = path.resolve(import.meta.dirname, '../..');
const text = { type: 'string' } as const;
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      here: { type: 'boolean' },
      name: text,
      repository: text,
      tagline: text,
      locale: text,
      'unit-system': text,
      currency: text,
      url: text,
      accent: text,
      logo: text,
      layer: text,
      upstream: text,
    },
  });
} catch (error) {
  usageError((error as Error).message);
}
const { values, positionals } = parsed;
if (!values.name) usageError('give the restaurant\'s name with --name "…"');
if (values.here ? positionals.length > 0 : positionals.length !== 1) usageError(values.here ? '--here takes no folder' : 'give one folder for the new binder');
const unitSystem = values['unit-system'];
if (unitSystem !== undefined && unitSystem !== 'metric' && unitSystem !== 'us') usageError('--unit-system is metric or us');

const options: ForkOptions = {
  name: values.name,
  repository: values.repository,
  tagline: values.tagline,
  locale: values.locale,
  unitSystem,
  currency: values.currency,
  url: values.url,
  accent: values.accent,
  logo: values.logo && path.resolve(values.logo),
  layer: values.layer,
  upstreamRemote: values.upstream,
};

try {
  const started = values.here ? await forkHere(projectRoot, options) : await forkInto(projectRoot, path.resolve(positionals[0]!), options);
  const layer = path.relative(started.dir, started.layerDir);
  console.log(`✓ ${values.name}'s binder is ready in ${started.dir}`);
  console.log(`  its own layer: ${layer}/ (identity in ${layer}/layer.yaml); upstream: ${started.upstreamRemote}`);
  console.log('\nNext:');
  if (!values.here) console.log(`  cd ${path.relative(process.cwd(), started.dir) || '.'}`);
  console.log('  npm install && npm start              the same two commands as upstream');
  console.log('  npm run customise -- recipes/<slug>   make an entry your own (--patch for a few fields, --hide to drop it)');
  console.log('  npm run sync                          pull upstream improvements');
} catch (error) {
  if (!(error instanceof ForkError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
