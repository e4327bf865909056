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
}

/** The settings as a JSON text safe to place inside a `<script type="application/json">` element. */
export function serializeAdminSettings(settings: AdminSettings): string {
  // "<" written as \u003c can never close the script element early.
  return JSON.stringify(settings).replaceAll('<', '\\u003c');
}
