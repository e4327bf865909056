/**
 * The proposal editor's browser entry (bundled by Astro from src/pages/admin/index.astro):
 * loads Decap from the same origin, adds the "Why this change?" handling and the
 * previews, in a fork reads upstream's entries through the restaurant's layer, and
 * starts Decap with the config generated from the schemas at build time.
 */
import { ADMIN_SETTINGS_ID, type AdminSettings } from './admin-settings.ts';
import { loadDecap } from './decap.ts';
import type { LayerData } from './layer-data.ts';
import { readUpstreamThroughLayer } from './layered-backend.ts';
import type { PreviewBinder } from './preview/binder-data.ts';
import { registerPreviews, type TranslationPreviews } from './preview/register.ts';
import { OriginalEntries } from './preview/translation.ts';
import type { OrderedField } from './field-order.ts';
import { registerReasonHandling } from './reason.ts';

/** The element that says "Loading the editor…" until Decap draws, or why it could not start. */
const STATUS_ID = 'admin-status';

async function start(): Promise<void> {
  const block = document.getElementById(ADMIN_SETTINGS_ID);
  if (!block?.textContent) throw new Error(`the page has no #${ADMIN_SETTINGS_ID} settings block — rebuild the site with \`npm run build\``);
  const settings = JSON.parse(block.textContent) as AdminSettings;
  const [cms, binder, layer, translations] = await Promise.all([
    loadDecap(settings.decapSrc),
    loadBinderData(settings.binderDataUrl),
    settings.layerDataUrl === undefined ? undefined : loadLayerData(settings.layerDataUrl),
    settings.translations === undefined ? undefined : translationPreviews(settings.translations),
  ]);
  // In a fork, upstream's entries are read through the restaurant's layer, and saved into it.
  if (layer) readUpstreamThroughLayer(cms, layer);
  const fields = new Map(settings.config.collections.map((c) => [c.name, (c.fields ?? []) as unknown as readonly OrderedField[]]));
  registerReasonHandling(cms, fields);
  registerPreviews(cms, binder, settings.previewStyleUrl, translations);
  cms.init({ config: settings.config });
  document.getElementById(STATUS_ID)?.remove();
}

/** The previews work without it (names fall back to slugs), so a failure only warns. */
async function loadBinderData(url: string): Promise<PreviewBinder | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as PreviewBinder;
  } catch (error) {
    console.warn(`previews: could not read ${url} (${(error as Error).message}); names show as slugs and allergens are not derived`);
    return undefined;
  }
}

/** Each other language's binder data, read at once (small: names and links); the originals a translation's preview needs, when it opens. */
async function translationPreviews(settings: NonNullable<AdminSettings['translations']>): Promise<TranslationPreviews> {
  const languages = await Promise.all(settings.languages.map(async ({ tag, segment, binderDataUrl }) => ({ tag, segment, binder: await loadBinderData(binderDataUrl) })));
  return { languages, originals: new OriginalEntries((collection, id) => `${settings.originalsUrl}${collection}/${id}.json`) };
}

/** A fork's editor cannot show upstream's entries without it, so a failure stops the editor. */
async function loadLayerData(url: string): Promise<LayerData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not read ${url} (HTTP ${response.status}) — rebuild the site with \`npm run build\``);
  return (await response.json()) as LayerData;
}

start().catch((error: unknown) => {
  const status = document.getElementById(STATUS_ID);
  if (status) status.textContent = `The editor could not start: ${(error as Error).message}`;
  console.error(error);
});
