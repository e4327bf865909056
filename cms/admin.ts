/**
 * The proposal editor's browser entry (bundled by Astro from src/pages/admin/index.astro):
 * loads Decap from the same origin, adds the "Why this change?" handling and the
 * previews, and starts Decap with the config generated from the schemas at build time.
 */
import { ADMIN_SETTINGS_ID, type AdminSettings } from './admin-settings.ts';
import { loadDecap } from './decap.ts';
import type { PreviewBinder } from './preview/binder-data.ts';
import { registerPreviews } from './preview/register.ts';
import type { OrderedField } from './field-order.ts';
import { registerReasonHandling } from './reason.ts';

/** The element that says "Loading the editor…" until Decap draws, or why it could not start. */
const STATUS_ID = 'admin-status';

async function start(): Promise<void> {
  const block = document.getElementById(ADMIN_SETTINGS_ID);
  if (!block?.textContent) throw new Error(`the page has no #${ADMIN_SETTINGS_ID} settings block — rebuild the site with \`npm run build\``);
  const settings = JSON.parse(block.textContent) as AdminSettings;
  const [cms, binder] = await Promise.all([loadDecap(settings.decapSrc), loadBinderData(settings.binderDataUrl)]);
  const fields = new Map(settings.config.collections.map((c) => [c.name, (c.fields ?? []) as unknown as readonly OrderedField[]]));
  registerReasonHandling(cms, fields);
  registerPreviews(cms, binder, settings.previewStyleUrl);
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

start().catch((error: unknown) => {
  const status = document.getElementById(STATUS_ID);
  if (status) status.textContent = `The editor could not start: ${(error as Error).message}`;
  console.error(error);
});
