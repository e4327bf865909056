/**
 * Which binder files are not in the editor's canonical form, and what they should
 * read instead. Shared by `npm run format` (which rewrites them) and `npm run check`
 * (which reports them). A rewrite is offered only when it provably keeps the meaning:
 * the same data as our YAML parser and as the site build (Astro) read it, and the
 * same MDX syntax tree for the body.
 */
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import type { SchemaNode } from '../domain/references.ts';
import { BINDER_COLLECTIONS, extensionOf, SITE_FILE } from '../schemas/collections.ts';
import { collectionJsonSchema, jsonSchemaOf } from '../schemas/json-schema.ts';
import { COLLECTION_NAMES } from '../schemas/reference.ts';
import { GovernanceSchema } from '../schemas/governance.ts';
import { NETWORK_FILE, NetworkFileSchema } from '../schemas/network.ts';
import { GOVERNANCE_FILE, RECORD_FOLDER_NAMES, RECORD_FOLDERS } from '../schemas/records.ts';
import { TRANSLATIONS_FOLDER, translationSchemaOf } from '../schemas/translation.ts';
import { SiteSchema } from '../schemas/site.ts';
import { astroReading } from './astro-reading.ts';
import { discoverLayers } from './layers/discover-layers.ts';
import { listFiles } from './layers/read-layer.ts';
import { CanonicalFormError, loadCanonicalForm, type CanonicalForm, type EntryFormat } from './canonical-form.ts';
import type { LocatedProblem } from './check-binder.ts';
import { firstBodyDifference, firstDataDifference } from './same-meaning.ts';
import { parseMdxFile, parseYamlFile, type SourceFile } from './source-file.ts';

/** One content file and how it stands against its canonical form. */
export type CanonicalVerdict =
  | { readonly status: 'canonical'; readonly file: string; readonly absolute: string }
  /** Not canonical; `canonical` is the text to write instead of `original`. */
  | { readonly status: 'reformat'; readonly file: string; readonly absolute: string; readonly original: string; readonly canonical: string }
  /** Does not parse: the checker reports these problems too. */
  | { readonly status: 'unreadable'; readonly file: string; readonly absolute: string; readonly problems: LocatedProblem[] }
  /** The editor's form would change what the file says, so it must be fixed by hand. */
  | { readonly status: 'unsafe'; readonly file: string; readonly absolute: string; readonly problems: LocatedProblem[] };

interface ContentFile {
  readonly absolute: string;
  readonly format: EntryFormat;
  readonly schema: SchemaNode;
}

/**
 * Every entry file of every collection, plus the site file, each with its verdict,
 * sorted by path. `displayRoot` is what file paths in verdicts are relative to.
 */
export async function inspectCanonicalForm(contentDir: string, displayRoot = path.dirname(contentDir)): Promise<CanonicalVerdict[]> {
  const [canonicalForm, files] = await Promise.all([loadCanonicalForm(), listContentFiles(contentDir)]);
  const display = (absolute: string) => path.relative(displayRoot, absolute).split(path.sep).join('/');
  const verdicts = await Promise.all(
    files.map(async (file) => verdictFor(canonicalForm, file, display(file.absolute), await readFile(file.absolute, 'utf8'))),
  );
  return verdicts.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * The problem `npm run check` reports for a file that `npm run format` would rewrite,
 * at the first line that differs, with what the editor writes there.
 */
export function notCanonicalProblem(file: string, original: string, canonical: string): LocatedProblem {
  const originalLines = original.split('\n');
  const canonicalLines = canonical.split('\n');
  let index = 0;
  while (index < originalLines.length - 1 && originalLines[index] === canonicalLines[index]) index++;
  const wanted = canonicalLines[index];
  const shown = wanted === undefined || wanted.trim() === '' ? 'an empty line' : `\`${abbreviate(wanted.trim())}\``;
  return { file, line: index + 1, field: '', message: `is not in the editor's canonical form (the editor writes ${shown} here)`, fix: 'run npm run format' };
}

function abbreviate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * What `npm run check` adds to the checker's report: each file not in canonical form,
 * and each file the formatter cannot rewrite safely. Syntax errors are left out:
 * the checker reports those already.
 */
export async function canonicalFormProblems(contentDir: string, displayRoot?: string): Promise<LocatedProblem[]> {
  const verdicts = await inspectCanonicalForm(contentDir, displayRoot);
  return verdicts.flatMap((verdict) => {
    if (verdict.status === 'reformat') return [notCanonicalProblem(verdict.file, verdict.original, verdict.canonical)];
    return verdict.status === 'unsafe' ? verdict.problems : [];
  });
}

function verdictFor(canonicalForm: CanonicalForm, { absolute, format, schema }: ContentFile, file: string, text: string): CanonicalVerdict {
  const parse = format === 'mdx' ? parseMdxFile : parseYamlFile;
  const unreadable = (source: SourceFile): CanonicalVerdict => {
    const problems = source.syntaxErrors.map((error) => ({ file, line: error.line, field: '', message: error.message, fix: error.fix }));
    return { status: 'unreadable', file, absolute, problems };
  };
  let canonical: string;
  try {
    canonical = canonicalForm.of(format, text, schema);
  } catch (error) {
    if (!(error instanceof CanonicalFormError)) throw error;
    const source = parse(file, text);
    if (source.syntaxErrors.length > 0) return unreadable(source);
    const fix = 'write the value the error points at more plainly (put quotes around text), then run npm run format';
    return { status: 'unsafe', file, absolute, problems: [{ file, line: 1, field: '', message: error.message, fix }] };
  }
  // Most files are already as the editor writes them: those are not parsed a second time.
  if (canonical === text) return { status: 'canonical', file, absolute };
  const source = parse(file, text);
  if (source.syntaxErrors.length > 0) return unreadable(source);
  const problem = meaningChange(source, parse(file, canonical), text) ?? astroMeaningChange(source, format, text, canonical);
  return problem ? { status: 'unsafe', file, absolute, problems: [problem] } : { status: 'reformat', file, absolute, original: text, canonical };
}

function meaningChange(before: SourceFile, after: SourceFile, text: string): LocatedProblem | undefined {
  const file = before.file;
  if (after.syntaxErrors.length > 0) {
    return {
      file,
      line: 1,
      field: '',
      message: `would not parse once the editor saves it (${after.syntaxErrors[0]!.message})`,
      fix: 'write the values more plainly (quoted text, no tags or anchors), then run npm run format',
    };
  }
  const field = firstDataDifference(before.data, after.data);
  if (field) {
    return {
      file,
      line: before.lineOf(field),
      field: field.join('.'),
      message: 'would read differently once the editor saves it',
      fix: 'put quotes around the value (the editor reads dates, times and some words differently), then run npm run format',
    };
  }
  const bodyLine = firstBodyDifference(before.body, after.body);
  if (bodyLine !== undefined) {
    const bodyStart = text.slice(0, text.length - before.body.length).split('\n').length;
    return {
      file,
      line: bodyStart + bodyLine - 1,
      field: '',
      message: 'would render differently once the editor rewrites the notes',
      fix: 'use plain markdown here (headings, paragraphs, lists, bold, links), then run npm run format',
    };
  }
  return undefined;
}

/** The same comparison as the site build reads the data (see astro-reading.ts). */
function astroMeaningChange(source: SourceFile, format: EntryFormat, before: string, after: string): LocatedProblem | undefined {
  const field = firstDataDifference(astroReading(format, before), astroReading(format, after));
  if (!field) return undefined;
  return {
    file: source.file,
    line: source.lineOf(field),
    field: field.join('.'),
    message: 'would read differently on the site once the editor saves it (the editor writes it without quotes)',
    fix: 'reword the value so it is not a bare date or number, e.g. add a word, then run npm run format',
  };
}

async function listContentFiles(contentDir: string): Promise<ContentFile[]> {
  // A fork's whole entries are editor-written too (its editor saves into its layer).
  const { layers } = await discoverLayers(contentDir, (absolute) => absolute);
  const folders = COLLECTION_NAMES.flatMap((collection) => layers.map((layer) => ({ collection, folder: layer.dir })));
  const perCollection = await Promise.all(
    folders.map(async ({ collection, folder }) => {
      const directory = path.join(folder, BINDER_COLLECTIONS[collection].directory);
      const names = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      return names
        .filter((name) => !name.startsWith('.') && name.endsWith(extensionOf(collection)))
        .map((name) => ({ absolute: path.join(directory, name), format: BINDER_COLLECTIONS[collection].format, schema: collectionJsonSchema(collection) }));
    }),
  );
  // The governance records are written by the editor too ("We cooked this") and by `npm run trial`.
  const records = await Promise.all(
    RECORD_FOLDER_NAMES.flatMap((folder) => layers.map((layer) => ({ folder, directory: path.join(layer.dir, RECORD_FOLDERS[folder].directory) }))).map(async ({ folder, directory }) =>
      (await listFiles(directory))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => ({ absolute: path.join(directory, name), format: 'yaml' as const, schema: jsonSchemaOf(RECORD_FOLDERS[folder].schema) })),
    ),
  );
  // Translations are written by the editor and by `npm run translations` (translations/<language>/<folder>/).
  const translations = await Promise.all(
    layers.flatMap((layer) =>
      COLLECTION_NAMES.map(async (collection) => {
        const languages = await readdir(path.join(layer.dir, TRANSLATIONS_FOLDER), { withFileTypes: true }).catch(() => []);
        const perLanguage = await Promise.all(
          languages
            .filter((entry) => entry.isDirectory())
            .map(async (entry) => {
              const directory = path.join(layer.dir, TRANSLATIONS_FOLDER, entry.name, BINDER_COLLECTIONS[collection].directory);
              return (await listFiles(directory))
                .filter((name) => name.endsWith(extensionOf(collection)))
                .map((name) => ({ absolute: path.join(directory, name), format: BINDER_COLLECTIONS[collection].format, schema: jsonSchemaOf(translationSchemaOf(collection)) }));
            }),
        );
        return perLanguage.flat();
      }),
    ),
  );
  const single = async (absolute: string, schema: z.ZodType) =>
    access(absolute).then(
      () => [{ absolute, format: 'yaml' as const, schema: jsonSchemaOf(schema) }],
      () => [],
    );
  const rules = await Promise.all(
    layers.flatMap((layer) => [single(path.join(layer.dir, GOVERNANCE_FILE), GovernanceSchema), single(path.join(layer.dir, NETWORK_FILE), NetworkFileSchema)]),
  );
  return [...perCollection.flat(), ...(await single(path.join(contentDir, SITE_FILE), SiteSchema)), ...records.flat(), ...rules.flat(), ...translations.flat()];
}

