/**
 * `npm run import`, start to end: read every source, map each recipe onto the binder
 * (catalogue matches, new ingredients with allergens to confirm), write the entries in
 * the editor's canonical form into a staged copy of the binder, and check them there
 * with the binder's own checker (hostile-input gate included), so the report names
 * `file:line: field` exactly as `npm run check` will. Only then is anything written:
 * into content/ or a fork's layer (never over an entry), onto a proposal branch
 * (`--propose`), or nowhere (`--dry-run`). A recipe the gate refuses is not written at
 * all; one that needs a person (a station, allergens to confirm) is written and listed.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCanonicalForm } from '../binder/canonical-form.ts';
import { checkBinder, type BinderCheck } from '../binder/check-binder.ts';
import { commitFiles } from '../binder/commit-file.ts';
import { entryText } from '../binder/entry-text.ts';
import { git, gitMaybe } from '../binder/git.ts';
import { diffRevisions } from '../binder/revision-diff.ts';
import { writeFileAtomically } from '../binder/write-atomically.ts';
import type { DiffReport } from '../domain/kitchen-diff/report.ts';
import type { LocatedProblem } from '../domain/located-problem.ts';
import { binderCatalogue } from '../domain/import/binder-catalogue.ts';
import type { Catalogue } from '../domain/import/catalogue-match.ts';
import type { ImportProblem } from '../domain/import/imported-recipe.ts';
import { importSlug, NewIngredients, toBinderEntry, type MappedRecipe, type MappingOptions, type NewIngredient } from '../domain/import/to-binder-entry.ts';
import { slugify } from '../domain/slug.ts';
import type { Course } from '../schemas/recipe.ts';
import { ImageImportError, readImage } from './import-image.ts';
import { readSources, type SourceResult } from './import-sources.ts';
import { mdxParagraphs } from './mdx-text.ts';

export interface ImportRequest {
  readonly projectRoot: string;
  /** Files, folders or web addresses, as given. */
  readonly inputs: readonly string[];
  /** What relative paths are relative to. */
  readonly cwd: string;
  /** The layer to write into (a fork's); the binder's own top layer when not given. */
  readonly into?: string;
  readonly dryRun?: boolean;
  readonly propose?: boolean;
  readonly slug?: string;
  readonly course?: Course;
  readonly station?: string;
  /** `--image`: a photo for the one recipe imported, from a file or a web address. */
  readonly image?: string;
  /** YYYY-MM-DD. */
  readonly today: string;
  readonly fetchPage?: typeof fetch;
}

/** The outcome for one recipe. */
export interface ImportedEntry {
  readonly mapped: MappedRecipe;
  /** The file it is (or would be) written to, relative to the project. */
  readonly file: string;
  /** `valid`: nothing to do; `needs`: written, a person must fill or confirm fields; `refused`: not written. */
  readonly state: 'valid' | 'needs' | 'refused';
  /** What the binder's checker says about the written file. */
  readonly problems: readonly LocatedProblem[];
  /** Why it was refused. */
  readonly refusal?: string;
}

export interface NewIngredientOutcome {
  readonly ingredient: NewIngredient;
  readonly file: string;
  readonly problems: readonly LocatedProblem[];
}

export interface ImportReport {
  readonly sources: readonly SourceResult[];
  readonly entries: readonly ImportedEntry[];
  readonly newIngredients: readonly NewIngredientOutcome[];
  /** Files written (or committed, with --propose), relative to the project; empty for a dry run. */
  readonly written: readonly string[];
  /** With --propose: the branch and its kitchen diff. */
  readonly proposal?: { readonly branch: string; readonly report: DiffReport };
  /** The canonical text of each file, by path: what a dry run prints. */
  readonly texts: ReadonlyMap<string, string>;
}

/** A mistake in how the command was called, or a state that stops every import (nothing written). */
export class ImportError extends Error {
  override name = 'ImportError';
}

export async function runImport(request: ImportRequest): Promise<ImportReport> {
  const { projectRoot } = request;
  const contentDir = path.join(projectRoot, 'content');
  const sources = await readSources(request.inputs, request.cwd, request.fetchPage);
  const recipes = sources.flatMap((source) => source.recipes);
  if (request.slug !== undefined && recipes.length > 1) throw new ImportError(`--as names one recipe, and ${recipes.length} were read — import them one at a time to name each, or leave --as out`);
  if (request.image !== undefined && recipes.length !== 1) throw new ImportError(`--image is the photo of one recipe, and ${recipes.length} were read — import the recipe on its own with its photo`);
  const image = request.image === undefined ? undefined : await readImage(request.image, request.cwd, request.fetchPage).catch((error: unknown) => {
    throw error instanceof ImageImportError ? new ImportError(error.message) : error;
  });
  const check = await checkBinder(contentDir, projectRoot);
  const layer = targetLayer(check, request.into);
  const listed = (collection: 'recipes' | 'ingredients') => check.listed.get(collection) ?? new Set<string>();
  if (request.station !== undefined && !(check.listed.get('stations') ?? new Set()).has(request.station)) {
    const stations = [...(check.listed.get('stations') ?? [])].join(', ');
    throw new ImportError(`--station \`${request.station}\` is not a station of this binder — use one of: ${stations}`);
  }

  // Every recipe's slug first, so references between the imported recipes resolve.
  const slugs = recipes.map((recipe) => importSlug(recipe, request.slug));
  const batch = new Map(recipes.flatMap((recipe, index) => (recipe.slug ? [[slugify(recipe.slug), slugs[index]!] as const] : [])));
  const catalogue = catalogueOf(check);
  const newIngredients = new NewIngredients(listed('ingredients'));
  const options: MappingOptions = { ...(request.course && { course: request.course }), ...(request.station && { station: request.station }) };
  const mappedWithoutImage = recipes.map((recipe, index) =>
    toBinderEntry(recipe, {
      catalogue,
      taken: { recipes: listed('recipes'), ingredients: listed('ingredients') },
      batch,
      newIngredients,
      options: { ...options, slug: slugs[index]! },
      today: request.today,
    }),
  );
  const folder = path.relative(projectRoot, layer.dir).split(path.sep).join('/');
  const media = image && { file: `${folder}/media/${mappedWithoutImage[0]!.slug}${image.extension}`, src: `media/${mappedWithoutImage[0]!.slug}${image.extension}` };
  if (media && mediaTaken(check, media.src)) throw new ImportError(`${media.src} is already in the binder's media — nothing was written; import under another name with --as <slug>`);
  const mapped = media ? mappedWithoutImage.map((recipe) => withImage(recipe, media.src)) : mappedWithoutImage;

  const canonical = await loadCanonicalForm();
  const texts = new Map<string, string>();
  // Refusals by recipe: two recipes of one name share a file, and only the second is refused.
  const refusals = new Map<number, string>();
  const seen = new Set<string>();
  mapped.forEach((recipe, index) => {
    const file = `${folder}/recipes/${recipe.slug}.mdx`;
    if (listed('recipes').has(recipe.slug)) refusals.set(index, `recipes/${recipe.slug} is already in the binder — nothing was written; import it under another name with --as <slug>`);
    else if (seen.has(recipe.slug)) refusals.set(index, `another imported recipe is already called ${recipe.slug} — nothing was written for this one; import it on its own with --as <slug>`);
    seen.add(recipe.slug);
    if (refusals.has(index)) return;
    const body = recipe.body ?? mdxParagraphs(recipe.bodyParagraphs);
    texts.set(file, entryText(canonical, 'recipes', recipe.data, body === '' ? undefined : body));
  });
  for (const ingredient of newIngredients.all) texts.set(`${folder}/ingredients/${ingredient.id}.yaml`, entryText(canonical, 'ingredients', ingredient.data));

  // Checked where the binder will hold them, before anything of the user's is touched.
  const binaries = new Map<string, Uint8Array>(media && image ? [[media.file, image.bytes]] : []);
  const staged = await stageAndCheck(projectRoot, [...texts, ...binaries]);
  const problemsOf = (file: string) => staged.problems.filter((problem) => problem.file === file);
  const entries: ImportedEntry[] = mapped.map((recipe, index) => {
    const file = `${folder}/recipes/${recipe.slug}.mdx`;
    const problems = refusals.has(index) ? [] : problemsOf(file);
    const hostile = problems.find((problem) => problem.rule !== undefined);
    const refusal = refusals.get(index) ?? (hostile && `the hostile-input gate refused it (${hostile.rule}: ${hostile.message}) — nothing was written`);
    const state = refusal ? 'refused' : problems.length > 0 || recipe.toConfirm.length > 0 ? 'needs' : 'valid';
    return { mapped: recipe, file, state, problems, ...(refusal && { refusal }) };
  });
  // A new ingredient is written only for a recipe that is.
  const used = new Set(entries.filter((entry) => entry.state !== 'refused').flatMap((entry) => entry.mapped.lines.filter((line) => line.to.isNew).map((line) => line.to.id)));
  const outcomes: NewIngredientOutcome[] = newIngredients.all.filter((ingredient) => used.has(ingredient.id)).map((ingredient) => {
    const file = `${folder}/ingredients/${ingredient.id}.yaml`;
    return { ingredient, file, problems: problemsOf(file) };
  });
  const imageWritten = media !== undefined && entries[0]!.state !== 'refused' && !problemsOf(media.file).some((problem) => problem.rule !== undefined);
  const toWrite = [...entries.filter((entry) => entry.state !== 'refused').map((entry) => entry.file), ...outcomes.map((outcome) => outcome.file), ...(imageWritten ? [media.file] : [])];
  if (request.dryRun || toWrite.length === 0) return { sources, entries, newIngredients: outcomes, written: [], texts };
  const files = toWrite.map((file) => ({ file, text: texts.get(file) ?? binaries.get(file)! }));
  if (request.propose) {
    const proposal = await commitProposal(projectRoot, check, files, entries);
    return { sources, entries, newIngredients: outcomes, written: toWrite, proposal, texts };
  }
  await writeAll(projectRoot, files);
  return { sources, entries, newIngredients: outcomes, written: toWrite, texts };
}

/** The layer the entries go into: the one named, else the binder's own (content/, or a fork's top layer). */
function targetLayer(check: BinderCheck, into: string | undefined) {
  const own = check.layers[check.layers.length - 1]!;
  if (into === undefined) return own;
  const layer = check.layers.find((each) => each.name === into);
  if (!layer) throw new ImportError(`--into \`${into}\` is not a layer of this binder — layers: ${check.layers.map((each) => each.name).join(', ')}`);
  // A fork never edits what it pulls from upstream, or the next sync would conflict.
  if (layer !== own) throw new ImportError(`--into \`${into}\` is upstream's in this fork: imported recipes go into your own layer, \`${own.name}\` — leave --into out`);
  return layer;
}

/** What imported lines are matched against: the binder's ingredients and recipes by id, name, synonyms and translated names. */
export function catalogueOf(check: BinderCheck): Catalogue {
  return binderCatalogue({
    ingredients: new Map([...check.entries.ingredients].map(([id, ingredient]) => [id, { name: ingredient.name, ...(ingredient.synonyms && { synonyms: ingredient.synonyms }) }])),
    recipes: new Map([...check.entries.recipes].map(([id, recipe]) => [id, { title: recipe.title }])),
    locale: check.site?.locale ?? 'en',
    translations: translatedNames(check),
  });
}

/** Names of entries in the binder's other languages, where they are translated. */
function translatedNames(check: BinderCheck): Map<string, Map<string, string>> {
  const byLanguage = new Map<string, Map<string, string>>();
  for (const [language, records] of check.translations.byLanguage) {
    const names = new Map<string, string>();
    for (const record of records.values()) {
      if (record.absolute === undefined || (record.collection !== 'ingredients' && record.collection !== 'recipes')) continue;
      const data = record.data as { name?: unknown; title?: unknown };
      const name = record.collection === 'ingredients' ? data.name : data.title;
      if (typeof name === 'string') names.set(`${record.collection}/${record.id}`, name);
    }
    byLanguage.set(language, names);
  }
  return byLanguage;
}

/** Writes the files into a copy of the binder and checks it there. */
async function stageAndCheck(projectRoot: string, files: ReadonlyArray<readonly [string, string | Uint8Array]>): Promise<BinderCheck> {
  const stage = await mkdtemp(path.join(tmpdir(), 'open-franchise-import-'));
  try {
    await cp(path.join(projectRoot, 'content'), path.join(stage, 'content'), { recursive: true });
    if (existsSync(path.join(projectRoot, 'layers'))) await cp(path.join(projectRoot, 'layers'), path.join(stage, 'layers'), { recursive: true });
    for (const [file, text] of files) {
      await mkdir(path.dirname(path.join(stage, file)), { recursive: true });
      await writeFile(path.join(stage, file), text);
    }
    return await checkBinder(path.join(stage, 'content'), stage);
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/** Every file or none: each is checked free first, then written whole (a crash leaves whole files only). */
async function writeAll(projectRoot: string, files: ReadonlyArray<{ file: string; text: string | Uint8Array }>): Promise<void> {
  for (const { file } of files) if (existsSync(path.join(projectRoot, file))) throw new ImportError(`${file} appeared while importing — nothing was written; run the import again`);
  const written: string[] = [];
  try {
    for (const { file, text } of files) {
      const absolute = path.join(projectRoot, file);
      await mkdir(path.dirname(absolute), { recursive: true });
      await writeFileAtomically(absolute, text);
      written.push(absolute);
    }
  } catch (error) {
    await Promise.all(written.map((absolute) => rm(absolute, { force: true })));
    throw error;
  }
}

/** A proposal branch as the editor makes one (`cms/recipes/<slug>`), committed without touching the working tree. */
async function commitProposal(projectRoot: string, check: BinderCheck, files: ReadonlyArray<{ file: string; text: string | Uint8Array }>, entries: readonly ImportedEntry[]) {
  const target = check.site?.branch ?? 'main';
  const first = entries.find((entry) => entry.state !== 'refused')!;
  const branch = `cms/recipes/${first.mapped.slug}`;
  if ((await gitMaybe(projectRoot, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`])) !== undefined) {
    throw new ImportError(`the branch \`${branch}\` already exists — review it with \`npm run review -- ${branch}\`, or delete it (\`git branch -D ${branch}\`) to import again`);
  }
  const parent = await gitMaybe(projectRoot, ['rev-parse', '--verify', '--quiet', `refs/heads/${target}`]);
  if (parent === undefined) throw new ImportError(`the repository has no branch \`${target}\` to propose against — set \`branch:\` in content/site.yaml`);
  const imported = entries.filter((entry) => entry.state !== 'refused').map((entry) => entry.mapped.slug);
  const message = `Import ${imported.join(', ')}\n\nImported with npm run import from ${[...new Set(entries.map((entry) => entry.mapped.origin))].join(', ')}.`;
  const scratch = await mkdtemp(path.join(tmpdir(), 'open-franchise-propose-'));
  try {
    const commit = await commitFiles(projectRoot, scratch, parent, files, message);
    await git(projectRoot, ['update-ref', `refs/heads/${branch}`, commit]);
    return { branch, report: await diffRevisions({ repoDir: projectRoot, base: target, head: branch }) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Whether an image path is already used: a layer's media/ shadows the ones below, so a new photo must not take an existing name in any. */
function mediaTaken(check: BinderCheck, src: string): boolean {
  return check.layers.some((layer) => existsSync(path.join(layer.dir, src)));
}

/** The recipe with the photo `--image` gave it; its alt text is the dish's name until a person describes the photo. */
function withImage(recipe: MappedRecipe, src: string): MappedRecipe {
  const title = String(recipe.data['title'] ?? recipe.slug);
  return {
    ...recipe,
    data: { ...recipe.data, images: [{ src, alt: title }] },
    toConfirm: [...recipe.toConfirm, { field: 'images.0.alt', why: `the photo's description says only "${title}": describe what a cook would see in it` }],
  };
}

/** What a reader could not read, as the report lists it. */
export function problemLine(problem: ImportProblem): string {
  return `${problem.where}: ${problem.message} — ${problem.fix}`;
}

/** The report's last lines: how many recipes imported valid, how many need a person (and for which fields, by how many recipes), and what was refused and why. */
export function importCounts(report: ImportReport): { valid: number; needs: number; fields: Map<string, number>; refused: string[] } {
  const needing = report.entries.filter((entry) => entry.state === 'needs');
  const fields = new Map<string, number>();
  for (const entry of needing) {
    for (const field of new Set([...entry.problems.map((problem) => problem.field.split('.')[0] ?? ''), ...entry.mapped.toConfirm.map((item) => item.field.split('.')[0] ?? '')])) fields.set(field, (fields.get(field) ?? 0) + 1);
  }
  const refused = [
    ...report.entries.filter((entry) => entry.state === 'refused').map((entry) => `${entry.mapped.origin}: ${entry.refusal}`),
    ...report.sources.filter((source) => source.recipes.length === 0 && !source.problems.some((problem) => problem.refused)).map((source) => `${source.source}: ${source.problems.at(-1)?.message ?? 'nothing read'}`),
    ...report.sources.flatMap((source) => source.problems.filter((problem) => problem.refused).map((problem) => `${problem.where}: ${problem.message}`)),
  ];
  return { valid: report.entries.filter((entry) => entry.state === 'valid').length, needs: needing.length, fields, refused };
}
