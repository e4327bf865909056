/**
 * What the local editor may write. Decap's proxy already keeps paths inside the
 * repository; this narrows it to the binder's own folder (content/, or a fork's own
 * layer, layers/<name>/): entry files in their collection folders, the identity file
 * and images under media/. Anything else, upstream's content/ in a fork included, is
 * refused before git is touched.
 */
import path from 'node:path/posix';
import { BINDER_COLLECTIONS, extensionOf, SITE_FILE } from '../schemas/collections.ts';
import { RECORD_FOLDER_NAMES, RECORD_FOLDERS } from '../schemas/records.ts';
import { TRANSLATIONS_FOLDER } from '../schemas/translation.ts';
import { BASE_LAYER, LAYER_FILE } from '../schemas/layer.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/reference.ts';

const MEDIA_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif']);

/** Actions that write to the repository, and so move proposal branches. */
export const WRITING_ACTIONS = new Set([
  'persistEntry',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
  'updateUnpublishedEntryStatus',
  'publishUnpublishedEntry',
  'deleteUnpublishedEntry',
]);

/** A request body as Decap's proxy backend sends it. */
export interface ProxyRequest {
  readonly action?: unknown;
  readonly params?: Record<string, unknown>;
}

/** The reason a write is refused, or undefined when it may go ahead. */
export function refuseWrite(request: ProxyRequest, binderFolder = BASE_LAYER): string | undefined {
  const params = request.params ?? {};
  for (const target of writtenPaths(request.action, params)) {
    const problem = pathProblem(target, binderFolder);
    if (problem) return `refused to write \`${String(target)}\`: ${problem}`;
  }
  return undefined;
}

function writtenPaths(action: unknown, params: Record<string, unknown>): unknown[] {
  switch (action) {
    case 'persistEntry': {
      const files = Array.isArray(params.dataFiles) ? params.dataFiles : [params.entry];
      const assets = Array.isArray(params.assets) ? params.assets : [];
      return [
        ...files.flatMap((file) => [field(file, 'path'), ...(field(file, 'newPath') === undefined ? [] : [field(file, 'newPath')])]),
        ...assets.map((asset) => field(asset, 'path')),
      ];
    }
    case 'persistMedia':
      return [field(params.asset, 'path')];
    case 'deleteFile':
      return [params.path];
    case 'deleteFiles':
      return Array.isArray(params.paths) ? params.paths : [undefined];
    default:
      return [];
  }
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * Why `target` is not a binder file the editor may write, or undefined. `binderFolder`
 * is where this binder's own files are: `content`, or `layers/<name>` in a fork.
 */
export function pathProblem(target: unknown, binderFolder = BASE_LAYER): string | undefined {
  if (typeof target !== 'string' || target === '') return 'no path given';
  if (target.includes('\\') || target.includes('\0')) return 'paths use forward slashes and no control characters';
  const normal = path.normalize(target);
  if (normal !== target || path.isAbsolute(target) || normal.startsWith('../')) return `the path must be a plain relative path inside ${binderFolder}/`;
  if (normal === identityFile(binderFolder)) return undefined;
  if (normal.startsWith(`${binderFolder}/media/`)) {
    return MEDIA_EXTENSIONS.has(path.extname(normal).toLowerCase()) ? undefined : 'media must be a jpg, png, webp or avif image';
  }
  // The register of kitchens and the trials: YAML files, one per kitchen or trial.
  const record = RECORD_FOLDER_NAMES.find((name) => {
    const folder = `${binderFolder}/${RECORD_FOLDERS[name].directory}/`;
    return normal.startsWith(folder) && !normal.slice(folder.length).includes('/');
  });
  if (record !== undefined) return normal.endsWith('.yaml') ? undefined : `${RECORD_FOLDERS[record].label.toLowerCase()} are \`.yaml\` files`;
  // A translation: translations/<language>/<collection folder>/<slug>.<ext>, the entry's own extension.
  const translation = new RegExp(`^${escapeRegExp(binderFolder)}/${TRANSLATIONS_FOLDER}/([a-z]{2,3}(?:-[a-z0-9]+)?)/([^/]+)/[^/]+$`).exec(normal);
  if (translation) {
    const translated = COLLECTION_NAMES.find((name) => BINDER_COLLECTIONS[name].directory === translation[2]);
    if (translated === undefined) return `translations sit in a collection's folder (${COLLECTION_NAMES.map((name) => BINDER_COLLECTIONS[name].directory).join(', ')})`;
    return normal.endsWith(extensionOf(translated)) ? undefined : `translations of ${translated} are \`${extensionOf(translated)}\` files`;
  }
  const collection = collectionFolderOf(normal, binderFolder);
  if (collection === undefined) {
    const fork = binderFolder === BASE_LAYER ? '' : ' (this is a fork: its changes go into its own layer, never into upstream\'s content/)';
    return `the editor only writes binder entries and images under ${binderFolder}/${fork}`;
  }
  return normal.endsWith(extensionOf(collection)) ? undefined : `${collection} are \`${extensionOf(collection)}\` files`;
}

/** The identity file the editor edits: content/site.yaml, or a fork's layer.yaml. */
function identityFile(binderFolder: string): string {
  return binderFolder === BASE_LAYER ? `${BASE_LAYER}/${SITE_FILE}` : `${binderFolder}/${LAYER_FILE}`;
}

/** The collection whose folder directly holds `target` (`content/recipes/x.mdx` → recipes), whatever its extension. */
export function collectionFolderOf(target: string, binderFolder = BASE_LAYER): CollectionName | undefined {
  return COLLECTION_NAMES.find((collection) => {
    const folder = `${binderFolder}/${BINDER_COLLECTIONS[collection].directory}/`;
    return target.startsWith(folder) && !target.slice(folder.length).includes('/');
  });
}

/** The headers that say who is calling the local editor backend, as Node hands them over. */
export interface RequestCaller {
  readonly method?: string | undefined;
  readonly host?: string | readonly string[] | undefined;
  readonly origin?: string | readonly string[] | undefined;
}

/** Host names the backend answers to; a DNS-rebound page arrives under its own name. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The reason a request is refused for where it comes from, or undefined when it may go ahead.
 * Every request must name this machine in its Host; one carrying an Origin must come from
 * the binder's own pages; and every POST (reads included: Decap reads by POST too) must
 * carry such an Origin, since browsers always send one and Decap's editor is a browser page.
 */
export function refuseRequestOrigin(caller: RequestCaller, port: number, allowedOrigins: readonly string[]): string | undefined {
  const host = singleHeader(caller.host);
  if (host === undefined || !LOOPBACK_NAMES.some((name) => host.toLowerCase() === `${name}:${port}`)) {
    const named = host === undefined ? 'with no single Host header' : `for host \`${host}\``;
    return `refused a request ${named}: the local editor backend answers only http://localhost:${port} and http://127.0.0.1:${port} (a web page may be trying to reach it through DNS rebinding)`;
  }
  const origin = singleHeader(caller.origin);
  const ownPages = allowedOrigins.join(', ');
  if (caller.origin !== undefined && (origin === undefined || !allowedOrigins.includes(origin))) {
    return `refused a request from \`${String(caller.origin)}\`: the local editor backend takes requests only from the binder's own pages (${ownPages})`;
  }
  if (origin === undefined && caller.method?.toUpperCase() === 'POST') {
    return `refused a POST with no Origin header: the local editor backend takes requests only from the binder's own pages (${ownPages})`;
  }
  return undefined;
}

/** A header's one value; none when it is missing or repeated. */
function singleHeader(value: string | readonly string[] | undefined): string | undefined {
  if (typeof value === 'string') return value;
  return value?.length === 1 ? value[0] : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
