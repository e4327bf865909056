/**
 * `npm run fork`: a restaurant's binder starts with the binder's history, its own
 * layer and one commit; a fork that cannot start leaves nothing behind.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { forkHere, forkInto } from '../../src/forks/start-fork.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/binder');
// The fork's first commit is made in a new clone, which has no identity of its own: give git one.
Object.assign(process.env, { GIT_AUTHOR_NAME: 'Head Chef', GIT_AUTHOR_EMAIL: 'chef@example.org', GIT_COMMITTER_NAME: 'Head Chef', GIT_COMMITTER_EMAIL: 'chef@example.org' });
let scratch: string;
let upstream: string;

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
}

beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'start-fork-'));
  upstream = path.join(scratch, 'upstream');
  await cp(FIXTURE, path.join(upstream, 'content'), { recursive: true });
  git(upstream, 'init', '--quiet', '-b', 'main');
  git(upstream, 'config', 'user.name', 'Head Chef');
  git(upstream, 'config', 'user.email', 'chef@example.org');
  git(upstream, 'add', '.');
  git(upstream, 'commit', '--quiet', '-m', 'Fixture Kitchen');
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const BROOKLYN = { name: 'Brooklyn Kitchen', repository: 'https://github.com/brooklyn/binder', upstreamRemote: '' };

describe('forkInto', () => {
  test('clones the history, adds the layer and one commit, and points upstream and origin right', async () => {
    const target = path.join(scratch, 'brooklyn');
    const started = await forkInto(upstream, target, { ...BROOKLYN, upstreamRemote: upstream, accent: '#1d4ed8', currency: 'EUR' });
    expect(started.layerDir).toBe(path.join(target, 'layers', 'brooklyn-kitchen'));
    expect(git(target, 'log', '--format=%s')).toBe("Start Brooklyn Kitchen's binder on Fixture Kitchen\nFixture Kitchen");
    expect(git(target, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(['.github/README.md', 'layers/brooklyn-kitchen/README.md', 'layers/brooklyn-kitchen/layer.yaml']);
    expect(git(target, 'remote', 'get-url', 'upstream')).toBe(upstream);
    expect(git(target, 'remote', 'get-url', 'origin')).toBe(BROOKLYN.repository);
    const layer = parse(await readFile(path.join(started.layerDir, 'layer.yaml'), 'utf8'));
    expect(layer).toEqual({
      extends: 'content',
      site: {
        name: 'Brooklyn Kitchen',
        tagline: "Brooklyn Kitchen: our kitchen's binder, built on Fixture Kitchen's",
        currency: 'EUR',
        repository: 'https://github.com/brooklyn/binder',
        upstream: 'https://github.com/example/fixture',
        url: 'https://brooklyn.github.io/binder',
        theme: { accent: '#1d4ed8' },
      },
    });
    expect(git(target, 'status', '--porcelain')).toBe('');
  });

  test('a logo is copied into the layer’s media and named in its theme, so the checker and the site find it', async () => {
    const logo = path.join(scratch, 'logo.png');
    // The smallest valid PNG signature is enough for the media rule, which reads the first bytes.
    await writeFile(logo, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const target = path.join(scratch, 'brooklyn');
    const started = await forkInto(upstream, target, { ...BROOKLYN, upstreamRemote: upstream, logo });
    expect(parse(await readFile(path.join(started.layerDir, 'layer.yaml'), 'utf8')).site.theme).toEqual({ logo: { src: 'media/logo.png' } });
    expect(git(target, 'show', '--name-only', '--format=', 'HEAD')).toContain('layers/brooklyn-kitchen/media/logo.png');
  });

  test.each([
    ['a logo that is not an image', { logo: '/etc/hostname' }, /a logo is a png, webp, jpg or avif image/],
    ['no repository', { repository: undefined }, /give the restaurant's own repository with --repository/],
    ['a repository that is not https', { repository: 'git@github.com:b/c.git' }, /give the repository's https:\/\/ address/],
    ['a name that makes no folder name', { name: '!!!' }, /cannot name a layer folder — give --layer/],
    ['an accent too faint to read', { accent: '#ffff00' }, /the new layer has problems .*site\.theme\.accent: is too faint/s],
  ])('%s is refused and leaves nothing behind', async (_name, change, message) => {
    const target = path.join(scratch, 'brooklyn');
    await expect(forkInto(upstream, target, { ...BROOKLYN, upstreamRemote: upstream, ...change })).rejects.toThrow(message);
    expect(existsSync(target)).toBe(false);
  });

  test('a folder that is not empty is never written into', async () => {
    const target = path.join(scratch, 'busy');
    await mkdir(target);
    await writeFile(path.join(target, 'notes.txt'), 'mine');
    await expect(forkInto(upstream, target, { ...BROOKLYN, upstreamRemote: upstream })).rejects.toThrow(/already exists and is not empty/);
    expect(await readdir(target)).toEqual(['notes.txt']);
  });
});

describe('forkHere (after GitHub’s Fork button)', () => {
  test('reads the restaurant’s repository from origin and adds upstream from the binder’s identity', async () => {
    const clone = path.join(scratch, 'clone');
    execFileSync('git', ['clone', '--quiet', upstream, clone]);
    git(clone, 'config', 'user.name', 'Head Chef');
    git(clone, 'config', 'user.email', 'chef@example.org');
    git(clone, 'remote', 'set-url', 'origin', 'git@github.com:brooklyn/binder.git');
    const started = await forkHere(clone, { name: 'Brooklyn Kitchen' });
    expect(git(clone, 'remote', 'get-url', 'upstream')).toBe('https://github.com/example/fixture');
    const layer = parse(await readFile(path.join(started.layerDir, 'layer.yaml'), 'utf8'));
    expect(layer.site.repository).toBe('https://github.com/brooklyn/binder');
    expect(git(clone, 'log', '-1', '--format=%s')).toBe("Start Brooklyn Kitchen's binder on Fixture Kitchen");
  });
});
