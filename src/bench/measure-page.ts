/**
 * Weighs one built page as a browser loads it on first visit: the HTML, every
 * stylesheet it links, every script it runs at start and every module those import
 * statically, each compressed on its own as a server sends it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MeasuredPage } from './budgets.ts';
import type { ChosenPage } from './choose-pages.ts';
import { findFrameworkRuntimes, type LoadedModule } from './framework-runtime.ts';
import { findPageAssets, findStaticImports } from './page-assets.ts';
import { pageUrl, SITE_ORIGIN, siteFilePath } from './site-files.ts';
import { addWeights, weigh } from './weight.ts';

type LoadedFile = MeasuredPage['files'][number];

export async function measurePage(dist: string, page: ChosenPage, basePath = '/'): Promise<MeasuredPage> {
  const html = await readFile(path.join(dist, page.file));
  const url = pageUrl(page.path, basePath);
  const references = findPageAssets(html.toString('utf8'));
  const files: LoadedFile[] = [{ url: page.path, kind: 'html', weight: weigh(html) }];
  const missing: string[] = [];
  const read = async (reference: string, from: string): Promise<{ url: string; content: Buffer } | undefined> => {
    const file = siteFilePath(reference, from, basePath);
    const content = file === undefined ? undefined : await readFile(path.join(dist, file)).catch(() => undefined);
    if (!content) missing.push(reference);
    return content && { url: new URL(reference, from).href, content };
  };

  for (const stylesheet of references.stylesheets) {
    const loaded = await read(stylesheet, url);
    if (loaded) files.push({ url: sitePath(loaded.url), kind: 'css', weight: weigh(loaded.content) });
  }

  // Breadth-first through static imports; each module counted once however often it is imported.
  const modules: LoadedModule[] = [];
  const seen = new Set<string>();
  const queue = references.scripts.map((script) => ({ reference: script, from: url }));
  while (queue.length > 0) {
    const { reference, from } = queue.shift()!;
    const absolute = safeUrl(reference, from);
    if (absolute === undefined || seen.has(absolute)) continue;
    seen.add(absolute);
    const loaded = await read(reference, from);
    if (!loaded) {
      // Not in dist/ (another origin, say): its name alone may still say it is a framework.
      modules.push({ url: absolute, code: '' });
      continue;
    }
    const code = loaded.content.toString('utf8');
    modules.push({ url: loaded.url, code });
    files.push({ url: sitePath(loaded.url), kind: 'js', weight: weigh(loaded.content) });
    for (const specifier of findStaticImports(code)) queue.push({ reference: specifier, from: loaded.url });
  }

  const ofKind = (kind: LoadedFile['kind']) => addWeights(files.filter((file) => file.kind === kind).map((file) => file.weight));
  return {
    label: page.label,
    path: page.path,
    html: ofKind('html'),
    css: ofKind('css'),
    js: ofKind('js'),
    files,
    missing,
    frameworkRuntimes: findFrameworkRuntimes(modules, references.frameworkIslands),
  };
}

function safeUrl(reference: string, from: string): string | undefined {
  try {
    return new URL(reference, from).href;
  } catch {
    return undefined;
  }
}

function sitePath(url: string): string {
  return url.startsWith(SITE_ORIGIN) ? url.slice(SITE_ORIGIN.length) : url;
}
