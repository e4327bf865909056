/**
 * `npm run bench:generate`: writes a synthetic binder for the benchmark — content/
 * and a local layer under layers/ — deterministic for a seed, outside the project's
 * own content/.
 *
 *   npm run bench:generate -- --entries 1000 --seed 1 --out bench-binder [--languages 2]
 *   npm run check -- --content bench-binder/content
 *
 * `--languages n` declares n languages besides English (es, it, fr, … in order) and
 * translates every entry into each (generate/translations.ts).
 * Refuses an output folder inside content/, and an existing non-empty one unless --force.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCanonicalForm } from '../binder/canonical-form.ts';
import { binderFiles } from './generate/binder-files.ts';
import { generateBinder } from './generate/generate-binder.ts';
import { MIN_ENTRIES } from './generate/proportions.ts';
import { BENCH_LANGUAGES, MAX_LANGUAGES } from './generate/translations.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** The default output folder (git-ignored). */
const DEFAULT_OUT = 'bench-binder';

class GenerateError extends Error {
  override name = 'GenerateError';
}

try {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: DEFAULT_OUT },
      force: { type: 'boolean', default: false },
      languages: { type: 'string', default: '0' },
    },
  });
  const entries = Number(values.entries);
  if (!Number.isInteger(entries) || entries < MIN_ENTRIES) throw new GenerateError(`--entries ${values.entries} is not a whole number of at least ${MIN_ENTRIES} — give the total number of entries, like --entries 1000`);
  const languages = /^\d+$/.test(values.languages) ? Number(values.languages) : NaN;
  if (!(languages >= 0 && languages <= MAX_LANGUAGES)) throw new GenerateError(`--languages ${values.languages} is not a whole number from 0 to ${MAX_LANGUAGES} — give how many languages besides English (${BENCH_LANGUAGES.slice(0, 3).join(', ')}, … in order), like --languages 2`);
  const out = path.resolve(values.out);
  await refuseOutput(out, values.force);

  const started = performance.now();
  const binder = generateBinder({ entries, seed: values.seed, languages });
  const files = binderFiles(binder, await loadCanonicalForm());
  if (values.force) await rm(out, { recursive: true, force: true });
  const folders = new Set(files.map((file) => path.dirname(path.join(out, file.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  let bytes = 0;
  for (const file of files) {
    await writeFile(path.join(out, file.path), file.text);
    bytes += Buffer.byteLength(file.text);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const relativeOut = path.relative(process.cwd(), out);
  const shown = relativeOut.startsWith('..') ? out : relativeOut || '.';
  const upstream = new Set(binder.entries.map((entry) => `${entry.collection}/${entry.id}`));
  const replaced = binder.layer.entries.filter((entry) => upstream.has(`${entry.collection}/${entry.id}`)).length;
  const layer = `layer ${binder.layer.name}: ${replaced} replaced, ${binder.layer.entries.length - replaced} added, ${binder.layer.patches.length} patched, ${(binder.layer.manifest['hide'] as string[]).length} hidden`;
  const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
  const translated = languages === 0 ? '' : `, translated into ${(binder.site['languages'] as string[]).join(', ')} (${binder.translations.content.length + binder.translations.layer.length} translations)`;
  console.log(`✓ ${entries} entries (+ ${layer})${translated} in ${shown}: ${files.length} files, ${size}, ${seconds} s`);
  console.log(`  check it: npm run check -- --content ${path.join(shown, 'content')}`);
} catch (error) {
  if (!(error instanceof GenerateError) && !(error instanceof TypeError && 'code' in error)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(2);
}

async function refuseOutput(out: string, force: boolean): Promise<void> {
  const content = path.join(projectRoot, 'content');
  const relative = path.relative(content, out);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw new GenerateError(`--out ${out} is inside the project's content/ — write the synthetic binder elsewhere, like --out ${DEFAULT_OUT}`);
  }
  const insideOut = path.relative(out, content);
  if (insideOut === '' || (!insideOut.startsWith('..') && !path.isAbsolute(insideOut))) {
    throw new GenerateError(`--out ${out} holds the project's content/ — write the synthetic binder to a folder of its own, like --out ${DEFAULT_OUT}`);
  }
  const existing = await readdir(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (existing.length === 0) return;
  if (!force) throw new GenerateError(`--out ${out} exists and is not empty — choose another folder, or add --force to replace it`);
  // --force replaces only an earlier generated binder, never a folder of other things.
  const foreign = existing.filter((name) => name !== 'content' && name !== 'layers');
  if (foreign.length > 0) throw new GenerateError(`--out ${out} holds more than a generated binder (${foreign.slice(0, 3).join(', ')}) — --force replaces only an earlier output of bench:generate; choose another folder`);
}
