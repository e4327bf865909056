/**
 * Reads every layer's translations (translations/<language>/<collection>/<slug>.<ext>)
 * through the hostile-input rules and the translation schema, keeps the top layer's
 * file of each entry, and lays each over the entry as this binder has it (with every
 * layer's patches): so a layer that rewords a step makes upstream's translation of it
 * out of date in that layer's binder, and nowhere else.
 *
 * Errors: a file that is unsafe, breaks its schema, sits under a language the identity
 * does not declare, or (while current) disagrees with the original on a number or a
 * mention. Warnings: what is missing or out of date per language, and a translation of
 * an entry the binder no longer has; they never fail a build, since upstream moving on
 * must not break a fork.
 */
import path from 'node:path';
import { readdir } from 'node:fs/promises';
import type { BinderEntries } from '../../domain/binder.ts';
import type { LocatedProblem } from '../../domain/located-problem.ts';
import { localizeEntry, localizeText, summarize, type ProseReport, type TranslationIssue, type TranslationSummary } from '../../domain/translation/localize-entry.ts';
import { binderLanguages, type BinderLanguage } from '../../i18n/languages.ts';
import { BINDER_COLLECTIONS, extensionOf } from '../../schemas/collections.ts';
import { jsonSchemaOf } from '../../schemas/json-schema.ts';
import { COLLECTION_NAMES, SLUG_PATTERN, type CollectionName } from '../../schemas/reference.ts';
import type { Site } from '../../schemas/site.ts';
import { BODY_FIELD, collectionProseShape, SOURCES_FIELD, TRANSLATIONS_FOLDER, translationSchemaOf } from '../../schemas/translation.ts';
import type { LayerFolder } from '../layers/discover-layers.ts';
import { badFileName, listFiles, located, safeSource } from '../layers/read-layer.ts';
import type { SourceFile } from '../source-file.ts';
import { explainIssues } from '../zod-issues.ts';

/** One entry in one language. */
export interface LocalizedRecord {
  readonly collection: CollectionName;
  readonly id: string;
  /** The entry's data with its prose in this language wherever a translation may be shown. */
  readonly data: unknown;
  /** The MDX body to show: the translation's when it may be shown, else the original's. */
  readonly body: string | undefined;
  /** Whether `body` is the translation's. */
  readonly bodyTranslated: boolean;
  /** The file line `body` starts on, in `bodyFile`. */
  readonly bodyLine: number;
  /** The file the shown body comes from (absolute). */
  readonly bodyFile: string | undefined;
  readonly prose: readonly ProseReport[];
  readonly summary: TranslationSummary;
  /** The translation file (as shown in messages), when there is one. */
  readonly file: string | undefined;
  /** Its absolute path. */
  readonly absolute: string | undefined;
}

export interface BinderTranslations {
  /** Every language the binder is read in, its own first. */
  readonly languages: readonly BinderLanguage[];
  /** By language tag, then `collection/id`: every visible entry in that language (the binder's own language has none). */
  readonly byLanguage: ReadonlyMap<string, ReadonlyMap<string, LocalizedRecord>>;
  readonly problems: LocatedProblem[];
  readonly warnings: LocatedProblem[];
  readonly fileCount: number;
}

interface TranslationFile {
  readonly absolute: string;
  readonly source: SourceFile;
  readonly data: Record<string, unknown>;
}

export interface TranslationInputs {
  readonly layers: readonly LayerFolder[];
  readonly display: (absolute: string) => string;
  readonly site: Site | undefined;
  readonly entries: BinderEntries;
  readonly bodies: ReadonlyMap<string, string>;
  readonly bodyLines: ReadonlyMap<string, number>;
  readonly files: ReadonlyMap<string, string>;
  /** Every entry id some layer has (hidden ones too), by collection. */
  readonly known: ReadonlyMap<CollectionName, ReadonlySet<string>>;
}

export async function readTranslations(inputs: TranslationInputs): Promise<BinderTranslations> {
  const { layers, display, site } = inputs;
  const problems: LocatedProblem[] = [];
  const warnings: LocatedProblem[] = [];
  const languages = site ? binderLanguages(site) : [];
  const declared = new Map(languages.filter((language) => !language.original).map((language) => [language.segment, language]));
  let fileCount = 0;

  // By language segment, then `collection/id`: the top layer's file.
  const top = new Map<string, Map<string, TranslationFile>>();
  for (const [index, layer] of layers.entries()) {
    const root = path.join(layer.dir, TRANSLATIONS_FOLDER);
    const mediaDirs = layers.slice(0, index + 1).map((below) => below.dir).reverse();
    for (const segment of await listFolders(root)) {
      const languageDir = path.join(root, segment);
      if (!declared.has(segment)) {
        const tags = [...declared.values()].map((language) => `\`${language.tag}\``);
        problems.push({
          file: display(languageDir),
          line: 1,
          field: '',
          message: `holds translations into \`${segment}\`, a language the binder does not declare`,
          fix: `add \`${segment}\` to \`languages\` in content/site.yaml (or the layer's \`site:\`)${tags.length > 0 ? `, or move the files to ${tags.join(', ')}` : ''}; folder names are the language tag in lower case`,
        });
        continue;
      }
      for (const collection of COLLECTION_NAMES) {
        const { directory, format, label } = BINDER_COLLECTIONS[collection];
        const ext = extensionOf(collection);
        const folder = path.join(languageDir, directory);
        for (const name of await listFiles(folder)) {
          const absolute = path.join(folder, name);
          const id = name.slice(0, -ext.length);
          if (!name.endsWith(ext) || !SLUG_PATTERN.test(id)) {
            problems.push(badFileName(display(absolute), name, ext, `translations of ${label.toLowerCase()}`));
            continue;
          }
          fileCount++;
          const source = await safeSource(absolute, layer.dir, display(absolute), format, mediaDirs, problems);
          if (!source) continue;
          if (!inputs.known.get(collection)!.has(id)) {
            // A warning: upstream removing an entry must not break a fork that translated it.
            warnings.push({ file: source.file, line: 1, field: '', message: `translates \`${collection}/${id}\`, which the binder does not have (any more), so it is not shown`, fix: `delete it, or name it after the entry it translates (${directory}/<slug>${ext})` });
            continue;
          }
          const schema = translationSchemaOf(collection);
          const result = schema.safeParse(source.data ?? {});
          if (!result.success) {
            for (const issue of explainIssues(result.error.issues, source.data, jsonSchemaOf(schema))) problems.push(located(source, issue.path, issue.message, issue.fix));
            continue;
          }
          let files = top.get(segment);
          if (!files) top.set(segment, (files = new Map()));
          files.set(`${collection}/${id}`, { absolute, source, data: result.data as Record<string, unknown> });
        }
      }
    }
  }

  const byLanguage = new Map<string, Map<string, LocalizedRecord>>();
  for (const language of declared.values()) {
    const records = new Map<string, LocalizedRecord>();
    const files = top.get(language.segment) ?? new Map<string, TranslationFile>();
    const missing = new Map<CollectionName, number>();
    for (const collection of COLLECTION_NAMES) {
      const shape = collectionProseShape(collection);
      const mdx = BINDER_COLLECTIONS[collection].format === 'mdx';
      for (const [id, original] of inputs.entries[collection]) {
        const key = `${collection}/${id}`;
        const file = files.get(key);
        const localized = localizeEntry(shape, original, file?.data);
        const prose = [...localized.prose];
        const issues = [...localized.issues];
        let body = inputs.bodies.get(key);
        let bodyTranslated = false;
        let bodyLine = inputs.bodyLines.get(key) ?? 1;
        let bodyFile = inputs.files.get(key);
        if (mdx && body !== undefined && body.trim() !== '') {
          const translatedBody = file && file.source.body.trim() !== '' ? file.source.body : undefined;
          const pins = (file?.data[SOURCES_FIELD] ?? {}) as Record<string, string | undefined>;
          const outcome = localizeText(body, translatedBody, pins[BODY_FIELD], [BODY_FIELD], [BODY_FIELD]);
          prose.push(outcome.report);
          if (outcome.issue) issues.push(outcome.issue);
          if (translatedBody !== undefined && outcome.text === translatedBody) {
            body = translatedBody;
            bodyTranslated = true;
            bodyLine = file!.source.bodyLine;
            bodyFile = file!.absolute;
          }
        }
        const summary = summarize(prose);
        records.set(key, { collection, id, data: localized.data, body, bodyTranslated, bodyLine, bodyFile, prose, summary, file: file?.source.file, absolute: file?.absolute });
        if (!file) {
          missing.set(collection, (missing.get(collection) ?? 0) + 1);
          continue;
        }
        for (const issue of issues) (issue.warning ? warnings : problems).push(placeIssue(file.source, issue));
        const stale = prose.filter((report) => report.state === 'stale').map((report) => report.path.join('.'));
        if (stale.length > 0) {
          warnings.push({ file: file.source.file, line: 1, field: '', message: `${language.name}: ${stale.length === 1 ? 'one part is' : `${stale.length} parts are`} out of date or never reviewed (${stale.join(', ')})`, fix: `bring the translation in line with the original, then run \`npm run translations -- reviewed ${language.tag} ${key}\`` });
        }
        const untranslated = prose.filter((report) => report.state === 'missing').map((report) => report.path.join('.'));
        if (untranslated.length > 0) {
          warnings.push({ file: file.source.file, line: 1, field: '', message: `${language.name}: not translated yet: ${untranslated.join(', ')}`, fix: 'translate them, or leave them: the page shows the original words there' });
        }
      }
    }
    for (const [collection, count] of missing) {
      const total = inputs.entries[collection].size;
      warnings.push({
        file: `${TRANSLATIONS_FOLDER}/${language.segment}/${BINDER_COLLECTIONS[collection].directory}/`,
        line: 1,
        field: '',
        message: `${language.name}: ${count} of ${total} ${BINDER_COLLECTIONS[collection].label.toLowerCase()} not translated; their pages show the original with a notice`,
        fix: `translate one with \`npm run translations -- new ${language.tag} ${collection}/<slug>\``,
      });
    }
    byLanguage.set(language.tag, records);
  }
  return { languages, byLanguage, problems, warnings, fileCount };
}

function placeIssue(source: SourceFile, issue: TranslationIssue): LocatedProblem {
  if (issue.path[0] === BODY_FIELD) return { file: source.file, line: source.bodyLine, field: 'body', message: issue.message, fix: issue.fix };
  return located(source, issue.path, issue.message, issue.fix);
}

/** Sub-folders of a folder; a missing folder has none. */
async function listFolders(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory, { withFileTypes: true })).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
