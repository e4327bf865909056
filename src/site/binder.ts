/**
 * The site's one door to the binder: reads every collection once per build, and
 * builds the cross-binder index once per language. Pages and components call
 * `loadBinder()`, and get the binder in the language of the page being rendered:
 * the same data, with the prose translated where a translation may be shown.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { buildBinderIndex, type BinderIndex } from '../domain/binder-index.ts';
import type { Binder } from '../domain/binder.ts';
import { collectionJsonSchema } from '../schemas/json-schema.ts';
import { LAYERS_FOLDER, patchFilePath } from '../schemas/layer.ts';
import type { CollectionName } from '../schemas/reference.ts';
import type { CookLog } from '../schemas/cook-log.ts';
import type { NetworkReport } from '../schemas/network.ts';
import type { Lineage, Variant } from '../schemas/variant.ts';
import type { LocalizedEntry } from '../schemas/localized-entry.ts';
import { currentLanguage } from '../i18n/current-language.ts';
import { binderLanguages, type BinderLanguage } from '../i18n/languages.ts';
import { binderInLanguage } from '../domain/translation/binder-in-language.ts';

/** Collections whose entries have an MDX body to render. */
export type RenderableCollection = 'recipes' | 'procedures' | 'setup';

export interface SiteBinder {
  readonly binder: Binder;
  readonly index: BinderIndex;
  /** By `collection/id`: how this restaurant's entries differ from the binder it forked. */
  readonly variants: ReadonlyMap<string, Variant>;
  /** The binders this one descends from, the original first, this one last. */
  readonly lineage: readonly Lineage[];
  /** By `collection/id`: the kitchens that cooked each recipe and procedure. */
  readonly cookLogs: ReadonlyMap<string, CookLog>;
  /** What the restaurants that forked this binder changed, when built with a network report. */
  readonly network: NetworkReport | undefined;
  /** The same report's entries by `collection/id`, so each page finds its own at once. */
  readonly networkEntries: ReadonlyMap<string, NetworkReport['entries'][number]>;
  /** In a fork, its own layer's folder (`layers/<name>`), where its editor saves; undefined in an original binder. */
  readonly ownLayerFolder: string | undefined;
  /** The repository files an entry comes from (its own file, and its patch in a fork), for its history. */
  filesOf(collection: CollectionName, id: string): string[];
  /** The Astro entry (for `render()`) of an MDX entry: its translated body when one may be shown. */
  entry<C extends RenderableCollection>(collection: C, id: string): CollectionEntry<C> | CollectionEntry<'translations'>;
  /** The language this binder is read in. */
  readonly language: BinderLanguage;
  /** Every language the binder is read in, its own first. */
  readonly languages: readonly BinderLanguage[];
  /** In another language than the binder's own: how far an entry is translated. */
  translation(collection: CollectionName, id: string): LocalizedEntry | undefined;
  /** In another language: every entry's translation state (empty in the binder's own language). */
  readonly translations: readonly LocalizedEntry[];
}

const loading = new Map<string, Promise<SiteBinder>>();

/** The binder in the language of the page being rendered (its own language outside a page). */
export function loadBinder(): Promise<SiteBinder>;
/** The binder in `language`: its own language when `language` is the original. */
export function loadBinder(language: BinderLanguage): Promise<SiteBinder>;
export function loadBinder(language: BinderLanguage | undefined = currentLanguage()): Promise<SiteBinder> {
  return language && !language.original ? cached(language.tag, () => loadIn(language)) : loadOwnBinder();
}

/** The binder in its own language, whatever page is being rendered. */
export function loadOwnBinder(): Promise<SiteBinder> {
  return cached('', load);
}

function cached(key: string, start: () => Promise<SiteBinder>): Promise<SiteBinder> {
  let binder = loading.get(key);
  if (!binder) {
    binder = start();
    loading.set(key, binder);
  }
  return binder;
}

/** Every page path in every language: a page not yet translated is still served, in the original with a notice. */
export async function inEveryLanguage<P extends { params: Record<string, string | undefined> }>(paths: readonly P[]): Promise<Array<P & { params: P['params'] & { lang: string | undefined } }>> {
  const { languages } = await loadOwnBinder();
  return languages.flatMap((language) => paths.map((path) => ({ ...path, params: { ...path.params, lang: language.segment || undefined } })));
}

/**
 * Paths made in each language from that language's binder (a listing sorts by the
 * translated titles, so its pages differ per language); `lang` is the path's first part.
 */
export async function pathsPerLanguage<P>(make: (site: SiteBinder, lang: string | undefined) => P[]): Promise<P[]> {
  const { languages } = await loadOwnBinder();
  const perLanguage = await Promise.all(languages.map(async (language) => make(await loadBinder(language), language.segment || undefined)));
  return perLanguage.flat();
}

async function loadIn(language: BinderLanguage): Promise<SiteBinder> {
  const own = await loadOwnBinder();
  const records = await getCollection('translations', (entry) => entry.data.language === language.tag);
  const byKey = new Map(records.map((record) => [`${record.data.collection}/${record.data.entry}`, record] as const));
  const translated = binderInLanguage(own.binder, language.tag, (collection, id) => byKey.get(`${collection}/${id}`)?.data.data);
  return {
    ...own,
    binder: translated,
    index: buildBinderIndex(translated, collectionJsonSchema),
    language,
    translation: (collection, id) => byKey.get(`${collection}/${id}`)?.data,
    translations: records.map((record) => record.data),
    entry: <C extends RenderableCollection>(collection: C, id: string) => {
      const record = byKey.get(`${collection}/${id}`);
      return record?.data.bodyTranslated ? record : own.entry(collection, id);
    },
  };
}

async function load(): Promise<SiteBinder> {
  const [recipes, procedures, setup, ingredients, equipment, stations, menu, site, lineage, cookLogs, network] = await Promise.all([
    getCollection('recipes'),
    getCollection('procedures'),
    getCollection('setup'),
    getCollection('ingredients'),
    getCollection('equipment'),
    getCollection('stations'),
    getCollection('menu'),
    getCollection('site'),
    getCollection('lineage'),
    getCollection('cookLogs'),
    getCollection('network'),
  ]);
  const identity = site[0]?.data;
  if (!identity) throw new Error('content/site.yaml is missing or empty — run `npm run check` for details');
  const byId = <D,>(entries: ReadonlyArray<{ id: string; data: D }>) => new Map(entries.map((e) => [e.id, e.data] as const));
  const binder: Binder = {
    site: identity,
    recipes: byId(recipes),
    procedures: byId(procedures),
    setup: byId(setup),
    ingredients: byId(ingredients),
    equipment: byId(equipment),
    stations: byId(stations),
    menu: byId(menu),
  };
  const renderable = {
    recipes: new Map(recipes.map((e) => [e.id, e])),
    procedures: new Map(procedures.map((e) => [e.id, e])),
    setup: new Map(setup.map((e) => [e.id, e])),
  };
  const chain = lineage.map((l) => l.data).sort((a, b) => a.depth - b.depth);
  const variantsById = new Map(Object.entries(chain.at(-1)?.variants ?? {}));
  const filePaths = new Map<string, string>();
  for (const [collection, entries] of Object.entries({ recipes, procedures, setup, ingredients, equipment, stations })) {
    for (const entry of entries) if (entry.filePath) filePaths.set(`${collection}/${entry.id}`, entry.filePath);
  }
  const languages = binderLanguages(identity);
  return {
    binder,
    index: buildBinderIndex(binder, collectionJsonSchema),
    language: languages[0]!,
    languages,
    translation: () => undefined,
    translations: [],
    variants: variantsById,
    lineage: chain,
    cookLogs: byId(cookLogs),
    network: network[0]?.data,
    networkEntries: new Map((network[0]?.data.entries ?? []).map((entry) => [entry.entry, entry] as const)),
    ownLayerFolder: chain.length > 1 ? `${LAYERS_FOLDER}/${chain.at(-1)!.layer}` : undefined,
    filesOf: (collection, id) => {
      const key = `${collection}/${id}`;
      const variant = variantsById.get(key);
      const own = filePaths.get(key);
      const patch = variant?.kind === 'patched' ? patchFilePath(variant.layer, collection, id) : undefined;
      return [own, patch].filter((file): file is string => file !== undefined);
    },
    entry: <C extends RenderableCollection>(collection: C, id: string) => {
      const entry = renderable[collection].get(id);
      if (!entry) throw new Error(`no ${collection} entry \`${id}\``);
      return entry as CollectionEntry<C>;
    },
  };
}
