/**
 * `npm run translations`: how far each language is translated, a new translation to
 * write, and a translation marked reviewed against the original as it stands.
 *
 *   npm run translations                                  status of every language
 *   npm run translations -- status es                     one language, entry by entry
 *   npm run translations -- new es recipes/pizza-dough    start a translation: the original's prose, to translate in place
 *   npm run translations -- reviewed es recipes/pizza-dough [more…]   pin it to the original's current words
 *   npm run translations -- reviewed es --all             every translation into Spanish
 */
import path from 'node:path';
import { checkBinder } from '../binder/check-binder.ts';
import { markReviewed, newTranslation, requireLanguage, TranslationCommandError } from '../binder/translations/translation-files.ts';
import { BINDER_COLLECTIONS } from '../schemas/collections.ts';
import { COLLECTION_NAMES } from '../schemas/reference.ts';
import { parseArguments, usageError } from './arguments.ts';

const USAGE = `Usage:
  npm run translations [-- status [<language>]]
  npm run translations -- new <language> <collection>/<slug>
  npm run translations -- reviewed <language> (<collection>/<slug>… | --all)`;

const projectRoot = path.resolve(import.meta.dirname, '../..');
const { values, positionals } = parseArguments({ all: { type: 'boolean' }, content: { type: 'string' } }, USAGE);
const [command = 'status', tag, ...entries] = positionals;
const contentDir = path.resolve(values.content ?? path.join(projectRoot, 'content'));
const display = (file: string) => path.relative(process.cwd(), file) || '.';

try {
  const check = await checkBinder(contentDir, values.content ? process.cwd() : projectRoot);
  switch (command) {
    case 'status': {
      const languages = check.translations.languages.filter((language) => !language.original && (tag === undefined || language.tag.toLowerCase() === tag.toLowerCase()));
      if (tag !== undefined) requireLanguage(check, tag);
      if (languages.length === 0) console.log('The binder is read in one language only: add `languages:` to content/site.yaml to translate it.');
      for (const language of languages) {
        const records = [...check.translations.byLanguage.get(language.tag)!.values()];
        console.log(`\n${language.name} (${language.tag})`);
        for (const collection of COLLECTION_NAMES) {
          const of = records.filter((record) => record.collection === collection);
          const count = (state: string) => of.filter((record) => record.summary.state === state).length;
          console.log(`  ${BINDER_COLLECTIONS[collection].label.padEnd(13)} ${String(count('translated')).padStart(3)} translated · ${String(count('partial')).padStart(3)} partly · ${String(count('stale')).padStart(3)} out of date · ${String(count('missing')).padStart(3)} not translated (of ${of.length})`);
          if (tag !== undefined) {
            for (const record of of.filter((r) => r.summary.state !== 'translated' && r.summary.state !== 'missing')) {
              const parts = record.prose.filter((report) => report.state !== 'current').map((report) => `${report.path.join('.')} ${report.state}`);
              console.log(`      ${record.collection}/${record.id}: ${parts.join(', ')}`);
            }
          }
        }
      }
      const errors = check.problems.filter((problem) => problem.file.includes('translations/'));
      for (const problem of errors) console.error(`${problem.file}:${problem.line}: ${problem.field ? `${problem.field}: ` : ''}${problem.message} — ${problem.fix}`);
      process.exit(errors.length > 0 ? 1 : 0);
    }
    case 'new': {
      if (tag === undefined || entries.length !== 1) usageError('Name the language and one entry.', USAGE);
      const written = await newTranslation(check, tag, entries[0]!);
      console.log(`✓ ${display(written.file)}: the original's words, to translate in place; then run \`npm run translations -- reviewed ${tag} ${entries[0]}\``);
      break;
    }
    case 'reviewed': {
      if (tag === undefined || (entries.length === 0) === !values.all) usageError('Name the language, then the entries reviewed or --all.', USAGE);
      const written = await markReviewed(check, tag, values.all ? [] : entries);
      for (const file of written) console.log(`✓ ${display(file.file)}${file.created ? ' (a copy in your own layer, pinned)' : ''}`);
      console.log(`${written.length} translation${written.length === 1 ? '' : 's'} marked reviewed against the original as it stands.`);
      break;
    }
    default:
      usageError(`Unknown command \`${command}\`.`, USAGE);
  }
} catch (error) {
  if (error instanceof TranslationCommandError) {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  }
  throw error;
}
