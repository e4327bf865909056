import { describe, expect, test } from 'vitest';
import { pathProblem, refuseRequestOrigin, refuseWrite } from '../../src/proposals/request-guard.ts';

describe('pathProblem: what the local editor may write', () => {
  test.each([
    'content/recipes/margherita.mdx',
    'content/ingredients/water.yaml',
    'content/site.yaml',
    'content/media/margherita.jpg',
    'content/media/steps/fold.webp',
    'content/trials/2026-12-07-harbour-lane-recipes-pizza-dough.yaml',
    'content/kitchens/harbour-lane.yaml',
    'content/translations/es/recipes/margherita.mdx',
    'content/translations/pt-br/ingredients/water.yaml',
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
    ['content/trials/a.mdx', 'trials are `.yaml` files'],
    ['content/trials/sub/a.yaml', 'only writes binder entries'],
    ['content/governance.yaml', 'only writes binder entries'],
    ['content/translations/es/recipes/margherita.yaml', 'translations of recipes are `.mdx` files'],
    ['content/translations/es/kitchens/a.yaml', "translations sit in a collection's folder"],
    ['content/translations/es/recipes/sub/a.mdx', 'only writes binder entries'],
    ['content/translations/ES/recipes/a.mdx', 'only writes binder entries'],
    ['content/media/payload.svg', 'jpg, png, webp or avif'],
    ['src/pages/index.astro', 'only writes binder entries'],
    ['', 'no path given'],
    [42, 'no path given'],
  ])('refuses %s', (target, reason) => {
    expect(pathProblem(target)).toContain(reason);
  });
});

describe('pathProblem in a fork: only its own layer is written', () => {
  const LAYER = 'layers/brooklyn';
  test.each(['layers/brooklyn/recipes/margherita.mdx', 'layers/brooklyn/ingredients/water.yaml', 'layers/brooklyn/layer.yaml', 'layers/brooklyn/media/logo.png', 'layers/brooklyn/translations/es/recipes/chopped-salad.mdx'])(
    'allows %s',
    (target) => {
      expect(pathProblem(target, LAYER)).toBeUndefined();
    },
  );

  test.each([
    ['content/recipes/margherita.mdx', "never into upstream's content/"],
    ['content/site.yaml', "never into upstream's content/"],
    ['content/media/a.jpg', "never into upstream's content/"],
    ['layers/other/recipes/a.mdx', 'only writes binder entries and images under layers/brooklyn/'],
    ['layers/brooklyn/patches/recipes/a.yaml', 'only writes binder entries'],
    ['layers/brooklyn/recipes/../../../content/recipes/a.mdx', 'plain relative path inside layers/brooklyn/'],
  ])('refuses %s', (target, reason) => {
    expect(pathProblem(target, LAYER)).toContain(reason);
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

describe('refuseRequestOrigin: who may call the local editor backend', () => {
  const PORT = 8081;
  const OWN_PAGES = ['http://localhost:4321', 'http://127.0.0.1:4321'];
  const EDITOR = 'http://localhost:4321';
  const refusal = (method: string, host: string | string[] | undefined, origin?: string | string[]) =>
    refuseRequestOrigin({ method, host, origin }, PORT, OWN_PAGES);

  test.each(['localhost:8081', '127.0.0.1:8081', 'LocalHost:8081', '[::1]:8081'])('answers host %s', (host) => {
    expect(refusal('POST', host, EDITOR)).toBeUndefined();
    expect(refusal('GET', host)).toBeUndefined();
  });

  test.each([
    ['attacker.example:8081', 'for host `attacker.example:8081`'],
    ['localhost:9999', 'for host `localhost:9999`'],
    ['localhost.attacker.example:8081', 'for host `localhost.attacker.example:8081`'],
    ['127.0.0.1', 'for host `127.0.0.1`'],
    ['', 'for host ``'],
    [undefined, 'with no single Host header'],
    [['localhost:8081', 'attacker.example:8081'], 'with no single Host header'],
  ])('refuses host %j, whatever the method', (host, named) => {
    for (const method of ['GET', 'OPTIONS', 'POST']) {
      expect(refusal(method, host, EDITOR)).toBe(
        `refused a request ${named}: the local editor backend answers only http://localhost:8081 and http://127.0.0.1:8081 (a web page may be trying to reach it through DNS rebinding)`,
      );
    }
  });

  test.each(OWN_PAGES)('lets the binder at %s write, ask and read', (origin) => {
    for (const method of ['POST', 'OPTIONS', 'GET']) expect(refusal(method, '127.0.0.1:8081', origin)).toBeUndefined();
  });

  test.each([
    ['http://attacker.example:8081', 'request from `http://attacker.example:8081`'],
    ['null', 'request from `null`'],
    ['http://localhost:4321.evil.example', 'request from `http://localhost:4321.evil.example`'],
    ['http://localhost:3000', 'request from `http://localhost:3000`'],
    ['https://localhost:4321', 'request from `https://localhost:4321`'],
    ['http://localhost:4321/', 'request from `http://localhost:4321/`'],
    [undefined, 'POST with no Origin header'],
  ])('refuses a POST from %s', (origin, named) => {
    expect(refusal('POST', 'localhost:8081', origin)).toBe(
      `refused a ${named}: the local editor backend takes requests only from the binder's own pages (http://localhost:4321, http://127.0.0.1:4321)`,
    );
  });

  test('refuses a preflight from a stranger, and lets through a GET with no Origin', () => {
    expect(refusal('OPTIONS', 'localhost:8081', 'http://attacker.example:8081')).toContain('refused a request from `http://attacker.example:8081`');
    expect(refusal('GET', 'localhost:8081')).toBeUndefined();
  });
});
