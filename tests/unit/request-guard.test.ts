import { describe, expect, test } from 'vitest';
import { pathProblem, refuseWrite } from '../../src/proposals/request-guard.ts';

describe('pathProblem: what the local editor may write', () => {
  test.each([
    'content/recipes/margherita.mdx',
    'content/ingredients/water.yaml',
    'content/site.yaml',
    'content/media/margherita.jpg',
    'content/media/steps/fold.webp',
  ])('allows %s', (target) => {
    expect(pathProblem(target)).toBeUndefined();
  });

  test.each([
    ['package.json', 'only writes binder entries'],
    ['content/recipes/../../package.json', 'plain relative path'],
    ['./content/recipes/a.mdx', 'plain relative path'],
    ['/etc/passwd', 'plain relative path'],
    ['content\\recipes\\a.mdx', 'forward slashes'],
    ['content/recipes/a.yaml', 'recipes are `.mdx` files'],
    ['content/recipes/sub/a.mdx', 'only writes binder entries'],
    ['content/media/payload.svg', 'jpg, png, webp or avif'],
    ['src/pages/index.astro', 'only writes binder entries'],
    ['', 'no path given'],
    [42, 'no path given'],
  ])('refuses %s', (target, reason) => {
    expect(pathProblem(target)).toContain(reason);
  });
});

describe('refuseWrite', () => {
  test('checks every file of a save, assets included', () => {
    const request = {
      action: 'persistEntry',
      params: { dataFiles: [{ path: 'content/recipes/a.mdx', raw: '' }], assets: [{ path: 'public/evil.js' }] },
    };
    expect(refuseWrite(request)).toBe('refused to write `public/evil.js`: the editor only writes binder entries and images under content/');
  });

  test('checks renames and deletions', () => {
    expect(refuseWrite({ action: 'persistEntry', params: { dataFiles: [{ path: 'content/recipes/a.mdx', newPath: '.github/workflows/x.yml' }] } })).toContain('.github/workflows/x.yml');
    expect(refuseWrite({ action: 'deleteFiles', params: { paths: ['content/recipes/a.mdx', 'README.md'] } })).toContain('README.md');
    expect(refuseWrite({ action: 'deleteFile', params: { path: 'content/recipes/a.mdx' } })).toBeUndefined();
  });
});
