import path from 'node:path';
import { z } from 'astro/zod';
import type { DerivedAllergens } from '../domain/allergen-derivation.ts';
import type { BinderEntries, BinderProblem, EntryLocation } from '../domain/binder.ts';
import { checkHiddenReferences } from '../domain/checks/hidden-references.ts';
import { checkReferences } from '../domain/checks/references.ts';
import { mergeFields } from '../domain/layers/apply-patch.ts';
import { stackLayers, type LayerInput, type StackedEntry } from '../domain/layers/stack-layers.ts';
import type { LocatedProblem } from '../domain/located-problem.ts';
import type { SchemaNode } from '../domain/references.ts';
import { checkCosting } from '../domain/checks/costing.ts';
import { checkPars } from '../domain/checks/pars.ts';
import { validateBinder } from '../domain/validate-binder.ts';
import { BINDER_COLLECTIONS, SITE_FILE } from '../schemas/collections.ts';
import { collectionJsonSchema } from '../schemas/json-schema.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/reference.ts';
import { BASE_LAYER } from '../schemas/layer.ts';
import { SiteSchema, type Site } from '../schemas/site.ts';
import { checkGovernanceRecords } from './governance/check-records.ts';
import { readGovernanceRecords, type GovernanceRecords } from './governance/read-records.ts';
import { discoverLayers, type LayerFolder } from './layers/discover-layers.ts';
import { located, readLayer, type LayerFiles } from './layers/read-layer.ts';
import { checkEntrySafety, checkMediaSafety } from './safety/check-safety.ts';
import { parseYamlFile, type SourceFile } from './source-file.ts';
import { readTranslations, type BinderTranslations } from './translations/read-translations.ts';
import { explainIssues } from './zod-issues.ts';

export { formatProblem, type LocatedProblem } from '../domain/located-problem.ts';

/** How an entry the reader sees came to be, from the restaurant's own layer's point of view. */
export interface EntryOrigin {
  /** `upstream`: as the binder forked from has it; the others are this restaurant's doing. */
  readonly kind: 'upstream' | 'replaced' | 'patched' | 'added';
  /** The layer the entry's file is in. */
  readonly layer: string;
  /** For a patch, its reason. */
  readonly reason?: string;
}

export interface BinderCheck {
  /** Every problem, sorted by file and line. */
  readonly problems: LocatedProblem[];
  /** The entries that passed their schemas, with every layer applied and hidden entries left out. */
  readonly entries: BinderEntries;
  /** The identity: content/site.yaml with each layer's `site:` over it. */
  readonly site: Site | undefined;
  readonly allergens: ReadonlyMap<string, DerivedAllergens>;
  /** Number of files read: entries, patches, layer manifests and the site file. */
  readonly fileCount: number;
  /** Every entry the reader sees, valid or not, by collection (ids are file names). */
  readonly listed: ReadonlyMap<CollectionName, ReadonlySet<string>>;
  /** The MDX body of each entry file that passed the safety rules, by `collection/id`. */
  readonly bodies: ReadonlyMap<string, string>;
  /** By `collection/id`: the file line each of those bodies starts on. */
  readonly bodyLines: ReadonlyMap<string, number>;
  /** content/ first, then each layer. */
  readonly layers: readonly LayerFolder[];
  /** By `collection/id`: where each visible entry comes from. */
  readonly origins: ReadonlyMap<string, EntryOrigin>;
  /** By `collection/id`: the absolute path of the file that holds each visible entry (its body, for MDX). */
  readonly files: ReadonlyMap<string, string>;
  /** By `collection/id`: entries a layer hides, with that layer's name. */
  readonly hidden: ReadonlyMap<string, string>;
  /** The binder's line of descent: the original (content/) first, then each layer's identity as it stands there. */
  readonly lineage: readonly BinderLineage[];
  /** The register of kitchens, their trials and the rules in force (see src/schemas/records.ts). */
  readonly governance: GovernanceRecords;
  /** Every entry in every language the binder is read in (see translations/read-translations.ts). */
  readonly translations: BinderTranslations;
  /** What is worth knowing but breaks nothing: missing and out-of-date translations, old prices. Sorted like `problems`. */
  readonly warnings: LocatedProblem[];
}

/** One binder in the line of descent. */
export interface BinderLineage {
  readonly layer: string;
  readonly name: string;
  readonly repository: string;
  readonly url: string;
}

export interface CheckOptions {
  /** Leave the top layer out: the binder as the restaurant forked it, to compare its own changes with. */
  readonly upstreamOnly?: boolean;
  /**
   * Layer reads to share between checks of the same files at the same moment (a fork's
   * binder, then the binder it forked): a layer read with the same options is read once.
   */
  readonly layerReads?: Map<string, Promise<LayerFiles>>;
  /** The day prices are aged against (YYYY-MM-DD); today by default. */
  readonly today?: string;
}

/**
 * Validates a whole binder without building anything: content/ and each layer beside
 * it (see layers/discover-layers.ts), each file against its schema, the layers stacked,
 * then every rule that spans entries. Reports all problems at once.
 * `displayRoot` is what file paths in messages are relative to.
 */
export async function checkBinder(contentDir: string, displayRoot = path.dirname(contentDir), options: CheckOptions = {}): Promise<BinderCheck> {
  const display = (absolute: string) => path.relative(displayRoot, absolute).split(path.sep).join('/');
  const discovery = await discoverLayers(contentDir, display);
  // The binder as forked: every layer but the restaurant's own.
  const folders = options.upstreamOnly && discovery.layers.length > 1 ? discovery.layers.slice(0, -1) : discovery.layers;
  const problems: LocatedProblem[] = [...discovery.problems];
  const read = await Promise.all(
    folders.map((layer, index) => {
      const readOptions = { patches: index > 0, mediaDirs: folders.slice(0, index + 1).map((below) => below.dir).reverse() };
      const key = [layer.dir, readOptions.patches, ...readOptions.mediaDirs].join('\0');
      const shared = options.layerReads?.get(key);
      if (shared) return shared;
      const reading = readLayer(layer.dir, display, readOptions);
      options.layerReads?.set(key, reading);
      return reading;
    }),
  );
  for (const files of read) problems.push(...files.problems);
  for (const layer of folders) problems.push(...(await checkMediaSafety(layer.dir, display)));
  const manifests = folders.length - 1;
  const site = await checkSite(contentDir, folders, display, problems);
  const governance = await readGovernanceRecords(folders, display);
  problems.push(...governance.problems);
  const fileCount = read.reduce((sum, files) => sum + files.fileCount, manifests) + (site.checked ? 1 : 0) + governance.fileCount;

  const stack = stackLayers(
    folders.map((layer, index) => layerInput(layer, read[index]!)),
    collectionJsonSchema,
  );
  const layerIndex = new Map(folders.map((layer, index) => [layer.name, index]));
  for (const problem of stack.problems) {
    const files = read[layerIndex.get(problem.layer)!]!;
    if (problem.kind === 'patch') {
      problems.push(located(files.patches[problem.collection].get(problem.id)!.source, problem.path, problem.message, problem.fix));
    } else {
      const manifest = folders[layerIndex.get(problem.layer)!]!;
      const index = manifest.manifest?.hide?.indexOf(`${problem.collection}/${problem.id}`) ?? -1;
      problems.push(located(manifest.manifestSource!, ['hide', index], problem.message, problem.fix));
    }
  }

  // Where each visible entry's problems go: its top patch when it has one, else its file.
  const valid = byCollection<unknown>();
  const invalid = byCollection<unknown>();
  const listed = new Map<CollectionName, Set<string>>(COLLECTION_NAMES.map((c) => [c, new Set<string>()]));
  const sources = new Map<string, { entry: SourceFile; patch?: { source: SourceFile } }>();
  const reportedPaths = new Map<string, ReadonlyArray<readonly string[]>>();
  const bodies = new Map<string, string>();
  const bodyLines = new Map<string, number>();
  const files = new Map<string, string>();
  const origins = new Map<string, EntryOrigin>();
  const hidden = new Map<string, string>();
  const own = folders[folders.length - 1]!.name;

  for (const collection of COLLECTION_NAMES) {
    for (const [id, layer] of stack.hidden[collection]) hidden.set(`${collection}/${id}`, layer);
    // Every id some layer has a file for, top layer first: the file a reader would get.
    const topFiles = new Map<string, { index: number; files: LayerFiles }>();
    read.forEach((layerFiles, index) => {
      for (const id of layerFiles.listed[collection].keys()) topFiles.set(id, { index, files: layerFiles });
    });
    for (const [id, top] of topFiles) {
      const key = `${collection}/${id}`;
      if (hidden.has(key)) continue;
      listed.get(collection)!.add(id);
      const file = top.files.entries[collection].get(id);
      if (!file) continue; // refused by the safety rules or unparsable: already reported
      if (file.valid === undefined) {
        invalid[collection].set(id, file.source.data);
        reportedPaths.set(key, file.reportedPaths);
        sources.set(key, { entry: file.source });
        continue;
      }
      const stacked = stack.entries[collection].get(id);
      if (!stacked) continue;
      const patchLayer = stacked.patchedBy.at(-1);
      const patchFile = patchLayer === undefined ? undefined : read[layerIndex.get(patchLayer)!]!.patches[collection].get(id);
      sources.set(key, { entry: file.source, ...(patchFile?.valid ? { patch: { source: patchFile.source } } : {}) });
      if (BINDER_COLLECTIONS[collection].format === 'mdx') {
        bodies.set(key, file.source.body);
        bodyLines.set(key, file.source.bodyLine);
      }
      files.set(key, file.absolute);
      origins.set(key, originOf(stacked, collection, id, own, read, layerIndex, patchFile?.valid));
      if (stacked.patchedBy.length === 0) {
        valid[collection].set(id, stacked.data);
        continue;
      }
      // A patched entry is checked whole again: the patch may break what upstream had right.
      const result = BINDER_COLLECTIONS[collection].schema.safeParse(stacked.data);
      if (result.success) {
        valid[collection].set(id, result.data);
        continue;
      }
      const target = patchFile?.source ?? file.source;
      for (const issue of explainIssues(result.error.issues, stacked.data, collectionJsonSchema(collection))) {
        problems.push(located(target, issue.path, `with the patch applied, ${issue.message}`, issue.fix));
      }
      invalid[collection].set(id, stacked.data);
      reportedPaths.set(key, [[]]);
    }
  }

  const placeIn = (list: LocatedProblem[]) => (problem: BinderProblem) => {
    const source = problem.collection === 'site' ? undefined : sources.get(`${problem.collection}/${problem.id}`);
    if (!source) return void list.push(unplaced(problem, problem.message, problem.fix));
    // Upstream's entry passed on its own: a problem of the patched entry is the patch's to fix.
    if (source.patch) list.push(located(source.patch.source, problem.path, `in the entry as patched, ${problem.message}`, problem.fix));
    else list.push(located(source.entry, problem.path, problem.message, problem.fix));
  };
  const placeProblem = placeIn(problems);
  const costingWarnings: LocatedProblem[] = [];

  const entries = valid as unknown as BinderEntries;
  // Hidden entries still exist: a reference to one is its own problem, said below.
  const knownIds = new Map(COLLECTION_NAMES.map((c) => [c, new Set([...listed.get(c)!, ...stack.hidden[c].keys()])]));
  const validation = validateBinder(entries, knownIds);
  validation.problems.forEach(placeProblem);
  checkHiddenReferences(mergeInvalid(valid, invalid), collectionJsonSchema, hidden, (location, message, fix) => placeProblem({ ...location, message, fix }));
  // References in entries that failed their schema, except where a schema problem was already said.
  checkReferences(invalid, collectionJsonSchema, knownIds, (location, message, fix) => {
    const said = reportedPaths.get(`${location.collection}/${location.id}`) ?? [];
    if (!said.some((issuePath) => overlaps(issuePath, location.path.map(String)))) placeProblem({ ...location, message, fix });
  });

  if (site.value) {
    const placeWarning = placeIn(costingWarnings);
    checkCosting(entries, site.value, options.today ?? new Date().toISOString().slice(0, 10), (location, message, fix) => placeProblem({ ...location, message, fix }), (location, message, fix) => placeWarning({ ...location, message, fix }));
    checkPars(entries, (location, message, fix) => placeProblem({ ...location, message, fix }), (location, message, fix) => placeWarning({ ...location, message, fix }));
  }

  problems.push(...checkGovernanceRecords(governance, (collection, id) => knownIds.get(collection)!.has(id)));

  const translations = await readTranslations({ layers: folders, display, site: site.value, entries, bodies, bodyLines, files, known: knownIds });
  problems.push(...translations.problems);
  const warnings = [...translations.warnings, ...costingWarnings].sort(byPlace);

  problems.sort(byPlace);
  return { problems, entries, site: site.value, allergens: validation.allergens, fileCount: fileCount + translations.fileCount, listed, bodies, bodyLines, layers: folders, origins, files, hidden, lineage: site.lineage, governance, translations, warnings };
}

function byPlace(a: LocatedProblem, b: LocatedProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field);
}

function layerInput(layer: LayerFolder, files: LayerFiles): LayerInput {
  const pick = <T,>(map: ReadonlyMap<string, T>, value: (item: T) => unknown) =>
    new Map([...map].flatMap(([id, item]) => (value(item) === undefined ? [] : [[id, value(item)] as const])));
  return {
    name: layer.name,
    entries: Object.fromEntries(COLLECTION_NAMES.map((c) => [c, pick(files.entries[c], (file) => file.valid)])),
    patches: Object.fromEntries(COLLECTION_NAMES.map((c) => [c, pick(files.patches[c], (file) => file.valid)])) as LayerInput['patches'],
    hide: (layer.manifest?.hide ?? []).map((entry) => {
      const [collection, id] = entry.split('/') as [CollectionName, string];
      return { collection, id };
    }),
  };
}

function originOf(
  stacked: StackedEntry,
  collection: CollectionName,
  id: string,
  own: string,
  read: readonly LayerFiles[],
  layerIndex: ReadonlyMap<string, number>,
  patch: Record<string, unknown> | undefined,
): EntryOrigin {
  // A binder with no layers is the original: nothing in it is a local change.
  if (own === BASE_LAYER) return { kind: 'upstream', layer: stacked.layer };
  if (stacked.patchedBy.at(-1) === own) return { kind: 'patched', layer: own, ...(typeof patch?.['reason'] === 'string' ? { reason: patch['reason'] } : {}) };
  if (stacked.layer !== own) return { kind: 'upstream', layer: stacked.layer };
  const below = read.slice(0, layerIndex.get(own)!).some((files) => files.listed[collection].has(id));
  return { kind: below ? 'replaced' : 'added', layer: own };
}

/** Invalid entries beside the valid ones, for checks that walk raw data. */
function mergeInvalid(valid: ByCollection<unknown>, invalid: ByCollection<unknown>): ByCollection<unknown> {
  return Object.fromEntries(COLLECTION_NAMES.map((c) => [c, new Map([...valid[c], ...invalid[c]])])) as ByCollection<unknown>;
}

const SITE_SCHEMA_NODE = z.toJSONSchema(SiteSchema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;

/** content/site.yaml, with each layer's `site:` over it, checked whole. */
async function checkSite(
  contentDir: string,
  layers: readonly LayerFolder[],
  display: (p: string) => string,
  problems: LocatedProblem[],
): Promise<{ value: Site | undefined; checked: boolean; lineage: BinderLineage[] }> {
  const absolute = path.join(contentDir, SITE_FILE);
  let text: string;
  try {
    const safety = await checkEntrySafety(absolute, contentDir, display(absolute), 'yaml');
    problems.push(...safety.problems);
    if (safety.text === undefined) return { value: undefined, checked: true, lineage: [] };
    text = safety.text;
  } catch {
    problems.push({ file: display(absolute), line: 1, field: '', message: 'is missing', fix: 'create it with the franchise name, tagline, locale and the other site fields (see README)' });
    return { value: undefined, checked: false, lineage: [] };
  }
  const source = parseYamlFile(display(absolute), text);
  for (const error of source.syntaxErrors) problems.push({ file: source.file, line: error.line, field: '', message: error.message, fix: error.fix });
  if (source.syntaxErrors.length > 0) return { value: undefined, checked: true, lineage: [] };
  let data = (source.data ?? {}) as Record<string, unknown>;
  // Each problem goes to the top file that sets the field: a layer's override, else content/site.yaml.
  const setters: Array<{ source: SourceFile; fields: Record<string, unknown>; prefix: string[] }> = [{ source, fields: data, prefix: [] }];
  const lineage: BinderLineage[] = [lineageOf(layers[0]!.name, data)];
  for (const layer of layers.slice(1)) {
    const overrides = (layer.manifest?.site ?? {}) as Record<string, unknown>;
    data = mergeFields(data, overrides, SITE_SCHEMA_NODE).data;
    lineage.push(lineageOf(layer.name, data));
    if (layer.manifestSource) setters.push({ source: layer.manifestSource, fields: overrides, prefix: ['site'] });
  }
  const result = SiteSchema.safeParse(data);
  if (result.success) return { value: result.data, checked: true, lineage };
  for (const issue of explainIssues(result.error.issues, data, SITE_SCHEMA_NODE)) {
    const setter = setters.findLast((candidate) => hasPath(candidate.fields, issue.path)) ?? setters[0]!;
    const fieldPath = [...setter.prefix, ...issue.path];
    problems.push({ file: setter.source.file, line: setter.source.lineOf(fieldPath), field: fieldPath.join('.'), message: issue.message, fix: issue.fix });
  }
  return { value: undefined, checked: true, lineage };
}

function lineageOf(layer: string, site: Record<string, unknown>): BinderLineage {
  const text = (field: string) => (typeof site[field] === 'string' ? (site[field] as string) : '');
  return { layer, name: text('name'), repository: text('repository'), url: text('url') };
}

function hasPath(data: unknown, fieldPath: ReadonlyArray<string | number>): boolean {
  const [head, ...rest] = fieldPath;
  if (head === undefined) return true;
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, head)) return false;
  return hasPath((data as Record<string | number, unknown>)[head], rest);
}

/** Whether one field path lies inside the other (a problem with a whole line covers its reference). */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  return shorter.every((part, index) => part === longer[index]);
}

function unplaced(location: EntryLocation, message: string, fix: string): LocatedProblem {
  return { file: `${location.collection}/${location.id}`, line: 1, field: location.path.join('.'), message, fix };
}

type ByCollection<T> = { [C in CollectionName]: Map<string, T> };

function byCollection<T>(): ByCollection<T> {
  return Object.fromEntries(COLLECTION_NAMES.map((collection) => [collection, new Map<string, T>()])) as ByCollection<T>;
}
