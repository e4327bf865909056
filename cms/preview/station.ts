/**
 * The station preview: the station page's own part, drawn by the same code as the page
 * (src/render/station.ts) from the draft being edited, in the binder's language.
 */
import type { ReactElement } from 'react';
import { renderStation } from '../../src/render/station.ts';
import { NO_BINDER_DATA, type PreviewBinder } from './binder-data.ts';
import { draftStation } from './draft-station.ts';
import { previewRenderContext } from './render-context.ts';
import { previewPage, toReact, type PreviewProps } from './to-react.ts';

/** Without the binder data, other entries show by their slugs. */
export function stationPreview(binder: PreviewBinder | undefined) {
  const context = previewRenderContext(binder ?? NO_BINDER_DATA);
  return function StationPreview(props: PreviewProps): ReactElement {
    const { entry } = props;
    return toReact(previewPage(renderStation(draftStation(entry.get('data')?.toJS(), context.t), context).children, props));
  };
}
