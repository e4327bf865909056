import type { CmsField } from 'decap-cms-core';

/** Name of the editor-only field that asks why a change is proposed; never written to content. */
export const REASON_FIELD_NAME = 'reason';

/**
 * The "Why this change?" field every collection gets. Its answer becomes the commit
 * message and so the pull request's title (see cms/reason.ts), then is dropped
 * from the entry before the file is written.
 */
export const REASON_FIELD: CmsField = {
  name: REASON_FIELD_NAME,
  label: 'Why this change? (one line)',
  widget: 'string',
  required: true,
  hint: 'Becomes the title of your proposal, so a reviewer knows what to look for: "Margherita: bake 90 s, not 2 min".',
};
