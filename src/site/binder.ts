/**
 * The site's one door to the binder: reads every collection once per build, and
 * builds the cross-binder index once. Pages and components call `loadBinder()`.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { buildBinderIndex, type BinderIndex } from '../domain/binder-index.ts';
import type { Binder } from '../domain/binder.ts';
import { collectionJsonSchema } from '../schemas/json-schema.ts';

/** Collections whose entries have an MDX body to render. */
export type RenderableCollection = 'recipes' | 'procedures' | 'setup';

export interface SiteBinder {
  readonly binder: Binder;
  readonly index: BinderIndex;
  /** The Astro entry (for `render()`) of an MDX entry. */
  entry<C extends RenderableCollection>(collection: C, id: string): CollectionEntry<C>;
}

let loading: Promise<SiteBinder> | undefined;

export function loadBinder(): Promise<SiteBinder> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SiteBinder> {
  const [recipes, procedures, setup, ingredients, equipment, stations, site] = await Promise.all([
    getCollection('recipes'),
    getCollection('procedures'),
    getCollection('setup'),
    getCollection('ingredients'),
    getCollection('equipment'),
    getCollection('stations'),
    getCollection('site'),
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
  };
  const renderable = {
    recipes: new Map(recipes.map((e) => [e.id, e])),
    procedures: new Map(procedures.map((e) => [e.id, e])),
    setup: new Map(setup.map((e) => [e.id, e])),
  };
  return {
    binder,
    index: buildBinderIndex(binder, collectionJsonSchema),
    entry: <C extends RenderableCollection>(collection: C, id: string) => {
      const entry = renderable[collection].get(id);
      if (!entry) throw new Error(`no ${collection} entry \`${id}\``);
      return entry as CollectionEntry<C>;
    },
  };
}
