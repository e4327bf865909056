import path from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../binder/check-binder.ts';
import { checkEntrySafety } from '../binder/safety/check-safety.ts';
import { LAYERS_FOLDER } from '../schemas/layer.ts';
import { UnsafeContentError } from './unsafe-content-error.ts';

/**
 * A Vite plugin that runs the hostile-input rules on every MDX module right before it
 * is loaded. The site renders bodies as data (src/binder/body/) and compiles none, so
 * this is the second line: an `.mdx` some future import pulls into Vite is held to the
 * same rules. The binder check at start-up covers the
 * content as it was then; this covers what arrives later while `astro dev` runs (a
 * `git pull`, a proposal checked out), and any MDX reached some other way. A layer's
 * MDX is held to its own folder under layers/, as the checker holds it. MDX under
 * `srcDir` is the project's own code and is left alone; an `.mdx` anywhere else is
 * checked as content, so one outside content/ (say, the target of a link) is refused.
 */
export function contentSafetyGuard(options: { contentDir: string; srcDir: string; root: string }): Plugin {
  const { contentDir, srcDir, root } = options;
  return {
    name: 'open-franchise:content-safety-guard',
    enforce: 'pre',
    async load(id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.mdx') || file.startsWith('\0') || isInside(srcDir, file)) return null;
      const display = path.relative(root, file).split(path.sep).join('/');
      // A layer's file may not leave its own layer folder; anything else must lie in content/.
      const layer = layerFolderOf(path.join(root, LAYERS_FOLDER), file);
      const boundary = layer ?? contentDir;
      const { problems } = await checkEntrySafety(file, boundary, display, 'mdx', layer ? [layer, contentDir] : [contentDir]);
      if (problems.length === 0) return null;
      throw new UnsafeContentError(problems.length, problems.map(formatProblem).join('\n'));
    },
  };
}

/** `layers/<name>` when `file` lies in a layer's folder, else undefined. */
function layerFolderOf(layersRoot: string, file: string): string | undefined {
  if (!isInside(layersRoot, file)) return undefined;
  const name = path.relative(layersRoot, file).split(path.sep)[0]!;
  return path.join(layersRoot, name);
}

function isInside(directory: string, file: string): boolean {
  const relative = path.relative(directory, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
