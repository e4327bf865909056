/**
 * Astro content loaders for the layered binder: every collection, the identity and
 * the line of descent (with the fork's variants) come from one read of content/ and layers/ (see
 * src/binder/layers/layered-binder.ts), so the site shows exactly what `npm run check`
 * checked. An MDX entry's body is rendered to HTML here, once (src/binder/body/), and
 * stored with the entry for `render()`: no body is compiled into a module.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblem } from '../binder/check-binder.ts';
import { BodyRenderError, renderBody, type BodyHeading, type BodyOutline, type RenderBodyOptions } from '../binder/body/render-body.ts';
import type { LayeredBinder } from '../binder/layers/layered-binder.ts';
import { forgetLayeredBinderAt, isCurrentReading, layeredBinderAt } from '../binder/layers/shared-reading.ts';
import { BINDER_COLLECTIONS } from '../schemas/collections.ts';
import { LAYERS_FOLDER } from '../schemas/layer.ts';
import type { CollectionName } from '../schemas/reference.ts';

/** The change the current read was started for, while every collection's listener hears of it. */
let invalidatedFor: string | undefined;

/**
 * A file changed: the next read starts afresh. Every collection hears of the same
 * change, one after another in the same turn, so only the first one drops the read.
 */
function invalidate(root: string, changed: string): void {
  if (invalidatedFor === changed) return;
  invalidatedFor = changed;
  forgetLayeredBinderAt(root);
  queueMicrotask(() => (invalidatedFor = undefined));
}

let reported: Promise<LayeredBinder> | undefined;

/**
 * While `npm start` runs, what a change did to the binder, said once for all the
 * collections: a file that breaks a rule, hostile or not, is named with its fix and
 * left out of the site (it is never compiled).
 */
function reportOnce(reading: Promise<LayeredBinder>, { check }: LayeredBinder, context: LoaderContext, changed: string): void {
  if (reported === reading) return;
  reported = reading;
  const count = check.problems.length;
  context.logger.info(`${changed} changed: the binder ${count === 0 ? 'is valid' : `has ${count} problem${count === 1 ? '' : 's'}; entries with problems are left out until fixed`}`);
  for (const problem of check.problems) context.logger.error(formatProblem(problem));
}

/** Loads a collection's entries into Astro's store, and again whenever a binder file changes. */
function layeredLoader(name: string, fill: (binder: LayeredBinder, context: LoaderContext, root: string) => Promise<void>): Loader {
  return {
    name: `open-franchise:${name}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const sync = async (changed?: string) => {
        const started = layeredBinderAt(root);
        const binder = await started;
        // A newer change started a newer read meanwhile (an editor saves a file in two writes): that one fills the store.
        if (!isCurrentReading(root, started)) return;
        if (changed !== undefined) reportOnce(started, binder, context, path.relative(root, changed));
        context.store.clear();
        await fill(binder, context, root);
      };
      await sync();
      const watched = [path.join(root, 'content'), path.join(root, LAYERS_FOLDER)];
      context.watcher?.add(watched);
      const onChange = (changed: string) => {
        if (!watched.some((folder) => changed.startsWith(folder + path.sep))) return;
        invalidate(root, changed);
        sync(changed).catch((error: Error) => context.logger.error(error.message));
      };
      for (const event of ['change', 'add', 'unlink'] as const) context.watcher?.on(event, onChange);
    },
  };
}

/** A binder collection: its entries with every layer applied and hidden ones left out, MDX bodies rendered. */
export function layeredCollection(collection: CollectionName): Loader {
  const { bodyOutline: outline, directory } = BINDER_COLLECTIONS[collection] as { bodyOutline?: BodyOutline; directory: string };
  return layeredLoader(collection, async ({ check }, { store, parseData, generateDigest, config }, root) => {
    for (const [id, data] of check.entries[collection]) {
      const key = `${collection}/${id}`;
      const absolute = check.files.get(key)!;
      const filePath = path.relative(root, absolute).split(path.sep).join('/');
      const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath: absolute });
      const body = check.bodies.get(key);
      const rendered = outline && body !== undefined ? renderedBody(body, filePath, { outline, folder: directory, base: config.base, firstLine: check.bodyLines.get(key) ?? 1 }) : undefined;
      store.set({ id, data: parsed, filePath, digest: generateDigest({ filePath, data: data as Record<string, unknown>, body: body ?? '' }), ...(rendered ? { rendered } : {}) });
    }
  });
}

/** A body as Astro's store keeps rendered content; an error names the file, the line and what to do. */
function renderedBody(body: string, filePath: string, options: RenderBodyOptions): { html: string; metadata: { headings: BodyHeading[] } } {
  try {
    const { html, headings } = renderBody(body, { ...options, base: options.base.endsWith('/') ? options.base : `${options.base}/` });
    return { html, metadata: { headings } };
  } catch (error) {
    if (error instanceof BodyRenderError) throw new Error(`${filePath}: ${error.message}`, { cause: error });
    throw error;
  }
}

/** The identity: content/site.yaml with each layer's `site:` over it. */
export function layeredSite(): Loader {
  return layeredLoader('site', async ({ check }, { store, parseData }) => {
    if (!check.site) return;
    store.set({ id: 'site', data: await parseData({ id: 'site', data: check.site as unknown as Record<string, unknown> }) });
  });
}

/**
 * The binders this one descends from, the original first; the last one, this binder,
 * carries how its entries differ from the binder it forked (none in an original).
 */
export function layeredLineage(): Loader {
  return layeredLoader('lineage', async ({ check, variants }, { store, parseData }) => {
    const own = check.lineage.length - 1;
    for (const [depth, binder] of check.lineage.entries()) {
      const data = { depth, ...binder, ...(depth === own && variants.size > 0 ? { variants: Object.fromEntries(variants) } : {}) };
      store.set({ id: String(depth), data: await parseData({ id: String(depth), data }) });
    }
  });
}

/** By `collection/id`: the kitchens that cooked each recipe or procedure (see src/domain/governance/cook-log.ts). */
export function layeredCookLogs(): Loader {
  return layeredLoader('cook-logs', async ({ cookLogs }, { store, parseData }) => {
    for (const [id, log] of cookLogs) store.set({ id, data: await parseData({ id, data: log as unknown as Record<string, unknown> }) });
  });
}

/**
 * Every entry in every language the binder is also read in (see
 * src/binder/translations/read-translations.ts), by `<language>/<collection>/<id>`;
 * a body translated and fit to show is rendered here, like an entry's.
 */
export function layeredTranslations(): Loader {
  return layeredLoader('translations', async ({ check }, { store, parseData, config }, root) => {
    for (const [language, records] of check.translations.byLanguage) {
      for (const record of records.values()) {
        const id = `${language}/${record.collection}/${record.id}`;
        const { bodyOutline: outline, directory } = BINDER_COLLECTIONS[record.collection] as { bodyOutline?: BodyOutline; directory: string };
        const filePath = record.bodyTranslated && record.bodyFile ? path.relative(root, record.bodyFile).split(path.sep).join('/') : undefined;
        const rendered = outline && filePath && record.body !== undefined ? renderedBody(record.body, filePath, { outline, folder: directory, base: config.base, firstLine: record.bodyLine }) : undefined;
        const stateOf = (state: string) => record.prose.filter((report) => report.state === state).map((report) => report.path.join('.'));
        const data = {
          language,
          collection: record.collection,
          entry: record.id,
          data: record.data as Record<string, unknown>,
          state: record.summary.state,
          stale: stateOf('stale'),
          withheld: stateOf('withheld'),
          missing: stateOf('missing'),
          bodyTranslated: record.bodyTranslated,
          ...(record.file ? { file: record.file } : {}),
        };
        store.set({ id, data: await parseData({ id, data }), ...(rendered ? { rendered } : {}) });
      }
    }
  });
}
