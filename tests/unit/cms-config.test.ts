/**
 * The proposal editor's Decap config is generated from the same schemas as the
 * site: every schema field has exactly one editor field of a matching kind and
 * back, at every depth, and the backend comes from content/site.yaml.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { CmsCollection, CmsConfig, CmsField } from 'decap-cms-core';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { BODY_FIELD, buildCmsConfig, LOCAL_BACKEND_URL, SITE_COLLECTION } from '../../cms/config.ts';
import { labelOf, singularOf, textRule } from '../../cms/field-text.ts';
import { editorFields, UnmappableSchemaError } from '../../cms/fields.ts';
import { githubRepo, NotAGitHubRepositoryError } from '../../cms/github-repo.ts';
import { REASON_FIELD_NAME } from '../../cms/reason-field.ts';
import type { JsonSchemaNode } from '../../cms/schema-node.ts';
import { decapAssetFiles } from '../../src/integrations/decap-admin.ts';
import { BINDER_COLLECTIONS } from '../../src/schemas/collections.ts';
import { collectionJsonSchema } from '../../src/schemas/json-schema.ts';
import { CourseSchema } from '../../src/schemas/recipe.ts';
import { COLLECTION_NAMES } from '../../src/schemas/reference.ts';
import { SiteSchema, type Site } from '../../src/schemas/site.ts';
import { editorHref } from '../../src/site/urls.ts';

const root = path.resolve(import.meta.dirname, '../..');
const site: Site = SiteSchema.parse(parse(readFileSync(path.join(root, 'content/site.yaml'), 'utf8')));
const config = buildCmsConfig(site);

type Field = CmsField & Record<string, unknown>;

function collection(name: string): CmsCollection {
  const found = config.collections.find((c) => c.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
}

/** A field by its dotted path from a collection's top ("ingredients.recipe", "yield.portions"). */
function fieldAt(fields: readonly CmsField[] | undefined, dotted: string): Field {
  const [name, ...rest] = dotted.split('.');
  const field = fields?.find((f) => f.name === name) as Field | undefined;
  if (!field) throw new Error(`no field ${dotted}`);
  return rest.length === 0 ? field : fieldAt(field['fields'] as CmsField[], rest.join('.'));
}

/**
 * Walks a JSON Schema object and the editor fields side by side, written apart from
 * cms/fields.ts so it checks the generator instead of repeating it. Returns one line
 * per mismatch: a schema field without editor field, an editor field without schema
 * field, or an editor field of the wrong kind.
 */
function parity(schema: JsonSchemaNode, fields: readonly CmsField[], at: string, allowedExtras: readonly string[] = []): string[] {
  const problems: string[] = [];
  const properties = schema.properties ?? {};
  const byName = new Map(fields.map((f) => [f.name, f as Field]));
  for (const name of Object.keys(properties)) {
    if (!byName.has(name)) problems.push(`${at}${name}: schema field has no editor field`);
  }
  for (const field of fields) {
    if (!(field.name in properties) && !allowedExtras.includes(field.name)) problems.push(`${at}${field.name}: editor field has no schema field`);
  }
  for (const [name, node] of Object.entries(properties)) {
    const field = byName.get(name);
    if (field) problems.push(...kindParity(node, field, `${at}${name}`));
  }
  return problems;
}

function kindParity(node: JsonSchemaNode, field: Field, at: string): string[] {
  const wrong = (expected: string) => [`${at}: expected ${expected}, got widget ${String(field['widget'])}${field['multiple'] ? ' (multiple)' : ''}`];
  if (node.reference !== undefined) {
    return field['widget'] === 'relation' && field['collection'] === node.reference && !field['multiple'] ? [] : wrong(`a relation to ${node.reference}`);
  }
  if (node.type === 'array') {
    const items = node.items ?? {};
    if (items.reference !== undefined) {
      return field['widget'] === 'relation' && field['collection'] === items.reference && field['multiple'] === true ? [] : wrong(`a multiple relation to ${items.reference}`);
    }
    if (items.enum !== undefined) {
      return field['widget'] === 'select' && field['multiple'] === true && sameList(field['options'], items.enum) ? [] : wrong('a multiple select of the enum');
    }
    if (field['widget'] !== 'list') return wrong('a list');
    if (items.type === 'object') return parity(items, (field['fields'] as CmsField[]) ?? [], `${at}.*.`);
    return field['field'] ? kindParity(items, field['field'] as Field, `${at}.*`) : wrong('a list of single values');
  }
  if (node.type === 'object') return field['widget'] === 'object' ? parity(node, (field['fields'] as CmsField[]) ?? [], `${at}.`) : wrong('an object');
  if (node.enum !== undefined) return field['widget'] === 'select' && sameList(field['options'], node.enum) ? [] : wrong('a select of the enum');
  if (node.type === 'integer') return field['widget'] === 'number' && field['value_type'] === 'int' ? [] : wrong('an int number');
  if (node.type === 'number') return field['widget'] === 'number' && field['value_type'] === 'float' ? [] : wrong('a float number');
  if (node.type === 'boolean') return field['widget'] === 'boolean' ? [] : wrong('a boolean');
  if (node.type === 'string' && node.format === 'date') return field['widget'] === 'datetime' && field['format'] === 'YYYY-MM-DD' && field['time_format'] === false ? [] : wrong('a day picker storing YYYY-MM-DD');
  if (node.type === 'string') return ['string', 'text', 'image'].includes(String(field['widget'])) ? [] : wrong('a text widget');
  return [`${at}: schema node of unknown kind`];
}

function sameList(a: unknown, b: readonly unknown[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b.map(String));
}

describe('every schema field has an editor field and back, at every depth', () => {
  test.each(COLLECTION_NAMES)('%s', (name) => {
    const extras = [REASON_FIELD_NAME, ...(BINDER_COLLECTIONS[name].format === 'mdx' ? [BODY_FIELD.name] : [])];
    expect(parity(collectionJsonSchema(name) as JsonSchemaNode, collection(name).fields ?? [], '', extras)).toEqual([]);
  });

  test('site identity', () => {
    const file = collection(SITE_COLLECTION).files?.[0];
    expect(file?.file).toBe('content/site.yaml');
    const schema = z.toJSONSchema(SiteSchema, { io: 'input' }) as JsonSchemaNode;
    expect(parity(schema, file?.fields ?? [], '', [REASON_FIELD_NAME])).toEqual([]);
  });

  test('the parity walk catches a missing field, an extra field and a wrong widget', () => {
    const schema = collectionJsonSchema('recipes') as JsonSchemaNode;
    const broken = structuredClone(collection('recipes').fields ?? []) as Field[];
    const yieldFields = fieldAt(broken, 'yield')['fields'] as Field[];
    yieldFields.splice(yieldFields.findIndex((f) => f.name === 'portions'), 1);
    broken.push({ name: 'chefsSecret', widget: 'string' } as Field);
    const lines = fieldAt(broken, 'ingredients');
    fieldAt(lines['fields'] as CmsField[], 'recipe')['collection'] = 'ingredients';
    expect(parity(schema, broken, '', [REASON_FIELD_NAME, BODY_FIELD.name])).toEqual([
      'chefsSecret: editor field has no schema field',
      'yield.portions: schema field has no editor field',
      'ingredients.*.recipe: expected a relation to recipes, got widget relation',
    ]);
  });
});

describe('widgets of known fields', () => {
  const recipes = collection('recipes').fields;

  test('recipe course is a select of the courses', () => {
    expect(fieldAt(recipes, 'course')).toMatchObject({ widget: 'select', required: true, options: [...CourseSchema.options] });
  });

  test('an ingredient line names a recipe through a relation to recipes, by slug, found by title', () => {
    expect(fieldAt(recipes, 'ingredients.recipe')).toMatchObject({
      widget: 'relation',
      collection: 'recipes',
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
      required: false,
    });
    expect(fieldAt(recipes, 'ingredients.ingredient')).toMatchObject({ widget: 'relation', collection: 'ingredients', search_fields: ['name'] });
    expect(fieldAt(recipes, 'ingredients')).toMatchObject({ widget: 'list', required: true, min: 1, label_singular: 'Ingredient' });
    // Collapsed lines read like the recipe page: amount first, then what it is.
    expect(fieldAt(recipes, 'ingredients')['summary']).toBe('{{fields.quantity}} {{fields.unit}} {{fields.ingredient}} {{fields.recipe}}');
    expect(fieldAt(recipes, 'steps')['summary']).toBe('{{fields.text}} {{fields.station}}');
  });

  test.each([
    ['recipes', 'equipment'],
    ['procedures', 'equipment'],
    ['stations', 'equipment'],
  ])('%s %s is a multiple relation to equipment', (name, field) => {
    expect(fieldAt(collection(name).fields, field)).toMatchObject({ widget: 'relation', collection: 'equipment', multiple: true, value_field: '{{slug}}' });
  });

  test('stations of a recipe are a multiple relation that needs at least one', () => {
    expect(fieldAt(recipes, 'stations')).toMatchObject({ widget: 'relation', multiple: true, min: 1, required: true });
  });

  test('yield.portions is a whole number above zero', () => {
    expect(fieldAt(recipes, 'yield.portions')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, required: false });
    expect(fieldAt(recipes, 'yield.portions')).not.toHaveProperty('max');
    expect(fieldAt(recipes, 'yield.quantity')).toMatchObject({ widget: 'number', value_type: 'float', required: true });
  });

  test('inside an optional object, fields the schema requires are optional in the editor; inside a required one they stay required', () => {
    expect(fieldAt(recipes, 'storage')).toMatchObject({ widget: 'object', required: false, collapsed: true });
    expect(fieldAt(recipes, 'storage.zone')).toMatchObject({ required: false });
    expect(fieldAt(collection('ingredients').fields, 'storage.zone')).toMatchObject({ widget: 'select', required: true });
    expect(fieldAt(recipes, 'steps.text')).toMatchObject({ widget: 'text', required: true });
  });

  test('images are image widgets storing media/<name> paths from content/media', () => {
    expect(fieldAt(recipes, 'images.src')).toMatchObject({ widget: 'image', media_folder: '/content/media', public_folder: 'media', required: true });
  });

  test('one-line and paragraph text get a string and a text area, with their length limits', () => {
    expect(fieldAt(recipes, 'title')).toMatchObject({ widget: 'string', pattern: ['^[^\\n\\r]{1,80}$', 'one line of at most 80 characters'] });
    expect(fieldAt(recipes, 'summary')).toMatchObject({ widget: 'text', pattern: ['^[\\s\\S]{1,280}$', 'at most 280 characters'] });
    expect(fieldAt(collection('procedures').fields, 'roles')).toMatchObject({ widget: 'list', min: 1, field: { widget: 'string', label: 'Role' } });
  });

  test('"Why this change?" comes first and is required on every collection; the body comes last on MDX ones', () => {
    for (const c of config.collections) {
      const fields = c.fields ?? c.files?.[0]?.fields ?? [];
      expect(fields[0], c.name).toMatchObject({ name: 'reason', label: 'Why this change? (one line)', widget: 'string', required: true });
      const isMdx = 'extension' in c && c.extension === 'mdx';
      expect(fields.at(-1)?.name === 'body', c.name).toBe(isMdx);
    }
  });
});

describe('translations', () => {
  test.each(COLLECTION_NAMES.flatMap((name) => ['es', 'it'].map((language) => [name, language] as const)))('%s into %s: a folder collection of its words only, under translations/', (name, language) => {
    const definition = BINDER_COLLECTIONS[name];
    const translated = collection(`${name}-${language}`);
    expect(translated).toMatchObject({
      folder: `content/translations/${language}/${definition.directory}`,
      extension: definition.format,
      create: false,
      delete: false,
      preview_path: `${language}/${name}/{{slug}}/`,
    });
    const names = (translated.fields ?? []).map((field) => field.name);
    // Words only: no number, unit, reference list or limit of the entry.
    for (const absent of ['yield', 'quantity', 'course', 'stations', 'allergens', 'kind', 'frequency', 'minutes', 'density', 'capacity', 'order']) expect(names).not.toContain(absent);
    expect(names).toContain(definition.titleField);
    // The pins are kept, hidden, at every depth.
    const hidden = JSON.stringify(translated.fields).match(/"name":"sources","label":"Reviewed against","widget":"hidden"/g) ?? [];
    expect(hidden.length).toBeGreaterThan(0);
  });

  test('a steps item translates its text and its corrective action, nothing else', () => {
    const steps = collection('recipes-es').fields!.find((field) => field.name === 'steps') as { fields: Array<{ name: string; fields?: Array<{ name: string }> }> };
    expect(steps.fields.map((field) => field.name)).toEqual(['text', 'criticalLimit', 'sources']);
    expect(steps.fields[1]!.fields!.map((field) => field.name)).toEqual(['correctiveAction', 'sources']);
  });
});

describe('collections and backend', () => {
  test.each(COLLECTION_NAMES)('%s is a folder collection under content/ in its file format', (name) => {
    const definition = BINDER_COLLECTIONS[name];
    expect(collection(name)).toMatchObject({
      label: definition.label,
      label_singular: definition.singular,
      folder: `content/${definition.directory}`,
      extension: definition.format === 'mdx' ? 'mdx' : 'yaml',
      format: definition.format === 'mdx' ? 'frontmatter' : 'yaml',
      create: true,
      slug: '{{slug}}',
      identifier_field: definition.titleField,
    });
  });

  test('the backend is the GitHub repository and branch of content/site.yaml, with open authoring and review', () => {
    expect(config.backend).toEqual({ name: 'github', repo: 'open-franchise/open-franchise', branch: site.branch, open_authoring: true });
    expect(config).toMatchObject<Partial<CmsConfig>>({
      publish_mode: 'editorial_workflow',
      local_backend: { url: LOCAL_BACKEND_URL },
      load_config_file: false,
      media_folder: 'content/media',
      public_folder: '/media',
    });
    expect(LOCAL_BACKEND_URL).toBe('http://localhost:8081/api/v1');
  });

  test('a fork gets its own repository and branch, and images under its base path', () => {
    const fork = buildCmsConfig({ ...site, repository: 'https://github.com/acme/forno-binder', branch: 'live' }, { base: '/binder' });
    expect(fork.backend).toMatchObject({ repo: 'acme/forno-binder', branch: 'live' });
    expect(fork.public_folder).toBe('/binder/media');
  });

  test('a site with its own OAuth service sends GitHub login through it', () => {
    const hosted = buildCmsConfig({ ...site, editorLogin: { url: 'https://auth.example.org' } });
    expect(hosted.backend).toMatchObject({ base_url: 'https://auth.example.org', auth_endpoint: 'auth' });
    const custom = buildCmsConfig({ ...site, editorLogin: { url: 'https://auth.example.org', path: 'oauth/github' } });
    expect(custom.backend).toMatchObject({ auth_endpoint: 'oauth/github' });
  });

  test.each([
    ['https://github.com/open-franchise/open-franchise', 'open-franchise/open-franchise'],
    ['https://github.com/acme/binder.git', 'acme/binder'],
    ['https://github.com/acme/my.binder/', 'acme/my.binder'],
  ])('githubRepo(%s) is %s', (url, repo) => {
    expect(githubRepo(url)).toBe(repo);
  });

  test('a repository that is not on GitHub stops the build with the fix', () => {
    expect(() => githubRepo('https://gitlab.com/acme/binder')).toThrow(NotAGitHubRepositoryError);
    expect(() => githubRepo('https://gitlab.com/acme/binder')).toThrow(
      'content/site.yaml: repository: `https://gitlab.com/acme/binder` is not a GitHub repository address — the proposal editor opens pull requests on GitHub; write it like https://github.com/owner/name',
    );
  });
});

describe('field mapping details', () => {
  test('a schema node without a widget is refused with where and how to fix it', () => {
    const schema: JsonSchemaNode = { type: 'object', properties: { when: { type: 'null' } as JsonSchemaNode } };
    expect(() => editorFields(schema, ['recipes'])).toThrow(UnmappableSchemaError);
    expect(() => editorFields(schema, ['recipes'])).toThrow(/^recipes\.when: has no editor widget for JSON Schema \{"type":"null"\} — add a mapping/);
  });

  test.each([
    ['prepMinutes', 'Prep minutes'],
    ['shelfLifeHours', 'Shelf life hours'],
    ['url', 'URL'],
    ['src', 'Image file'],
    ['title', 'Title'],
  ])('labelOf(%s) is %s', (name, label) => {
    expect(labelOf(name)).toBe(label);
  });

  test.each([
    ['Ingredients', 'Ingredient'],
    ['Responsibilities', 'Responsibility'],
    ['Equipment', 'Equipment'],
    ['Address', 'Address'],
  ])('singularOf(%s) is %s', (label, singular) => {
    expect(singularOf(label)).toBe(singular);
  });

  test.each<[JsonSchemaNode, ReturnType<typeof textRule>]>([
    [{ type: 'string', minLength: 1, maxLength: 40, pattern: '^[^\\n\\r]*$' }, ['^[^\\n\\r]{1,40}$', 'one line of at most 40 characters']],
    [{ type: 'string', minLength: 1, maxLength: 300 }, ['^[\\s\\S]{1,300}$', 'at most 300 characters']],
    [{ type: 'string', format: 'uri' }, ['^https?://\\S+$', 'a web address starting with https://']],
    [{ type: 'string' }, undefined],
  ])('textRule(%j)', (node, rule) => {
    expect(textRule(node)).toEqual(rule);
  });

  test('the length pattern accepts what the schema accepts and refuses what it refuses', () => {
    const [pattern] = textRule({ type: 'string', minLength: 1, maxLength: 5, pattern: '^[^\\n\\r]*$' }) ?? [''];
    expect(['a', 'abcde'].map((s) => new RegExp(pattern).test(s))).toEqual([true, true]);
    expect(['', 'abcdef', 'ab\ncd'].map((s) => new RegExp(pattern).test(s))).toEqual([false, false, false]);
  });
});

describe('links into the editor', () => {
  test('an entry opens in the editor; a collection opens at a new entry', () => {
    expect(editorHref('recipes', 'margherita')).toBe('/admin/#/collections/recipes/entries/margherita');
    expect(editorHref('setup', 'opening-timeline')).toBe('/admin/#/collections/setup/entries/opening-timeline');
    expect(editorHref('equipment')).toBe('/admin/#/collections/equipment/new');
  });
});

describe('Decap files copied into dist/admin/', () => {
  test('the bundle, its numbered chunks, WebAssembly and licence; no maps, no duplicate cms.js build', () => {
    expect(
      decapAssetFiles(['decap-cms.js', 'decap-cms.js.map', '21.decap-cms.js', '21.cms.js', 'cms.js', 'cms.css', 'f728dc876b39e5273411.wasm', 'decap-cms.js.LICENSE.txt', 'cms.js.LICENSE.txt']),
    ).toEqual(['21.decap-cms.js', 'decap-cms.js', 'decap-cms.js.LICENSE.txt', 'f728dc876b39e5273411.wasm']);
  });

  test('every chunk the installed decap-cms.js can load is selected', () => {
    const dist = path.join(root, 'node_modules/decap-cms/dist');
    const names = readdirSync(dist);
    const selected = decapAssetFiles(names);
    const chunks = names.filter((n) => /^\d+\.decap-cms\.js$/.test(n));
    expect(chunks.length).toBeGreaterThan(10);
    expect(selected).toEqual(expect.arrayContaining(['decap-cms.js', ...chunks, ...names.filter((n) => n.endsWith('.wasm'))]));
    expect(selected.filter((n) => n.endsWith('.map') || /(^|\.)cms\.js$/.test(n))).toEqual([]);
  });
});

describe('in a fork, the editor writes only into the restaurant’s layer', () => {
  const fork = buildCmsConfig(site, { layerFolder: 'layers/brooklyn' });
  const byName = (name: string) => fork.collections.find((c) => c.name === name)!;

  test.each(COLLECTION_NAMES)('%s are saved into the layer’s folder', (name) => {
    expect(byName(name).folder).toBe(`layers/brooklyn/${BINDER_COLLECTIONS[name].directory}`);
  });

  test('images go into the layer’s media, wherever an image field is', () => {
    expect(fork.media_folder).toBe('layers/brooklyn/media');
    const mediaFolders = JSON.stringify(fork.collections).match(/"media_folder":"[^"]*"/g) ?? [];
    expect(mediaFolders.length).toBeGreaterThan(0);
    expect(new Set(mediaFolders)).toEqual(new Set(['"media_folder":"/layers/brooklyn/media"']));
  });

  test('the identity is the layer’s layer.yaml: its site fields (all optional), its place and what it hides', () => {
    const identity = byName(SITE_COLLECTION).files![0]!;
    expect(identity.file).toBe('layers/brooklyn/layer.yaml');
    expect(identity.fields.map((f) => f.name)).toEqual([REASON_FIELD_NAME, 'extends', 'site', 'hide']);
    const siteFields = (identity.fields.find((f) => f.name === 'site') as Field)['fields'] as CmsField[];
    expect(siteFields.map((f) => f.name)).toEqual(Object.keys(SiteSchema.shape));
    expect(siteFields.every((f) => f.required === false)).toBe(true);
  });

  test('nothing is written under content/', () => {
    expect(JSON.stringify(fork.collections)).not.toContain('"content/');
  });
});

describe('the governance records in the editor', () => {
  test('trials: one new file each, named by day, kitchen and entry, with the kitchen chosen from the register', () => {
    const trials = collection('trials');
    expect(trials).toMatchObject({ folder: 'content/trials', extension: 'yaml', format: 'yaml', create: true, slug: '{{year}}-{{month}}-{{day}}-{{fields.kitchen}}-{{slug}}' });
    expect(fieldAt(trials.fields, 'kitchen')).toMatchObject({ widget: 'relation', collection: 'kitchens', value_field: '{{slug}}', search_fields: ['name'], required: true });
    expect(fieldAt(trials.fields, 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, default: '{{now}}' });
    expect(fieldAt(trials.fields, 'outcome')).toMatchObject({ widget: 'select', options: ['adopt', 'adjust', 'reject'] });
    // The adjustments are a patch of the recipe: lines named by what they use; a patch's `null` is just left empty here.
    expect(fieldAt(trials.fields, 'adjustments.ingredients')).toMatchObject({ widget: 'list', required: false });
    expect(fieldAt(fieldAt(trials.fields, 'adjustments.ingredients')['fields'] as CmsField[], 'quantity')).toMatchObject({ widget: 'number', required: false });
  });

  test('kitchens: the register, by name', () => {
    expect(collection('kitchens')).toMatchObject({ folder: 'content/kitchens', extension: 'yaml', identifier_field: 'name' });
  });

  test('in a fork, trials go into its own layer', () => {
    const fork = buildCmsConfig(site, { layerFolder: 'layers/brooklyn' });
    expect(fork.collections.find((c) => c.name === 'trials')?.folder).toBe('layers/brooklyn/trials');
  });
});
