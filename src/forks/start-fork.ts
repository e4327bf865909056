/**
 * Starts a restaurant's binder on this one (`npm run fork`): a git repository with the
 * binder's history (so later syncs merge cleanly), a remote `upstream` pointing at the
 * binder it came from, and the restaurant's own layer, `layers/<name>/`, holding its
 * identity. No upstream file is edited, so pulling upstream never conflicts.
 */
import { access, copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { checkBinder } from '../binder/check-binder.ts';
import { git, gitMaybe } from '../binder/git.ts';
import { ownLayer } from '../binder/layers/discover-layers.ts';
import { LAYER_FILE, LAYERS_FOLDER, type Layer, type SiteOverrides } from '../schemas/layer.ts';
import { slugify } from '../domain/slug.ts';
import { SLUG_PATTERN } from '../schemas/reference.ts';
import type { Site } from '../schemas/site.ts';
import { restaurantReadme } from './restaurant-readme.ts';

/** What the founder says about the new restaurant; everything but the name is optional. */
export interface ForkOptions {
  readonly name: string;
  readonly tagline?: string | undefined;
  readonly locale?: string | undefined;
  readonly unitSystem?: 'metric' | 'us' | undefined;
  readonly currency?: string | undefined;
  /** The published site's address; from a GitHub repository, its Pages address by default. */
  readonly url?: string | undefined;
  /** The restaurant's own repository (https://github.com/owner/name): its editor proposes there. */
  readonly repository?: string | undefined;
  /** Accent colour, #rrggbb. */
  readonly accent?: string | undefined;
  /** A logo image (png, webp, jpg or avif) to copy into the layer's media/. */
  readonly logo?: string | undefined;
  /** The layer's folder name under layers/; the name as a slug by default. */
  readonly layer?: string | undefined;
  /** What the `upstream` remote points at; the source's own `origin`, else its folder. */
  readonly upstreamRemote?: string | undefined;
}

/** A fork that cannot be started, with what to do. */
export class ForkError extends Error {
  override readonly name = 'ForkError';
}

export interface StartedFork {
  readonly dir: string;
  readonly layerDir: string;
  readonly upstreamRemote: string;
  readonly commit: string;
}

/** Clones the binder at `sourceRoot` into `targetDir` and starts the restaurant's layer there. */
export async function forkInto(sourceRoot: string, targetDir: string, options: ForkOptions): Promise<StartedFork> {
  const layerName = checkOptions(options);
  const source = await readSource(sourceRoot);
  const target = path.resolve(targetDir);
  if (await isNonEmptyFolder(target)) throw new ForkError(`${target} already exists and is not empty — choose a new folder for the restaurant's binder`);
  const upstreamRemote = options.upstreamRemote ?? (await gitMaybe(sourceRoot, ['remote', 'get-url', 'origin'])) ?? sourceRoot;
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await git(path.dirname(target), ['clone', '--quiet', '--origin', 'upstream', '--branch', source.site.branch, '--single-branch', '--', sourceRoot, target]);
    await git(target, ['remote', 'set-url', 'upstream', upstreamRemote]);
    await git(target, ['remote', 'add', 'origin', options.repository!]);
    return await startLayer(target, source, options, layerName, upstreamRemote);
  } catch (error) {
    // Nothing half-made is left behind: the folder was new (or empty) before.
    await rm(target, { recursive: true, force: true });
    throw error instanceof ForkError ? error : new ForkError(`could not start the binder in ${target}: ${(error as Error).message}`);
  }
}

/**
 * The same in a repository that already holds the binder's history: a clone of a
 * GitHub fork made with the Fork button. The `upstream` remote is added when missing,
 * and the restaurant's repository is read from `origin` when not given.
 */
export async function forkHere(repoRoot: string, options: ForkOptions): Promise<StartedFork> {
  const origin = await gitMaybe(repoRoot, ['remote', 'get-url', 'origin']);
  const withRepository = { ...options, repository: options.repository ?? (origin ? httpsRepositoryUrl(origin) : undefined) };
  const layerName = checkOptions(withRepository);
  const source = await readSource(repoRoot);
  const existingUpstream = await gitMaybe(repoRoot, ['remote', 'get-url', 'upstream']);
  const upstreamRemote = existingUpstream ?? options.upstreamRemote ?? source.site.repository;
  const started = await startLayer(repoRoot, source, withRepository, layerName, upstreamRemote);
  if (!existingUpstream) await git(repoRoot, ['remote', 'add', 'upstream', upstreamRemote]);
  return started;
}

/** Refuses options that cannot make a fork, before anything is written; returns the layer's folder name. */
function checkOptions(options: ForkOptions): string {
  if (options.name.trim() === '') throw new ForkError('give the restaurant\'s name with --name "…"');
  const layerName = options.layer ?? slugify(options.name);
  if (!SLUG_PATTERN.test(layerName)) throw new ForkError(`\`${layerName}\` cannot name a layer folder — give --layer with lowercase words joined by hyphens, like \`brooklyn\``);
  if (!options.repository) {
    throw new ForkError("give the restaurant's own repository with --repository https://github.com/<owner>/<name>: its editor proposes changes there, and its site is published from there");
  }
  if (!/^https:\/\/\S+$/.test(options.repository)) throw new ForkError(`--repository ${options.repository}: give the repository's https:// address, like https://github.com/<owner>/<name>`);
  return layerName;
}

interface Source {
  readonly site: Site;
  /** The layer the new one sits on: content, or a franchise's layer. */
  readonly top: string;
  readonly hasGitHubReadme: boolean;
}

async function readSource(root: string): Promise<Source> {
  if ((await gitMaybe(root, ['rev-parse', '--show-toplevel'])) === undefined) {
    throw new ForkError(`${root} is not a git repository — run \`npm run fork\` from a clone of the binder`);
  }
  const check = await checkBinder(path.join(root, 'content'), root);
  if (!check.site || check.problems.length > 0) {
    throw new ForkError(`the binder at ${root} has ${check.problems.length} problem(s) — run \`npm run check\` and fix them before forking it`);
  }
  const hasGitHubReadme = await access(path.join(root, '.github', 'README.md')).then(() => true, () => false);
  return { site: check.site, top: ownLayer(check.layers).name, hasGitHubReadme };
}

/** Writes the layer (and GitHub's front page when the binder has none), checks it and commits it; undoes its writes on failure. */
async function startLayer(root: string, source: Source, options: ForkOptions, layerName: string, upstreamRemote: string): Promise<StartedFork> {
  const layerDir = path.join(root, LAYERS_FOLDER, layerName);
  if (await isNonEmptyFolder(layerDir)) throw new ForkError(`${path.relative(root, layerDir)} already exists — this binder already has a layer of that name; give another with --layer`);
  const written = [path.join(LAYERS_FOLDER, layerName)];
  try {
    return await writeLayer(root, source, options, layerDir, written, upstreamRemote);
  } catch (error) {
    await gitMaybe(root, ['reset', '--quiet', '--', ...written]);
    await Promise.all(written.map((file) => rm(path.join(root, file), { recursive: true, force: true })));
    throw error;
  }
}

async function writeLayer(root: string, source: Source, options: ForkOptions, layerDir: string, written: string[], upstreamRemote: string): Promise<StartedFork> {
  const layerName = path.basename(layerDir);
  await mkdir(layerDir, { recursive: true });
  let logo: SiteOverrides['theme'] = {};
  if (options.logo) {
    const extension = path.extname(options.logo).toLowerCase();
    if (!['.png', '.webp', '.jpg', '.jpeg', '.avif'].includes(extension)) throw new ForkError(`--logo ${options.logo}: a logo is a png, webp, jpg or avif image`);
    await mkdir(path.join(layerDir, 'media'), { recursive: true });
    await copyFile(options.logo, path.join(layerDir, 'media', `logo${extension}`));
    logo = { logo: { src: `media/logo${extension}` } };
  }
  const site: SiteOverrides = {
    name: options.name,
    tagline: options.tagline ?? `${options.name}: our kitchen's binder, built on ${source.site.name}'s`.slice(0, 120),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.unitSystem ? { unitSystem: options.unitSystem } : {}),
    ...(options.currency ? { currency: options.currency } : {}),
    repository: options.repository!,
    upstream: source.site.repository,
    url: options.url ?? pagesUrl(options.repository!) ?? source.site.url,
    ...(options.accent || options.logo ? { theme: { ...logo, ...(options.accent ? { accent: options.accent } : {}) } } : {}),
  };
  const layer: Layer = { extends: source.top, site };
  await writeFile(path.join(layerDir, LAYER_FILE), layerFileText(layer, options.name, source.site.name));
  const readme = (toRoot: string) =>
    restaurantReadme({ name: options.name, layer: layerName, upstreamName: source.site.name, upstreamRepository: source.site.repository, repository: options.repository!, toRoot });
  await writeFile(path.join(layerDir, 'README.md'), readme('../../'));
  // GitHub shows .github/README.md first; a fork of a fork keeps its franchise's.
  if (!source.hasGitHubReadme) {
    await mkdir(path.join(root, '.github'), { recursive: true });
    await writeFile(path.join(root, '.github', 'README.md'), readme('../'));
    written.push(path.join('.github', 'README.md'));
  }

  // The new layer must check cleanly before it is committed.
  const check = await checkBinder(path.join(root, 'content'), root);
  if (check.problems.length > 0) {
    throw new ForkError(`the new layer has problems — fix them in ${path.relative(root, layerDir)}/${LAYER_FILE}, then commit:\n${check.problems.map((p) => `  ${p.file}:${p.line}: ${p.field}: ${p.message} — ${p.fix}`).join('\n')}`);
  }
  await git(root, ['add', '--', ...written]);
  await git(root, ['commit', '--quiet', '-m', `Start ${options.name}'s binder on ${source.site.name}`]).catch((error: Error) => {
    throw new ForkError(`git could not commit the new layer (${error.message.split('\n')[0]}) — set your name with \`git config --global user.name "…"\` and \`git config --global user.email …\`, then run the fork again`);
  });
  return { dir: root, layerDir, upstreamRemote, commit: await git(root, ['rev-parse', 'HEAD']) };
}

function layerFileText(layer: Layer, name: string, upstreamName: string): string {
  return [
    `# ${name}'s layer over ${upstreamName}'s binder. Everything this restaurant changes`,
    '# lives in this folder, never in content/, so `npm run sync` merges upstream cleanly.',
    '#   site:    this restaurant\'s identity (any field of content/site.yaml)',
    '#   hide:    entries not on this menu, as `recipes/<slug>` (npm run customise -- <entry> --hide)',
    '#   <collection>/<slug>.mdx|yaml     replaces or adds an entry (npm run customise -- <entry>)',
    '#   patches/<collection>/<slug>.yaml changes some fields only (npm run customise -- <entry> --patch)',
    stringify(layer, { lineWidth: 0 }).trimEnd(),
    '',
  ].join('\n');
}

/** "git@github.com:owner/name.git" or "https://github.com/owner/name.git" → "https://github.com/owner/name". */
export function httpsRepositoryUrl(remote: string): string | undefined {
  const match = /^(?:git@github\.com:|https:\/\/github\.com\/|ssh:\/\/git@github\.com\/)([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(remote);
  return match ? `https://github.com/${match[1]}/${match[2]}` : undefined;
}

/** GitHub Pages' address for a repository, which the deploy workflow publishes to. */
export function pagesUrl(repository: string): string | undefined {
  const match = /^https:\/\/github\.com\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(repository);
  if (!match) return undefined;
  const [, owner, name] = match;
  const host = `${owner!.toLowerCase()}.github.io`;
  return name!.toLowerCase() === host ? `https://${host}` : `https://${host}/${name}`;
}

async function isNonEmptyFolder(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length > 0;
  } catch {
    return false;
  }
}
