import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The files of Decap's npm bundle the editor loads: decap-cms.js, the numbered chunks
 * it fetches lazily ("<id>.decap-cms.js", next to itself), its WebAssembly, and the
 * licence notice. Left out: source maps and the duplicate `cms.js` build, which
 * decap-cms.js never requests.
 */
export function decapAssetFiles(names: readonly string[]): string[] {
  return names.filter((name) => /^(?:\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|^[0-9a-f]+\.wasm$/.test(name)).sort();
}

/** Where npm installed Decap's bundle. */
function decapDistDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('decap-cms'));
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the proposal editor's copy of Decap CMS from this site, never a CDN: from
 * node_modules in dev, and copied into dist/admin/ by a build.
 */
export function decapAdminIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'open-franchise:decap-admin',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': async ({ server }) => {
        const source = decapDistDir();
        const served = new Set(decapAssetFiles(await readdir(source)));
        server.middlewares.use(`${base}admin/`, (request, response, next) => {
          const name = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/').replace(/^\//, '');
          if (!served.has(name)) return next();
          response.setHeader('Content-Type', CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream');
          createReadStream(path.join(source, name)).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const source = decapDistDir();
        const target = path.join(fileURLToPath(dir), 'admin');
        await mkdir(target, { recursive: true });
        let bytes = 0;
        const files = decapAssetFiles(await readdir(source));
        for (const name of files) {
          await copyFile(path.join(source, name), path.join(target, name));
          bytes += (await stat(path.join(source, name))).size;
        }
        logger.info(`proposal editor: ${files.length} Decap files, ${(bytes / 1_048_576).toFixed(1)} MB, copied into admin/`);
      },
    },
  };
}
