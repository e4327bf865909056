/**
 * /admin/layer.json: in a fork, where the editor reads the entries its own layer does
 * not hold (cms/layer-data.ts); `null` in a binder without layers, whose editor needs none.
 */
import type { LayerCollection, LayerData, UpstreamEntry } from '../../../cms/layer-data.ts';
import { BINDER_COLLECTIONS, extensionOf } from '../../schemas/collections.ts';
import { COLLECTION_NAMES } from '../../schemas/reference.ts';
import { loadBinder } from '../../site/binder.ts';

export async function GET(): Promise<Response> {
  const { binder, variants, ownLayerFolder: folder, filesOf } = await loadBinder();
  let data: LayerData | null = null;
  if (folder) {
    const collections: Record<string, LayerCollection> = {};
    for (const collection of COLLECTION_NAMES) {
      const entries: Record<string, UpstreamEntry> = {};
      for (const id of binder[collection].keys()) {
        const variant = variants.get(`${collection}/${id}`);
        if (variant?.kind === 'replaced' || variant?.kind === 'added') continue; // the layer's own file
        const [path] = filesOf(collection, id);
        if (path) entries[id] = { path, ...(variant?.editorText ? { text: variant.editorText } : {}) };
      }
      collections[collection] = { folder: `${folder}/${BINDER_COLLECTIONS[collection].directory}`, extension: extensionOf(collection), upstream: entries };
    }
    data = { folder, collections };
  }
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
