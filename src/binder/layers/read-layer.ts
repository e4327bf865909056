/**
 * Reads one layer's files (content/ or layers/<name>/): its whole entries and its
 * patches, each through the hostile-input rules first, then its schema. Nothing here
 * looks across layers; src/domain/layers/stack-layers.ts stacks what this returns.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { LocatedProblem } from '../../domain/located-problem.ts';
import { slugify } from '../../domain/slug.ts';
import type { SchemaNode } from '../../domain/references.ts';
import { BINDER_COLLECTIONS, extensionOf } from '../../schemas/collections.ts';
import { collectionJsonSchema } from '../../schemas/json-schema.ts';
import { PATCHES_FOLDER } from '../../schemas/layer.ts';
import { patchSchemaOf } from '../../schemas/patch.ts';
import { COLLECTION_NAMES, SLUG_PATTERN, type CollectionName } from '../../schemas/reference.ts';
import { z } from 'astro/zod';
import { checkEntrySafety } from '../safety/check-safety.ts';
import { parseMdxFile, parseYamlFile, type SourceFile } from '../source-file.ts';
import { explainIssues } from '../zod-issues.ts';

type ByCollection<T> = { [C in CollectionName]: Map<string, T> };

/** One entry file of a layer, read. */
export interface EntryFile {
  readonly absolute: string;
  readonly source: SourceFile;
  /** The data when it passed its schema. */
  readonly valid?: unknown;
  /** Paths of the schema problems already reported, so a reference check does not say them twice. */
  readonly reportedPaths: ReadonlyArray<readonly string[]>;
}

/** One patch file of a layer, read. */
export interface PatchFile {
  readonly absolute: string;
  readonly source: SourceFile;
  /** The patch when it passed the patch schema. */
  readonly valid?: Record<string, unknown>;
}

export interface LayerFiles {
  /** Entry files that passed the safety rules and parsed, valid or not. */
  readonly entries: ByCollection<EntryFile>;
  /** Every entry id with a well-named file, even one refused or unparsable. */
  readonly listed: ByCollection<true>;
  readonly patches: ByCollection<PatchFile>;
  readonly problems: LocatedProblem[];
  /** Entry and patch files read. */
  readonly fileCount: number;
}

export interface LayerReadOptions {
  /** Read patches/ too (content/ has none). */
  readonly patches: boolean;
  /** Folders whose media/ images entries may use: this layer's first, then those below. */
  readonly mediaDirs: readonly string[];
}

/**
 * `dir` is the layer's folder, which no file may resolve outside of; `display` turns
 * an absolute path into the one printed in messages.
 */
export async function readLayer(dir: string, display: (absolute: string) => string, options: LayerReadOptions): Promise<LayerFiles> {
  const entries = byCollection<EntryFile>();
  const listed = byCollection<true>();
  const patches = byCollection<PatchFile>();
  const problems: LocatedProblem[] = [];
  let fileCount = 0;

  await Promise.all(
    COLLECTION_NAMES.map(async (collection) => {
      const definition = BINDER_COLLECTIONS[collection];
      const ext = extensionOf(collection);
      const folder = path.join(dir, definition.directory);
      await Promise.all(
        (await listFiles(folder)).map(async (name) => {
          const absolute = path.join(folder, name);
          const id = name.slice(0, -ext.length);
          if (!name.endsWith(ext) || !SLUG_PATTERN.test(id)) {
            problems.push(badFileName(display(absolute), name, ext, definition.label.toLowerCase()));
            return;
          }
          fileCount++;
          listed[collection].set(id, true);
          const source = await safeSource(absolute, dir, display(absolute), definition.format, options.mediaDirs, problems);
          if (!source) return;
          const result = definition.schema.safeParse(source.data);
          if (result.success) {
            entries[collection].set(id, { absolute, source, valid: result.data, reportedPaths: [] });
            return;
          }
          const issues = explainIssues(result.error.issues, source.data, collectionJsonSchema(collection));
          for (const issue of issues) problems.push(located(source, issue.path, issue.message, issue.fix));
          entries[collection].set(id, { absolute, source, reportedPaths: issues.map((issue) => issue.path.map(String)) });
        }),
      );
      if (!options.patches) return;
      const patchFolder = path.join(dir, PATCHES_FOLDER, definition.directory);
      await Promise.all(
        (await listFiles(patchFolder)).map(async (name) => {
          const absolute = path.join(patchFolder, name);
          const id = name.slice(0, -'.yaml'.length);
          if (!name.endsWith('.yaml') || !SLUG_PATTERN.test(id)) {
            problems.push(badFileName(display(absolute), name, '.yaml', `patches of ${definition.label.toLowerCase()}`));
            return;
          }
          fileCount++;
          const source = await safeSource(absolute, dir, display(absolute), 'yaml', options.mediaDirs, problems);
          if (!source) return;
          const schema = patchSchemaOf(collection);
          // A patch with nothing in it yet (comments only) changes nothing.
          const result = schema.safeParse(source.data ?? {});
          if (result.success) {
            patches[collection].set(id, { absolute, source, valid: result.data as Record<string, unknown> });
            return;
          }
          for (const issue of explainIssues(result.error.issues, source.data, patchJsonSchema(collection))) {
            problems.push(located(source, issue.path, issue.message, issue.fix));
          }
          patches[collection].set(id, { absolute, source });
        }),
      );
    }),
  );
  return { entries, listed, patches, problems, fileCount };
}

/** The file through the safety rules and the parser; undefined (with problems said) when it must not be read further. */
export async function safeSource(
  absolute: string,
  boundary: string,
  file: string,
  format: 'mdx' | 'yaml',
  mediaDirs: readonly string[],
  problems: LocatedProblem[],
): Promise<SourceFile | undefined> {
  const safety = await checkEntrySafety(absolute, boundary, file, format, mediaDirs);
  problems.push(...safety.problems);
  if (safety.text === undefined) return undefined;
  const source = format === 'mdx' ? parseMdxFile(file, safety.text, safety.yaml) : parseYamlFile(file, safety.text, safety.yaml);
  for (const error of source.syntaxErrors) problems.push({ file: source.file, line: error.line, field: '', message: error.message, fix: error.fix });
  return source.syntaxErrors.length > 0 ? undefined : source;
}

export function located(source: SourceFile, fieldPath: ReadonlyArray<string | number>, message: string, fix: string): LocatedProblem {
  return { file: source.file, line: source.lineOf(fieldPath), field: fieldPath.join('.'), message, fix };
}

const patchSchemas = new Map<CollectionName, SchemaNode>();

/** A collection's patch schema as JSON Schema, for messages that list the fields. */
function patchJsonSchema(collection: CollectionName): SchemaNode {
  let schema = patchSchemas.get(collection);
  if (!schema) {
    schema = z.toJSONSchema(patchSchemaOf(collection), { io: 'input', unrepresentable: 'any' }) as SchemaNode;
    patchSchemas.set(collection, schema);
  }
  return schema;
}

export function badFileName(file: string, name: string, ext: string, what: string): LocatedProblem {
  return {
    file,
    line: 1,
    field: '',
    message: `is not a valid file name for ${what}`,
    fix: `name it \`<slug>${ext}\`: lowercase words joined by hyphens, like \`${slugify(name.replace(/\.[^.]*$/, '')) || 'entry'}${ext}\``,
  };
}

/** Entry files of a folder; a missing folder is empty. Dotfiles are ignored. */
export async function listFiles(directory: string): Promise<string[]> {
  try {
    const dirents = await readdir(directory, { withFileTypes: true });
    // Links are listed too, so the safety rules can refuse them (Astro's loader would follow them).
    return dirents.filter((d) => (d.isFile() || d.isSymbolicLink()) && !d.name.startsWith('.')).map((d) => d.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function byCollection<T>(): ByCollection<T> {
  return Object.fromEntries(COLLECTION_NAMES.map((collection) => [collection, new Map<string, T>()])) as ByCollection<T>;
}
