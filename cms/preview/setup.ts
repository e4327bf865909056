/**
 * The setup guide preview: the guide page's own part, drawn by the same code as the page
 * (src/render/setup-guide.ts) from the draft being edited, in the binder's language —
 * its text as Decap renders the draft's body, then its tasks by deadline, roles,
 * equipment list, supplier specs, stations and procedures.
 */
import type { ReactElement } from 'react';
import { renderSetupGuide } from '../../src/render/setup-guide.ts';
import { NO_BINDER_DATA, type PreviewBinder } from './binder-data.ts';
import { draftSetupGuide } from './draft-setup-guide.ts';
import { previewRenderContext } from './render-context.ts';
import { previewPage, toReact, type PreviewProps } from './to-react.ts';

/** Without the binder data, other entries show by their slugs and the supplier specs are blank. */
export function setupPreview(binder: PreviewBinder | undefined) {
  const known = binder ?? NO_BINDER_DATA;
  const context = { ...previewRenderContext(known), purchasingOf: (id: string) => known.ingredients[id]?.purchasing };
  return function SetupPreview(props: PreviewProps): ReactElement {
    const { entry, widgetFor } = props;
    return toReact(previewPage(renderSetupGuide(draftSetupGuide(entry.get('data')?.toJS(), context.t), context).children, props), { body: widgetFor('body') });
  };
}
