/**
 * The equipment preview: the equipment page's own part, drawn by the same code as the
 * page (src/render/equipment.ts) from the draft being edited, in the binder's language.
 */
import type { ReactElement } from 'react';
import { renderEquipment } from '../../src/render/equipment.ts';
import { NO_BINDER_DATA, type PreviewBinder } from './binder-data.ts';
import { draftEquipment } from './draft-equipment.ts';
import { previewRenderContext } from './render-context.ts';
import { previewPage, toReact, type PreviewProps } from './to-react.ts';

/** Without the binder data, other entries show by their slugs. */
export function equipmentPreview(binder: PreviewBinder | undefined) {
  const context = previewRenderContext(binder ?? NO_BINDER_DATA);
  return function EquipmentPreview(props: PreviewProps): ReactElement {
    const { entry } = props;
    return toReact(previewPage(renderEquipment(draftEquipment(entry.get('data')?.toJS(), context.t), context).children, props));
  };
}
