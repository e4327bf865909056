/**
 * The procedure preview: the procedure page's own part, drawn by the same code as the
 * page (src/render/procedure.ts) from the draft being edited, in the binder's language —
 * the checklist as it will read, every critical limit called out — with its notes as
 * Decap renders the draft's body.
 */
import type { ReactElement } from 'react';
import { renderProcedure } from '../../src/render/procedure.ts';
import { NO_BINDER_DATA, type PreviewBinder } from './binder-data.ts';
import { draftProcedure } from './draft-procedure.ts';
import { previewRenderContext } from './render-context.ts';
import { previewPage, toReact, type PreviewProps } from './to-react.ts';

/** Without the binder data, other entries show by their slugs. */
export function procedurePreview(binder: PreviewBinder | undefined) {
  const context = previewRenderContext(binder ?? NO_BINDER_DATA);
  return function ProcedurePreview(props: PreviewProps): ReactElement {
    const { entry, widgetFor } = props;
    const tree = renderProcedure(draftProcedure(entry.get('data')?.toJS(), context.t), context);
    return toReact(previewPage(tree.children, props), { body: widgetFor('body') });
  };
}
