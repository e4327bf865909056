/**
 * /admin/originals/<collection>/<id>.json: one entry as the binder holds it, in its own
 * language, with its body and the shape of its prose, for the editor's preview of a
 * translation of it (cms/preview/translation.ts): the preview lays the translation
 * being edited over it as the pages do. Built only when the binder has other languages.
 */
import type { GetStaticPaths } from 'astro';
import type { OriginalEntry } from '../../../../../cms/preview/original-entry.ts';
import { BINDER_COLLECTIONS } from '../../../../schemas/collections.ts';
import { COLLECTION_NAMES } from '../../../../schemas/reference.ts';
import { collectionProseShape } from '../../../../schemas/translation.ts';
import { loadOwnBinder, type RenderableCollection } from '../../../../site/binder.ts';

export const getStaticPaths = (async () => {
  const site = await loadOwnBinder();
  if (site.languages.length < 2) return [];
  return COLLECTION_NAMES.flatMap((collection) =>
    [...site.binder[collection].keys()].map((id) => {
      const original: OriginalEntry = {
        shape: collectionProseShape(collection),
        data: site.binder[collection].get(id),
        ...(BINDER_COLLECTIONS[collection].format === 'mdx' && { body: site.entry(collection as RenderableCollection, id).body ?? '' }),
      };
      return { params: { collection, id }, props: { original } };
    }),
  );
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { original: OriginalEntry } }): Response {
  return new Response(JSON.stringify(props.original), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
