/**
 * Writing translation files: a new one to translate in place, and a translation marked
 * reviewed against the original as it stands (its `sources` renewed). Both are written
 * in the canonical form, so the editor saving the same file later changes only what a
 * translator changed; both go to the binder's own layer (content/, or a fork's layer),
 * never to a layer below it, so syncing upstream never conflicts with them.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LocatedProblem } from '../../domain/located-problem.ts';
import { pinTranslation } from '../../domain/translation/pin-translation.ts';
import { proseOf } from '../../domain/translation/prose-of.ts';
import { BINDER_COLLECTIONS } from '../../schemas/collections.ts';
import { jsonSchemaOf } from '../../schemas/json-schema.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import { BODY_FIELD, collectionProseShape, translationFilePath, translationSchemaOf } from '../../schemas/translation.ts';
import type { BinderCheck } from '../check-binder.ts';
import { loadCanonicalForm } from '../canonical-form.ts';
import { parseMdxFile, parseYamlFile } from '../source-file.ts';
import { writeFileAtomically } from '../write-atomically.ts';

/** A translation command cannot do what it was asked; the message says how to fix it. */
export class TranslationCommandError extends Error {
  override name = 'TranslationCommandError';
}

export interface WrittenTranslation {
  /** Absolute path. */
  readonly file: string;
  readonly created: boolean;
}

/** The binder's language entry for `tag`, or an error naming the languages it has. */
export function requireLanguage(check: BinderCheck, tag: string) {
  const language = check.translations.languages.find((candidate) => !candidate.original && candidate.tag.toLowerCase() === tag.toLowerCase());
  if (!language) {
    const declared = check.translations.languages.filter((candidate) => !candidate.original).map((candidate) => candidate.tag);
    throw new TranslationCommandError(
      declared.length === 0
        ? `the binder is read in one language only — add \`languages: [${tag}]\` to content/site.yaml (a fork: to \`site:\` in its layer.yaml) first`
        : `\`${tag}\` is not one of the binder's languages (${declared.join(', ')}) — add it to \`languages\` in content/site.yaml first`,
    );
  }
  return language;
}

/** `recipes/pizza-dough` → its collection and id, when the binder has it. */
export function requireEntry(check: BinderCheck, entry: string): { collection: CollectionName; id: string } {
  const [collection, id] = entry.split('/') as [CollectionName, string | undefined];
  if (!(collection in BINDER_COLLECTIONS) || id === undefined || !check.entries[collection].has(id)) {
    throw new TranslationCommandError(`\`${entry}\` is not an entry of the binder — name one as \`<collection>/<slug>\`, like \`recipes/pizza-dough\``);
  }
  return { collection, id };
}

/** The folder the binder's own files go to: content/, or a fork's own layer. */
function ownFolder(check: BinderCheck): string {
  return check.layers.at(-1)!.dir;
}

/**
 * A new translation of an entry, holding the original's prose to be translated in
 * place. Refuses to replace one that exists.
 */
export async function newTranslation(check: BinderCheck, tag: string, entry: string): Promise<WrittenTranslation> {
  const language = requireLanguage(check, tag);
  const { collection, id } = requireEntry(check, entry);
  const record = check.translations.byLanguage.get(language.tag)!.get(`${collection}/${id}`)!;
  const file = path.join(ownFolder(check), translationFilePath(language.segment, collection, id));
  if (record.file !== undefined) throw new TranslationCommandError(`${record.file} already translates ${entry} into ${language.name} — edit it, then run \`npm run translations -- reviewed ${language.tag} ${entry}\``);
  const prose = proseOf(collectionProseShape(collection), check.entries[collection].get(id)) as Record<string, unknown>;
  const body = BINDER_COLLECTIONS[collection].format === 'mdx' ? (check.bodies.get(`${collection}/${id}`) ?? '') : undefined;
  await write(file, collection, prose, body);
  return { file, created: true };
}

/**
 * Marks the translations of `entries` (all of the language's when empty) reviewed
 * against the original as it stands now. A translation that lives in a layer below
 * the binder's own is copied up, pinned, rather than changed in place.
 */
export async function markReviewed(check: BinderCheck, tag: string, entries: readonly string[]): Promise<WrittenTranslation[]> {
  const language = requireLanguage(check, tag);
  const blocking = check.problems.filter((problem) => problem.file.includes(`/${language.segment}/`) || problem.file.includes(`translations/${language.segment}`));
  if (blocking.length > 0) throw new TranslationCommandError(`fix these first (\`npm run check\` lists them):\n${blocking.map(describe).join('\n')}`);
  const records = check.translations.byLanguage.get(language.tag)!;
  const keys = entries.length > 0 ? entries.map((entry) => { const { collection, id } = requireEntry(check, entry); return `${collection}/${id}`; }) : [...records.keys()].filter((key) => records.get(key)!.file !== undefined);
  const written: WrittenTranslation[] = [];
  for (const key of keys) {
    const record = records.get(key)!;
    if (record.file === undefined) throw new TranslationCommandError(`${key} has no translation into ${language.name} yet — start one with \`npm run translations -- new ${language.tag} ${key}\``);
    const { collection, id } = record;
    const inForce = record.absolute!;
    const format = BINDER_COLLECTIONS[collection].format;
    const text = await readFile(inForce, 'utf8');
    const source = format === 'mdx' ? parseMdxFile(inForce, text) : parseYamlFile(inForce, text);
    const original = check.entries[collection].get(id);
    const originalBody = check.bodies.get(key);
    const hasBody = format === 'mdx' && source.body.trim() !== '' && originalBody !== undefined;
    const pinned = pinTranslation(collectionProseShape(collection), original, (source.data ?? {}) as Record<string, unknown>, hasBody ? { [BODY_FIELD]: originalBody } : {});
    const file = path.join(ownFolder(check), translationFilePath(language.segment, collection, id));
    await write(file, collection, pinned, format === 'mdx' ? source.body : undefined);
    written.push({ file, created: file !== inForce });
  }
  return written;
}

async function write(file: string, collection: CollectionName, data: Record<string, unknown>, body: string | undefined): Promise<void> {
  const canonical = await loadCanonicalForm();
  const schema = jsonSchemaOf(translationSchemaOf(collection));
  const text = BINDER_COLLECTIONS[collection].format === 'mdx' ? canonical.mdxText(data, body?.trim() === '' ? undefined : body, schema) : canonical.yamlText(data, schema);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomically(file, text);
}

function describe(problem: LocatedProblem): string {
  return `${problem.file}:${problem.line}: ${problem.field ? `${problem.field}: ` : ''}${problem.message} — ${problem.fix}`;
}
