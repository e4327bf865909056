/** /admin/binder.json: what the editor's previews know about the rest of the binder (cms/preview/binder-data.ts). */
import { previewBinder } from '../../../cms/preview/binder-data.ts';
import { loadBinder } from '../../site/binder.ts';
import { href } from '../../site/urls.ts';

export async function GET(): Promise<Response> {
  const { binder, index, language } = await loadBinder();
  return new Response(JSON.stringify(previewBinder(binder, index, { base: href(), segment: language.segment })), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
