/**
 * The whole Decap CMS configuration, derived from the binder's own collection table
 * and zod schemas (src/schemas/), so an editor field can never drift from the
 * rules the binder check applies. Pure: built at site build time (src/pages/admin/)
 * and in unit tests, from the validated content/site.yaml.
 */
import { z } from 'astro/zod';
import type { CmsCollection, CmsConfig, CmsField } from 'decap-cms-core';
import { BINDER_COLLECTIONS, SITE_FILE } from '../src/schemas/collections.ts';
import { collectionJsonSchema } from '../src/schemas/json-schema.ts';
import { COLLECTION_NAMES, type CollectionName } from '../src/schemas/reference.ts';
import { LAYER_FILE, SiteOverridesSchema } from '../src/schemas/layer.ts';
import { RECORD_FOLDER_NAMES, RECORD_FOLDERS, type RecordFolder } from '../src/schemas/records.ts';
import { SiteSchema, type Site } from '../src/schemas/site.ts';
import { SOURCES_FIELD, TRANSLATIONS_FOLDER, translationSchemaOf } from '../src/schemas/translation.ts';
import { translationCollectionName } from './translation-collection.ts';
import { jsonSchemaOf } from '../src/schemas/json-schema.ts';
import { binderLanguages, type BinderLanguage } from '../src/i18n/languages.ts';
import { editorFields } from './fields.ts';
import { githubRepo } from './github-repo.ts';
import { MEDIA_FOLDER, ENTRY_MEDIA_PREFIX } from './media.ts';
import { REASON_FIELD } from './reason-field.ts';
import type { JsonSchemaNode } from './schema-node.ts';

/** Where Decap looks for the local proxy (decap-server protocol) when the editor runs on localhost. */
export const LOCAL_BACKEND_URL = 'http://localhost:8081/api/v1';

/** The content folder, relative to the repository root. */
const CONTENT_FOLDER = 'content';

/** Name of the files collection holding content/site.yaml. */
export const SITE_COLLECTION = 'site';

/** Name of the one file in it: the editor URL is /admin/#/collections/site/entries/identity. */
export const SITE_ENTRY = 'identity';

/** The markdown body of an MDX entry: Decap's frontmatter format keeps it under this name. */
export const BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Notes',
  widget: 'markdown',
  required: false,
  hint: 'The notes under the structured fields: plain Markdown (## headings, paragraphs, - lists). Do not type <, >, { or }.',
};

export interface CmsConfigOptions {
  /** The site's base path ("/" or "/binder/"), as Astro's `base`: images are served under it. */
  readonly base?: string;
  /** Decap's local proxy, used only when the editor is opened from localhost. */
  readonly localBackendUrl?: string;
  /**
   * In a fork, its own layer's folder (`layers/<name>`): every save goes there, never
   * into content/ (upstream entries are read through it, see cms/layered-backend.ts).
   */
  readonly layerFolder?: string | undefined;
}

/** The Decap config for a binder whose identity file is `site`. */
export function buildCmsConfig(site: Site, options: CmsConfigOptions = {}): CmsConfig {
  const base = withTrailingSlash(options.base ?? '/');
  const root = options.layerFolder ?? CONTENT_FOLDER;
  const mediaFolder = options.layerFolder ? `${options.layerFolder}/${ENTRY_MEDIA_PREFIX}` : MEDIA_FOLDER;
  return {
    backend: {
      name: 'github',
      repo: githubRepo(site.repository),
      branch: site.branch,
      open_authoring: true,
      // The OAuth service GitHub login needs on a static host (Decap's default is Netlify's).
      ...(site.editorLogin ? { base_url: site.editorLogin.url, auth_endpoint: site.editorLogin.path ?? 'auth' } : {}),
    },
    publish_mode: 'editorial_workflow',
    local_backend: { url: options.localBackendUrl ?? LOCAL_BACKEND_URL },
    load_config_file: false,
    site_url: site.url,
    display_url: site.url,
    media_folder: mediaFolder,
    // What Markdown bodies link images as: the site serves content/media at <base>media/.
    public_folder: `${base}${ENTRY_MEDIA_PREFIX}`,
    // New entries get file names the binder accepts as slugs: lowercase ASCII and hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...COLLECTION_NAMES.map((name) => folderCollection(name, root, mediaFolder)),
      ...RECORD_FOLDER_NAMES.map((name) => recordCollection(name, root, mediaFolder)),
      ...binderLanguages(site)
        .filter((language) => !language.original)
        .flatMap((language) => COLLECTION_NAMES.map((name) => translationCollection(name, language, root, mediaFolder))),
      options.layerFolder ? layerIdentityCollection(options.layerFolder) : siteCollection(),
    ],
  };
}

/** One binder collection as a Decap folder collection under `<root>/<directory>` (content/, or a fork's layer). */
function folderCollection(name: CollectionName, root: string, mediaFolder: string): CmsCollection {
  const definition = BINDER_COLLECTIONS[name];
  const isMdx = definition.format === 'mdx';
  const fields = editorFields(collectionJsonSchema(name) as JsonSchemaNode, [], false, mediaFolder);
  return {
    name,
    label: definition.label,
    label_singular: definition.singular,
    folder: `${root}/${definition.directory}`,
    extension: isMdx ? 'mdx' : 'yaml',
    format: isMdx ? 'frontmatter' : 'yaml',
    create: true,
    slug: '{{slug}}',
    identifier_field: definition.titleField,
    sortable_fields: [definition.titleField],
    preview_path: `${name}/{{slug}}/`,
    fields: [REASON_FIELD, ...fields, ...(isMdx ? [BODY_FIELD] : [])],
  };
}

/**
 * One collection's translations into one language, beside the originals ("Recipes ·
 * Español"): only the words a translation may hold, the fields derived from the
 * translation schema as every other collection's are from its schema. The pins a
 * translation carries (`sources`) are kept as they are, hidden: a translator marks a
 * translation reviewed with `npm run translations -- reviewed`, never by saving. New
 * translations start from `npm run translations -- new`, so each file is named after
 * its entry and holds the original's words to translate in place.
 */
function translationCollection(name: CollectionName, language: BinderLanguage, root: string, mediaFolder: string): CmsCollection {
  const definition = BINDER_COLLECTIONS[name];
  const isMdx = definition.format === 'mdx';
  const fields = hidePins(editorFields(jsonSchemaOf(translationSchemaOf(name)) as JsonSchemaNode, [], true, mediaFolder));
  return {
    name: translationCollectionName(name, language),
    label: `${definition.label} · ${language.name}`,
    label_singular: `${definition.singular} · ${language.name}`,
    folder: `${root}/${TRANSLATIONS_FOLDER}/${language.segment}/${definition.directory}`,
    extension: isMdx ? 'mdx' : 'yaml',
    format: isMdx ? 'frontmatter' : 'yaml',
    create: false,
    delete: false,
    slug: '{{slug}}',
    identifier_field: definition.titleField,
    preview_path: `${language.segment}/${name}/{{slug}}/`,
    fields: [REASON_FIELD, ...fields, ...(isMdx ? [BODY_FIELD] : [])],
  };
}

/** Every `sources` field, at any depth, as a hidden field that keeps its value. */
function hidePins(fields: CmsField[]): CmsField[] {
  return fields.map((field) => {
    if (field.name === SOURCES_FIELD) return { name: SOURCES_FIELD, label: 'Reviewed against', widget: 'hidden', required: false } as CmsField;
    const nested = field as CmsField & { fields?: CmsField[] };
    return nested.fields ? ({ ...field, fields: hidePins(nested.fields) } as CmsField) : field;
  });
}

/**
 * The register of kitchens and their trials, as YAML folder collections beside the
 * binder's: "We cooked this" on an entry page opens a new trial with the entry and its
 * revision filled in (Decap's URL prefill), and saving it proposes one new file.
 */
function recordCollection(name: RecordFolder, root: string, mediaFolder: string): CmsCollection {
  const definition = RECORD_FOLDERS[name];
  const schema = z.toJSONSchema(definition.schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
  return {
    name,
    label: definition.label,
    label_singular: definition.singular,
    folder: `${root}/${definition.directory}`,
    extension: 'yaml',
    format: 'yaml',
    create: true,
    // A trial's file says when, who and what: 2026-11-12-brooklyn-slice-recipes-pizza-dough.yaml.
    slug: name === 'trials' ? '{{year}}-{{month}}-{{day}}-{{fields.kitchen}}-{{slug}}' : '{{slug}}',
    identifier_field: definition.titleField,
    sortable_fields: [definition.titleField],
    fields: [REASON_FIELD, ...editorFields(schema, [], false, mediaFolder)],
  };
}

/** content/site.yaml, the franchise identity, as a one-file collection. */
function siteCollection(): CmsCollection {
  const schema = z.toJSONSchema(SiteSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
  return identityCollection('Site identity', `${CONTENT_FOLDER}/${SITE_FILE}`, editorFields(schema, []));
}

/**
 * A fork's identity: its layer.yaml, whose `site:` holds the fields it sets over the
 * binder it forked (all optional), beside the layer's order and the entries it hides.
 */
function layerIdentityCollection(layerFolder: string): CmsCollection {
  const overrides = z.toJSONSchema(SiteOverridesSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
  return identityCollection('Site identity (this restaurant)', `${layerFolder}/${LAYER_FILE}`, [
    // Which layer this one sits on is set by `npm run fork`; the editor keeps it as it is.
    { name: 'extends', label: 'Sits on', widget: 'hidden' },
    { name: 'site', label: 'Identity', widget: 'object', collapsed: false, required: false, fields: editorFields(overrides, ['site'], true, `${layerFolder}/${ENTRY_MEDIA_PREFIX}`) },
    {
      name: 'hide',
      label: 'Not on this menu',
      widget: 'list',
      required: false,
      hint: 'Entries this restaurant does not serve, as collection/slug (recipes/tiramisu): left out of pages, search and the allergen matrix.',
      field: { name: 'entry', label: 'Entry', widget: 'string', required: true },
    },
  ]);
}

/** The identity file as a one-file collection, at the editor's fixed address for it. */
function identityCollection(label: string, file: string, fields: CmsField[]): CmsCollection {
  return { name: SITE_COLLECTION, label: 'Site identity', delete: false, files: [{ name: SITE_ENTRY, label, file, fields: [REASON_FIELD, ...fields] }] };
}

function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}
