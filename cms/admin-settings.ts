import type { CmsConfig } from 'decap-cms-core';

/** Id of the JSON block in /admin/ that hands the build-time settings to cms/admin.ts. */
export const ADMIN_SETTINGS_ID = 'admin-settings';

/** What the admin page knows at build time and the browser script needs. */
export interface AdminSettings {
  /** The Decap config, generated from the schemas (cms/config.ts). */
  readonly config: CmsConfig;
  /** Same-origin address of Decap's bundle, copied into dist/admin/ at build. */
  readonly decapSrc: string;
  /** The previews' view of the binder (src/pages/admin/binder.json.ts). */
  readonly binderDataUrl: string;
  /** The site's stylesheet for the preview pane (src/pages/admin/preview.css.ts). */
  readonly previewStyleUrl: string;
  /** In a fork: where upstream's entries are read from (src/pages/admin/layer.json.ts). */
  readonly layerDataUrl?: string;
  /** In a binder read in other languages, for the previews of translations: each language and where its binder data is (src/pages/admin/binder/[language].json.ts), and where the originals are (src/pages/admin/originals/). */
  readonly translations?: {
    readonly languages: ReadonlyArray<{ readonly tag: string; readonly segment: string; readonly binderDataUrl: string }>;
    /** `<base>admin/originals/`: an entry's original is at `<collection>/<id>.json` under it. */
    readonly originalsUrl: string;
  };
}

/** The settings as a JSON text safe to place inside a `<script type="application/json">` element. */
export function serializeAdminSettings(settings: AdminSettings): string {
  // "<" written as \u003c can never close the script element early.
  return JSON.stringify(settings).replaceAll('<', '\\u003c');
}
