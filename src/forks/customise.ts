/**
 * `npm run customise`: the three ways a restaurant makes an upstream entry its own,
 * always in its own layer and never in content/:
 * - replace: a copy of the entry as the restaurant sees it now, to edit freely;
 * - patch: an empty patch, to change a few fields and keep following upstream;
 * - hide: the entry leaves the menu (pages, search, allergen matrix) without being deleted.
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { loadCanonicalForm } from '../binder/canonical-form.ts';
import { checkBinder, type BinderCheck } from '../binder/check-binder.ts';
import { entryText } from '../binder/entry-text.ts';
import { ownLayer } from '../binder/layers/discover-layers.ts';
import { writeFileAtomically } from '../binder/write-atomically.ts';
import { BINDER_COLLECTIONS, extensionOf } from '../schemas/collections.ts';
import { BASE_LAYER, EntryPathSchema, LAYER_FILE, PATCHES_FOLDER } from '../schemas/layer.ts';
import type { CollectionName } from '../schemas/reference.ts';

export type CustomiseMode = 'replace' | 'patch' | 'hide';

/** An entry that cannot be customised that way, with what to do instead. */
export class CustomiseError extends Error {
  override readonly name = 'CustomiseError';
}

export interface Customised {
  /** The file written, relative to the project root. */
  readonly file: string;
  /** Problems the binder has now (hiding an entry others use makes some), formatted. */
  readonly check: BinderCheck;
}

export async function customise(projectRoot: string, entry: string, mode: CustomiseMode, options: { reason?: string | undefined } = {}): Promise<Customised> {
  const parsed = EntryPathSchema.safeParse(entry);
  if (!parsed.success) throw new CustomiseError(`\`${entry}\` ${parsed.error.issues[0]!.message}`);
  const [collection, id] = entry.split('/') as [CollectionName, string];
  const contentDir = path.join(projectRoot, 'content');
  const check = await checkBinder(contentDir, projectRoot);
  const own = ownLayer(check.layers);
  if (own.name === BASE_LAYER) {
    throw new CustomiseError('this binder has no layer of its own, so there is nowhere to customise into — start one with `npm run fork` (see README, "The founder")');
  }
  const relative = (absolute: string) => path.relative(projectRoot, absolute).split(path.sep).join('/');
  const layerDir = own.dir;
  const hiddenBy = check.hidden.get(entry);
  if (hiddenBy) throw new CustomiseError(`\`${entry}\` is hidden by layers/${hiddenBy}/${LAYER_FILE} — remove it from \`hide:\` there first`);
  const origin = check.origins.get(entry);
  if (!origin) {
    throw new CustomiseError(`\`${entry}\` is not in this binder — check the slug with \`ls content/${BINDER_COLLECTIONS[collection].directory}\`, or create a new entry in ${relative(layerDir)}/${BINDER_COLLECTIONS[collection].directory}/`);
  }
  const entryFile = path.join(layerDir, BINDER_COLLECTIONS[collection].directory, `${id}${extensionOf(collection)}`);
  const patchFile = path.join(layerDir, PATCHES_FOLDER, BINDER_COLLECTIONS[collection].directory, `${id}.yaml`);
  if (origin.kind === 'replaced' || origin.kind === 'added') throw new CustomiseError(`\`${entry}\` is already this restaurant's own: edit ${relative(entryFile)}`);
  if (origin.kind === 'patched') {
    const instead = { replace: ', or fold it into a copy by hand and delete the patch', patch: '', hide: ' — delete the patch first, then hide it' }[mode];
    throw new CustomiseError(`\`${entry}\` already has a patch: ${mode === 'hide' ? relative(patchFile) : `edit ${relative(patchFile)}`}${instead}`);
  }

  let written: string;
  if (mode === 'hide') written = await hide(own.dir, entry);
  else if (mode === 'patch') written = await writeNew(patchFile, patchText(entry, options.reason));
  else written = await writeNew(entryFile, await replacementText(check, collection, id));
  return { file: relative(written), check: await checkBinder(contentDir, projectRoot) };
}

/** The entry as this binder shows it now, in the editor's canonical form, so the copy starts as a faithful one. */
async function replacementText(check: BinderCheck, collection: CollectionName, id: string): Promise<string> {
  const key = `${collection}/${id}`;
  const data = check.entries[collection].get(id);
  if (data === undefined) throw new CustomiseError(`\`${key}\` has problems — run \`npm run check\` and fix them first`);
  return entryText(await loadCanonicalForm(), collection, data as Record<string, unknown>, check.bodies.get(key));
}

function patchText(entry: string, reason: string | undefined): string {
  return [
    `# Patch of ${entry}: give only what differs here; everything else keeps following upstream.`,
    '# Change a field:            cookMinutes: 6',
    '# Change an ingredient line: ingredients: [{ ingredient: <slug>, quantity: 950 }]   (remove: true drops it; add: true adds one)',
    '# Reword a step:             steps: [{ was: "<the upstream text>", text: "<yours>" }]',
    reason === undefined ? '# reason: why this restaurant does it differently, in one line (shown on the page)' : `reason: ${JSON.stringify(reason)}`,
    '',
  ].join('\n');
}

async function hide(layerDir: string, entry: string): Promise<string> {
  const file = path.join(layerDir, LAYER_FILE);
  const doc = parseDocument(await readFile(file, 'utf8'));
  const list = doc.get('hide');
  if (isSeq(list)) list.add(entry);
  else doc.set('hide', [entry]);
  await writeFileAtomically(file, doc.toString({ lineWidth: 0 }));
  return file;
}

async function writeNew(file: string, text: string): Promise<string> {
  if (await access(file).then(() => true, () => false)) throw new CustomiseError(`${file} already exists — edit it, or delete it to start again`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text, { flag: 'wx' });
  return file;
}
