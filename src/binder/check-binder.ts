import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { BinderEntries, BinderProblem, EntryLocation } from '../domain/binder.ts';
import { checkReferences } from '../domain/checks/references.ts';
import type { DerivedAllergens } from '../domain/allergen-derivation.ts';
import type { SchemaNode } from '../domain/references.ts';
import { validateBinder } from '../domain/validate-binder.ts';
import { BINDER_COLLECTIONS, extensionOf, SITE_FILE } from '../schemas/collections.ts';
import { collectionJsonSchema } from '../schemas/json-schema.ts';
import { COLLECTION_NAMES, SLUG_PATTERN, type CollectionName } from '../schemas/reference.ts';
import { SiteSchema, type Site } from '../schemas/site.ts';
import { z } from 'astro/zod';
import { checkEntrySafety, checkMediaSafety } from './safety/check-safety.ts';
import { parseMdxFile, parseYamlFile, type SourceFile } from './source-file.ts';
import { explainIssues } from './zod-issues.ts';
import type { LocatedProblem } from '../domain/located-problem.ts';

export { formatProblem, type LocatedProblem } from '../domain/located-problem.ts';

export interface BinderCheck {
  /** Every problem, sorted by file and line. */
  readonly problems: LocatedProblem[];
  /** The entries that passed their schemas. */
  readonly entries: BinderEntries;
  readonly site: Site | undefined;
  readonly allergens: ReadonlyMap<string, DerivedAllergens>;
  /** Number of entry files read, the site file included. */
  readonly fileCount: number;
  /** Every entry file found, valid or not, by collection (ids are file names). */
  readonly listed: ReadonlyMap<CollectionName, ReadonlySet<string>>;
  /** The MDX body of each entry file that passed the safety rules, by `collection/id`. */
  readonly bodies: ReadonlyMap<string, string>;
}

/**
 * Validates a whole binder without building anything: each file against its schema,
 * then every rule that spans entries. Reports all problems at once.
 * `displayRoot` is what file paths in messages are relative to.
 */
export async function checkBinder(contentDir: string, displayRoot = path.dirname(contentDir)): Promise<BinderCheck> {
  const problems: LocatedProblem[] = [];
  const display = (absolute: string) => path.relative(displayRoot, absolute).split(path.sep).join('/');
  const sources = new Map<string, SourceFile>(); // "collection/id" → file, to place cross-entry problems
  const knownIds = new Map<CollectionName, Set<string>>();
  const bodies = new Map<string, string>();
  const valid = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, new Map<string, unknown>()])) as Record<CollectionName, Map<string, unknown>>;
  // Entries that failed their schema, with the paths already reported, for the reference check.
  const invalid = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, new Map<string, unknown>()])) as Record<CollectionName, Map<string, unknown>>;
  const reportedPaths = new Map<string, string[][]>();
  let fileCount = 0;

  const located = (source: SourceFile, fieldPath: ReadonlyArray<string | number>, message: string, fix: string) =>
    problems.push({ file: source.file, line: source.lineOf(fieldPath), field: fieldPath.join('.'), message, fix });

  await Promise.all(
    COLLECTION_NAMES.map(async (collection) => {
      const definition = BINDER_COLLECTIONS[collection];
      const directory = path.join(contentDir, definition.directory);
      const ids = new Set<string>();
      knownIds.set(collection, ids);
      const names = await listFiles(directory);
      await Promise.all(
        names.map(async (name) => {
          const absolute = path.join(directory, name);
          const ext = extensionOf(collection);
          const id = name.slice(0, -ext.length);
          if (!name.endsWith(ext) || !SLUG_PATTERN.test(id)) {
            problems.push({
              file: display(absolute),
              line: 1,
              field: '',
              message: `is not a valid file name for ${definition.label.toLowerCase()}`,
              fix: `name it \`<slug>${ext}\`: lowercase words joined by hyphens, like \`${slugify(name.replace(/\.[^.]*$/, ''))}${ext}\``,
            });
            return;
          }
          fileCount++;
          ids.add(id);
          // Hostile-input rules first: a file that fails one is not read any further.
          const safety = await checkEntrySafety(absolute, contentDir, display(absolute), definition.format);
          problems.push(...safety.problems);
          if (safety.text === undefined) return;
          const text = safety.text;
          const source = definition.format === 'mdx' ? parseMdxFile(display(absolute), text) : parseYamlFile(display(absolute), text);
          sources.set(`${collection}/${id}`, source);
          if (definition.format === 'mdx') bodies.set(`${collection}/${id}`, source.body);
          for (const error of source.syntaxErrors) problems.push({ file: source.file, line: error.line, field: '', message: error.message, fix: error.fix });
          if (source.syntaxErrors.length > 0) return;
          const result = definition.schema.safeParse(source.data);
          if (result.success) {
            valid[collection].set(id, result.data);
          } else {
            const issues = explainIssues(result.error.issues, source.data, collectionJsonSchema(collection));
            for (const issue of issues) located(source, issue.path, issue.message, issue.fix);
            invalid[collection].set(id, source.data);
            reportedPaths.set(`${collection}/${id}`, issues.map((issue) => issue.path.map(String)));
          }
        }),
      );
    }),
  );

  problems.push(...(await checkMediaSafety(contentDir, display)));
  const site = await checkSite(contentDir, display, problems);
  if (site.checked) fileCount++;

  const entries = valid as unknown as BinderEntries;
  const validation = validateBinder(entries, knownIds);
  const placeProblem = (problem: BinderProblem) => {
    const source = problem.collection === 'site' ? undefined : sources.get(`${problem.collection}/${problem.id}`);
    if (source) located(source, problem.path, problem.message, problem.fix);
    else problems.push(unplaced(problem, problem.message, problem.fix));
  };
  validation.problems.forEach(placeProblem);
  // References in entries that failed their schema, except where a schema problem was already said.
  checkReferences(invalid, collectionJsonSchema, knownIds, (location, message, fix) => {
    const said = reportedPaths.get(`${location.collection}/${location.id}`) ?? [];
    if (!said.some((issuePath) => overlaps(issuePath, location.path.map(String)))) placeProblem({ ...location, message, fix });
  });

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
  return { problems, entries, site: site.value, allergens: validation.allergens, fileCount, listed: knownIds, bodies };
}

async function checkSite(contentDir: string, display: (p: string) => string, problems: LocatedProblem[]): Promise<{ value: Site | undefined; checked: boolean }> {
  const absolute = path.join(contentDir, SITE_FILE);
  let text: string;
  try {
    const safety = await checkEntrySafety(absolute, contentDir, display(absolute), 'yaml');
    problems.push(...safety.problems);
    if (safety.text === undefined) return { value: undefined, checked: true };
    text = safety.text;
  } catch {
    problems.push({ file: display(absolute), line: 1, field: '', message: 'is missing', fix: 'create it with the franchise name, tagline, locale and the other site fields (see README)' });
    return { value: undefined, checked: false };
  }
  const source = parseYamlFile(display(absolute), text);
  for (const error of source.syntaxErrors) problems.push({ file: source.file, line: error.line, field: '', message: error.message, fix: error.fix });
  if (source.syntaxErrors.length > 0) return { value: undefined, checked: true };
  const result = SiteSchema.safeParse(source.data);
  if (result.success) return { value: result.data, checked: true };
  for (const issue of explainIssues(result.error.issues, source.data, z.toJSONSchema(SiteSchema, { io: 'input' }) as SchemaNode)) {
    problems.push({ file: source.file, line: source.lineOf(issue.path), field: issue.path.join('.'), message: issue.message, fix: issue.fix });
  }
  return { value: undefined, checked: true };
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

/** Entry files of a collection folder; a missing folder is an empty collection. Dotfiles are ignored. */
async function listFiles(directory: string): Promise<string[]> {
  try {
    const dirents = await readdir(directory, { withFileTypes: true });
    // Links are listed too, so the safety rules can refuse them (Astro's loader would follow them).
    return dirents.filter((d) => (d.isFile() || d.isSymbolicLink()) && !d.name.startsWith('.')).map((d) => d.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'entry';
}
