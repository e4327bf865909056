/**
 * Decap CMS's own serialisers, loaded into Node: the YAML and frontmatter formatters
 * of decap-cms-core and the markdown widget's markdown ⇄ Slate round trip.
 *
 * Decap ships them as bundler-only ESM (extensionless imports such as `lodash/trimEnd`,
 * and the markdown serialiser imports the whole React editor, which touches `window`).
 * So they are bundled once with esbuild into a CommonJS file under
 * node_modules/.cache/open-franchise/, keyed by the installed versions; a missing or
 * stale bundle is rebuilt on first use, so a fresh clone needs no step after `npm install`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'esbuild';

/** Decap's YAML formatter (decap-cms-core/src/formats/yaml.ts). */
export interface DecapYamlFormatter {
  fromFile(content: string): unknown;
  toFile(data: object, sortedKeys?: string[], comments?: Record<string, string>): string;
}

/** Decap's frontmatter formatter (decap-cms-core/src/formats/frontmatter.ts). */
export interface DecapFrontmatterFormatter {
  fromFile(content: string): Record<string, unknown> & { body?: string };
  toFile(data: Record<string, unknown> & { body?: string }, sortedKeys?: string[], comments?: Record<string, string>): string;
}

/** Options the markdown widget's editor passes to its serialisers. */
export interface MarkdownSerializerOptions {
  readonly voidCodeBlock: boolean;
  readonly remarkPlugins: unknown[];
}

/** The serialisers, exactly as the CMS runs them in the browser. */
export interface DecapSerializers {
  readonly yamlFormatter: DecapYamlFormatter;
  frontmatterYAML(): DecapFrontmatterFormatter;
  markdownToSlate(markdown: string, options: MarkdownSerializerOptions): unknown;
  slateToMarkdown(slate: unknown, options: MarkdownSerializerOptions): string;
}

/** Decap's serialisers could not be bundled or loaded. */
export class DecapSerializersUnavailableError extends Error {
  override name = 'DecapSerializersUnavailableError';
}

const projectRoot = path.resolve(import.meta.dirname, '../..');
const cacheDir = path.join(projectRoot, 'node_modules', '.cache', 'open-franchise');
const BUNDLE_PREFIX = 'decap-serializers-';

/** Packages whose code ends up in the bundle: a new version of any means a new bundle. */
const BUNDLED_PACKAGES = ['decap-cms-core', 'decap-cms-widget-markdown', 'decap-cms-editor-component-image', 'esbuild'];

const ENTRY = `
export { markdownToSlate, slateToMarkdown } from 'decap-cms-widget-markdown/dist/esm/serializers/index.js';
export { default as yamlFormatter } from 'decap-cms-core/dist/esm/formats/yaml.js';
export { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter.js';
`;

/*
 * Stands in for the markdown widget's React control, which the serialisers import only
 * for `getEditorComponents()`. It returns what decap-cms-app registers at start-up
 * (the image component, then the code-block component), so image and code-block
 * shortcodes serialise as they do in the CMS.
 */
const EDITOR_COMPONENTS = `
import { Map } from 'immutable';
import createEditorComponent from 'decap-cms-core/dist/esm/valueObjects/EditorComponent.js';
import image from 'decap-cms-editor-component-image/dist/esm/index.js';
const components = Map([
  ['image', createEditorComponent(image)],
  ['code-block', createEditorComponent({ id: 'code-block', label: 'Code Block', widget: 'code', type: 'code-block' })],
]);
export function getEditorComponents() {
  return components;
}
`;

let loaded: Promise<DecapSerializers> | undefined;

/** Decap's serialisers, bundled on first use (about a second) and loaded once per process. */
export function loadDecapSerializers(): Promise<DecapSerializers> {
  loaded ??= (async () => {
    const bundle = path.join(cacheDir, `${BUNDLE_PREFIX}${bundleKey()}.cjs`);
    if (!existsSync(bundle)) await buildBundle(bundle);
    try {
      return createRequire(import.meta.url)(bundle) as DecapSerializers;
    } catch (error) {
      throw new DecapSerializersUnavailableError(
        `could not load Decap CMS's serialisers from ${path.relative(projectRoot, bundle)}: ${(error as Error).message.split('\n')[0]} — delete that file and try again`,
      );
    }
  })();
  return loaded;
}

function bundleKey(): string {
  const hash = createHash('sha256').update(ENTRY).update(EDITOR_COMPONENTS);
  const resolve = createRequire(path.join(projectRoot, 'package.json')).resolve;
  for (const name of BUNDLED_PACKAGES) {
    try {
      hash.update(`${name}@${(JSON.parse(readFileSync(resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`);
    } catch {
      throw new DecapSerializersUnavailableError(`${name} is not installed — run \`npm install\``);
    }
  }
  // Nested dependencies (remark-stringify, yaml 1, gray-matter) change only with the lock file.
  const lock = path.join(projectRoot, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex').slice(0, 16);
}

async function buildBundle(bundle: string): Promise<void> {
  const { build } = await import('esbuild');
  let code: Uint8Array;
  try {
    const result = await build({
      stdin: { contents: ENTRY, resolveDir: projectRoot, sourcefile: 'decap-serializers.js', loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
      legalComments: 'none',
      plugins: [editorComponentsStub()],
    });
    code = result.outputFiles[0]!.contents;
  } catch (error) {
    throw new DecapSerializersUnavailableError(
      `could not bundle Decap CMS's serialisers: ${(error as Error).message.split('\n')[0]} — run \`npm install\`, then try again`,
    );
  }
  await mkdir(cacheDir, { recursive: true });
  // Other processes (parallel test workers) may build at the same time: write aside, then rename.
  const partial = `${bundle}.${process.pid}.${Date.now()}.partial`;
  await writeFile(partial, code);
  await rename(partial, bundle);
  await removeStaleBundles(path.basename(bundle));
}

function editorComponentsStub(): Plugin {
  return {
    name: 'decap-editor-components',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/MarkdownControl$/ }, (args) =>
        args.importer.includes(`decap-cms-widget-markdown${path.sep}dist${path.sep}esm${path.sep}serializers`)
          ? { path: 'editor-components', namespace: 'decap-editor-components' }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'decap-editor-components' }, () => ({ contents: EDITOR_COMPONENTS, resolveDir: projectRoot, loader: 'js' }));
    },
  };
}

async function removeStaleBundles(current: string): Promise<void> {
  const names = await readdir(cacheDir).catch(() => []);
  const stale = names.filter((name) => name.startsWith(BUNDLE_PREFIX) && name.endsWith('.cjs') && name !== current);
  await Promise.all(stale.map((name) => rm(path.join(cacheDir, name), { force: true })));
}
