import { cp, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { formatProblem } from '../binder/check-binder.ts';
import { rereadLayeredBinderAt } from '../binder/layers/shared-reading.ts';
import { endBuildPhase } from './build-phases.ts';
import { isSafetyProblem } from '../binder/safety/rules.ts';
import { contentSafetyGuard } from './content-safety-guard.ts';
import { UnsafeContentError } from './unsafe-content-error.ts';

/** Raised when the binder has problems: the build stops before any page is written. */
export class InvalidBinderError extends Error {
  constructor(count: number) {
    super(`${count} problem${count === 1 ? '' : 's'} in the binder — fix them (see above, or run \`npm run check\`); nothing was built`);
    this.name = 'InvalidBinderError';
  }
}

/**
 * The binder's build hooks: refuse to build from invalid content, serve and copy
 * content/media, and index the finished site with Pagefind.
 */
export function binderIntegration(): AstroIntegration {
  let contentDir = '';
  /** Folders whose media/ the site serves, bottom layer first: a higher layer's image of the same name wins. */
  let layerDirs: string[] = [];
  return {
    name: 'open-franchise:binder',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        contentDir = path.join(root, 'content');
        // Any MDX module Vite is asked to load is checked again first: content can change while dev runs.
        layerDirs = [contentDir];
        updateConfig({ vite: { plugins: [contentSafetyGuard({ contentDir, srcDir: fileURLToPath(config.srcDir), root })] } });
        if (command !== 'build' && command !== 'dev') return;
        // The content loaders share this read (src/binder/layers/shared-reading.ts): the binder is read once per build.
        const { check: result } = await rereadLayeredBinderAt(root);
        endBuildPhase('check');
        layerDirs = result.layers.map((layer) => layer.dir);
        if (result.problems.length === 0) {
          logger.info(`binder valid: ${result.fileCount} files`);
          return;
        }
        for (const problem of result.problems) logger.error(formatProblem(problem));
        // In dev the cook keeps a running site while fixing; a build must not ship bad content.
        if (command === 'build') throw new InvalidBinderError(result.problems.length);
        // Hostile content is different: it must never reach the site, in dev either.
        const unsafe = result.problems.filter(isSafetyProblem).length;
        if (unsafe > 0) throw new UnsafeContentError(unsafe);
        logger.warn(`${result.problems.length} problems in the binder; pages using those entries may fail`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/media/', async (request, response, next) => {
          const wanted = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
          // The restaurant's own layer first, then each one below it, then content/.
          for (const dir of [...layerDirs].reverse()) {
            const mediaRoot = path.join(dir, 'media');
            const file = path.join(mediaRoot, wanted);
            if (!file.startsWith(mediaRoot + path.sep)) return next();
            try {
              // No link below media/ is followed: one added while dev runs could expose any file.
              if ((await realpath(file)) !== path.join(await realpath(mediaRoot), path.relative(mediaRoot, file))) continue;
              if (!(await stat(file)).isFile()) continue;
              const { createReadStream } = await import('node:fs');
              createReadStream(file).pipe(response);
              return;
            } catch {
              continue;
            }
          }
          next();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Bottom layer first, so a higher layer's image of the same name is the one published.
        for (const dir of layerDirs) {
          const media = path.join(dir, 'media');
          if (await exists(media)) await cp(media, path.join(outDir, 'media'), { recursive: true });
        }

        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const indexed = await index.addDirectory({ path: outDir });
        if (indexed.errors.length > 0) throw new Error(`Pagefind could not index the site: ${indexed.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${indexed.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        endBuildPhase('search');
      },
    },
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
